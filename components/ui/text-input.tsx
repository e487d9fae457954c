import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { LabelledField, describedBy } from "@/components/ui/field-parts";
import styles from "@/components/ui/field.module.css";

const WIDTHS = { 2: styles.width2, 3: styles.width3, 4: styles.width4, 10: styles.width10, 20: styles.width20 };

type Props = {
  field: UseFormRegisterReturn;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Whole numbers: a text box with the numeric keyboard (GOV.UK avoids type="number"). */
  numeric?: boolean;
  /** Width in characters; the box is full width when left out. */
  width?: keyof typeof WIDTHS;
  /** A unit shown after the box, such as "hours". */
  suffix?: string;
};

/** A labelled text box; its id is the field's name, so the error summary can link to it. */
export function TextInput({ field, label, hint, error, numeric = false, width, suffix }: Props) {
  const { describedBy: ids, ...partIds } = describedBy(field.name, hint, error);
  const classes = [styles.input, width ? WIDTHS[width] : "", error ? styles.inputError : ""].filter(Boolean);
  const input = (
    <input
      {...field}
      id={field.name}
      type="text"
      className={classes.join(" ")}
      inputMode={numeric ? "numeric" : undefined}
      spellCheck={numeric ? false : undefined}
      autoComplete="off"
      aria-describedby={ids}
      aria-invalid={error ? true : undefined}
    />
  );
  return (
    <LabelledField fieldId={field.name} label={label} hint={hint} error={error} ids={partIds}>
      {suffix ? (
        <div className={styles.inputRow}>
          {input}
          <span className={styles.suffix} aria-hidden="true">
            {suffix}
          </span>
        </div>
      ) : (
        input
      )}
    </LabelledField>
  );
}
