import type { ReactNode } from "react";
import styles from "@/components/ui/field.module.css";

/** The ids a field's hint and error message get, and the aria-describedby that links them. */
export function describedBy(fieldId: string, hint: ReactNode, error: string | undefined) {
  const hintId = hint ? `${fieldId}-hint` : undefined;
  const errorId = error ? `${fieldId}-error` : undefined;
  return { hintId, errorId, describedBy: [hintId, errorId].filter(Boolean).join(" ") || undefined };
}

export function Hint({ id, children }: { id: string | undefined; children: ReactNode }) {
  if (!id || !children) return null;
  return (
    <div id={id} className={styles.hint}>
      {children}
    </div>
  );
}

/** "Error: …" in words as well as in red, so the problem never depends on colour. */
export function ErrorMessage({ id, message }: { id: string | undefined; message: string | undefined }) {
  if (!id || !message) return null;
  return (
    <p id={id} className={styles.errorMessage}>
      Error: {message}
    </p>
  );
}

/** The form group around a field: it gets the red left border while the field has an error. */
export function FieldGroup({ error, children }: { error: string | undefined; children: ReactNode }) {
  return <div className={error ? `${styles.group} ${styles.groupError}` : styles.group}>{children}</div>;
}

/**
 * A single-control field in GOV.UK's order: the group, the label, the hint, the error message, then the
 * control. `ids` come from describedBy, so the control's aria-describedby matches what is shown.
 */
export function LabelledField(props: {
  fieldId: string;
  label: ReactNode;
  hint: ReactNode;
  error: string | undefined;
  ids: { hintId: string | undefined; errorId: string | undefined };
  children: ReactNode;
}) {
  return (
    <FieldGroup error={props.error}>
      <label htmlFor={props.fieldId} className={styles.label}>
        {props.label}
      </label>
      <Hint id={props.ids.hintId}>{props.hint}</Hint>
      <ErrorMessage id={props.ids.errorId} message={props.error} />
      {props.children}
    </FieldGroup>
  );
}
