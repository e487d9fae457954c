export default function HomePage() {
  return (
    <main>
      <h1>certpath</h1>
      <p>
        Answer a few questions about your role and experience and get an ordered, explained roadmap through the
        Certified MLOps Professional program and the certifications around it.
      </p>
    </main>
  );
}
