import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { ErrorMessage, FieldGroup, Hint, describedBy } from "@/components/ui/field-parts";
import styles from "@/components/ui/field.module.css";

type Props = {
  field: UseFormRegisterReturn;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Earliest and latest dates as YYYY-MM-DD, passed to the browser's date picker. */
  min?: string;
  max?: string;
};

/**
 * A date as one native date input: the browser supplies the picker and sends YYYY-MM-DD. Browsers
 * without one show a text box, whose text the step's schema checks like any other value.
 */
export function DateInput({ field, label, hint, error, min, max }: Props) {
  const { hintId, errorId, describedBy: ids } = describedBy(field.name, hint, error);
  return (
    <FieldGroup error={error}>
      <label htmlFor={field.name} className={styles.label}>
        {label}
      </label>
      <Hint id={hintId}>{hint}</Hint>
      <ErrorMessage id={errorId} message={error} />
      <input
        {...field}
        id={field.name}
        type="date"
        min={min}
        max={max}
        className={`${styles.input} ${styles.widthDate}${error ? ` ${styles.inputError}` : ""}`}
        aria-describedby={ids}
        aria-invalid={error ? true : undefined}
      />
    </FieldGroup>
  );
}
