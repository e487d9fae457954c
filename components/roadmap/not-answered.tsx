import { Link } from "@/components/ui/link";

/** The roadmap page before there are answers to work from. */
export function NotAnswered() {
  return (
    <div className="prose">
      <h1>Your roadmap</h1>
      <p className="lead">You haven&apos;t answered the questions yet.</p>
      <p>Six short questions about your job, experience and time are all certpath needs to plan your route.</p>
      <p>
        <Link href="/assess" className="button">
          Answer the questions
        </Link>
      </p>
    </div>
  );
}
