"use client";

import { useLayoutEffect, useRef, type MouseEvent } from "react";
import styles from "@/components/ui/error-summary.module.css";

/** One problem: the id of the control to fix (the first option of a group) and what to do. */
export type ErrorSummaryItem = { fieldId: string; message: string };

type Props = {
  errors: readonly ErrorSummaryItem[];
  /** Change it to move focus back to the summary (each failed submit), even when the errors are the same. */
  focusKey?: unknown;
};

function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  const field = document.getElementById(fieldId);
  // Following "#id" would only scroll; moving focus puts the person in the control, as GOV.UK does.
  if (!field) return;
  event.preventDefault();
  field.focus();
}

/**
 * GOV.UK's error summary: "There is a problem" and a link to each field. It takes focus when it appears
 * and after each failed submit, so screen readers announce it and keyboard users start from it.
 */
export function ErrorSummary({ errors, focusKey }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const signature = errors.map((e) => `${e.fieldId}:${e.message}`).join("|");
  // A layout effect, so focus is on the summary by the time the browser paints it.
  useLayoutEffect(() => {
    ref.current?.focus();
  }, [signature, focusKey]);

  if (errors.length === 0) return null;
  return (
    <div ref={ref} className={styles.summary} role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
      <h2 id="error-summary-title" className={styles.title}>
        There is a problem
      </h2>
      <ul className={styles.list}>
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a href={`#${error.fieldId}`} onClick={(event) => focusField(event, error.fieldId)}>
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
