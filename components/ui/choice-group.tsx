import type { ReactNode, Ref } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { ErrorMessage, FieldGroup, Hint, describedBy } from "@/components/ui/field-parts";
import fieldStyles from "@/components/ui/field.module.css";
import styles from "@/components/ui/choices.module.css";

/** One radio or checkbox: the value stored, the words shown, and an optional hint under them. */
export type ChoiceOption = { id: string; name: string; hint?: string };
/** A titled run of options inside one group (certifications: program levels, then the others). */
export type ChoiceSection = { title: string; options: readonly ChoiceOption[] };

export type ChoiceGroupProps = {
  /** react-hook-form's `register(name)`, spread onto every option. */
  field: UseFormRegisterReturn;
  legend: ReactNode;
  /** On a one-question page the legend is the page's h1 (GOV.UK), which can take focus via headingRef. */
  isPageHeading?: boolean;
  headingRef?: Ref<HTMLHeadingElement>;
  hint?: ReactNode;
  error?: string;
  options: readonly ChoiceOption[] | readonly ChoiceSection[];
};

const isSections = (list: ChoiceGroupProps["options"]): list is readonly ChoiceSection[] =>
  list.length > 0 && list.every((item) => "options" in item);

/**
 * A fieldset of radios or checkboxes. The first control's id is the field's name, so an error summary
 * link `#name` lands on it; the others are `name-optionId`.
 */
export function ChoiceGroup({
  type,
  field,
  legend,
  isPageHeading = false,
  headingRef,
  hint,
  error,
  options,
}: ChoiceGroupProps & { type: "radio" | "checkbox" }) {
  const { hintId, errorId, describedBy: ids } = describedBy(field.name, hint, error);
  const sections: readonly ChoiceSection[] = isSections(options) ? options : [{ title: "", options }];
  const firstId = sections.flatMap((s) => s.options)[0]?.id;
  const inputId = (option: ChoiceOption) => (option.id === firstId ? field.name : `${field.name}-${option.id}`);

  return (
    <FieldGroup error={error}>
      <fieldset className={fieldStyles.fieldset} aria-describedby={ids}>
        {isPageHeading ? (
          <legend className={fieldStyles.legendHeading}>
            <h1 ref={headingRef} tabIndex={-1} className={fieldStyles.heading}>
              {legend}
            </h1>
          </legend>
        ) : (
          <legend className={fieldStyles.legend}>{legend}</legend>
        )}
        <Hint id={hintId}>{hint}</Hint>
        <ErrorMessage id={errorId} message={error} />
        {sections.map((section) => (
          <div key={section.title || "options"}>
            {section.title ? <h2 className={styles.section}>{section.title}</h2> : null}
            <div className={styles.items}>
              {section.options.map((option) => {
                const id = inputId(option);
                // Not `${id}-hint`: the first option's id is the field's name, whose `-hint` is the group's hint.
                const optionHintId = option.hint ? `${field.name}-${option.id}-hint` : undefined;
                return (
                  <div key={option.id} className={styles.item}>
                    <input
                      {...field}
                      id={id}
                      type={type}
                      value={option.id}
                      className={styles.control}
                      aria-describedby={optionHintId}
                    />
                    <div className={styles.text}>
                      <label htmlFor={id} className={styles.label}>
                        {option.name}
                      </label>
                      {option.hint ? (
                        <span id={optionHintId} className={styles.itemHint}>
                          {option.hint}
                        </span>
                      ) : null}
                    </div>
                  </div>
                );
              })}
            </div>
          </div>
        ))}
      </fieldset>
    </FieldGroup>
  );
}
