import { Link } from "@/components/ui/link";
import { useId } from "react";
import styles from "@/components/roadmap/share-link-problem.module.css";

/**
 * What a shared link that cannot make a plan shows (a missing or unknown role): each problem in plain words.
 * Everything here came from the URL, so it is rendered as text only (React escapes it).
 */
export function ShareLinkProblem({ problems }: { problems: readonly string[] }) {
  const headingId = useId();
  return (
    <div className="prose">
      <div role="alert" aria-labelledby={headingId} className={styles.alert}>
        <h1 id={headingId} className={styles.title}>
          This link has a problem
        </h1>
        <p>The link you followed can&apos;t make a roadmap:</p>
        <ul className={styles.issues}>
          {problems.map((problem, i) => (
            <li key={`${i}-${problem}`}>{problem}</li>
          ))}
        </ul>
      </div>
      <p>Whoever sent it may have copied only part of it. You can also work out a roadmap of your own.</p>
      <p>
        <Link href="/assess" className="button">
          Answer the questions instead
        </Link>
      </p>
    </div>
  );
}
