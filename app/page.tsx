import { Link } from "@/components/ui/link";
import { catalog } from "@/data/catalog";
import { ContinueLink } from "@/components/layout/continue-link";
import { ProgramMap } from "@/components/program-map/program-map";

export default function HomePage() {
  return (
    <>
      <div className="prose">
        <h1>Find your way through MLOps certification</h1>
        <p className="lead">
          Answer six short questions about your job, experience and time. certpath turns them into an ordered roadmap
          through the Certified MLOps Professional levels and the certifications around them, and says why each step is
          there and how long it will take you.
        </p>
        <div className="button-row">
          {/* Visible "Start", as the design asks; the rest tells screen readers and search engines where it goes. */}
          <Link href="/assess" className="button">
            Start<span className="visually-hidden"> the questionnaire</span>
          </Link>
          <ContinueLink />
        </div>
        <p>It takes about two minutes. Nothing leaves your browser: your answers are saved on this device only.</p>
        <p>
          New to the program?{" "}
          <Link href="/about">Read what it is, how its exam works and where certpath&apos;s facts come from</Link>.
        </p>
      </div>
      {/* Under the intro, so a first-time visitor sees what the program looks like; server-drawn, no script. */}
      <section aria-labelledby="program-heading">
        <h2 id="program-heading">What the program looks like</h2>
        <ProgramMap catalog={catalog} />
      </section>
    </>
  );
}
