import Link from "next/link";
import { useId } from "react";
import type { ProfileIssue } from "@/lib/profile/parse-profile";
import styles from "@/components/roadmap/share-link-problem.module.css";

/**
 * What a shared link with unusable answers shows: each problem as "field: message". Everything here came
 * from the URL, so it is rendered as text only (React escapes it); nothing from the link becomes markup.
 */
export function ShareLinkProblem({ issues }: { issues: readonly ProfileIssue[] }) {
  const headingId = useId();
  return (
    <div className="prose">
      <div role="alert" aria-labelledby={headingId} className={styles.alert}>
        <h1 id={headingId} className={styles.title}>
          This link has a problem
        </h1>
        <p>Some answers in the link you followed can&apos;t be used, so certpath can&apos;t show its roadmap:</p>
        <ul className={styles.issues}>
          {issues.map((issue, i) => (
            <li key={`${issue.path}-${i}`}>
              <code className={styles.field}>{issue.path || "link"}</code>: {issue.message}
            </li>
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
