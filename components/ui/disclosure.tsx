import type { ComponentProps, ReactNode } from "react";
import styles from "@/components/ui/disclosure.module.css";

type Props = Omit<ComponentProps<"details">, "children"> & {
  /** The toggle's words: what opening it shows. */
  summary: ReactNode;
  /** More words for the toggle, left out on a phone where they would wrap. */
  hint?: ReactNode;
  children: ReactNode;
};

/**
 * A native disclosure (<details>/<summary>): keyboard and screen reader support come from the browser, it works
 * before any script runs, and printing opens it (disclosure.module.css). A 44 px tall, underlined toggle.
 */
export function Disclosure({ summary, hint, children, className, ...details }: Props) {
  return (
    <details className={`${styles.disclosure} ${className ?? ""}`} {...details}>
      <summary className={styles.summary}>
        {summary}
        {hint && <span className={styles.hint}>{hint}</span>}
      </summary>
      <div className={styles.body}>{children}</div>
    </details>
  );
}
