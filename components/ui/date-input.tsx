import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { LabelledField, describedBy } from "@/components/ui/field-parts";
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
  const { describedBy: ids, ...partIds } = describedBy(field.name, hint, error);
  return (
    <LabelledField fieldId={field.name} label={label} hint={hint} error={error} ids={partIds}>
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
    </LabelledField>
  );
}
