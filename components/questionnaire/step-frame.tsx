import { useEffect, type ReactNode, type Ref } from "react";
import { BackLink } from "@/components/ui/back-link";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/ui/error-summary";
import { STEP_COUNT, questionFor, stepNumber } from "@/components/questionnaire/steps";
import styles from "@/components/questionnaire/questionnaire.module.css";
import type { QuestionStep } from "@/lib/saved/saved-state";

type Props = {
  step: QuestionStep;
  errors: readonly ErrorSummaryItem[];
  /** Changes on each submit, so a repeated failure moves focus back to the summary. */
  focusKey: unknown;
  /** Left out on the first step. */
  onBack?: () => void;
  children: ReactNode;
};

/**
 * What surrounds every step, in GOV.UK's order: back link, error summary, "Step N of 6" with a progress
 * bar, then the question. It also keeps the page title in step with the question and its errors.
 */
export function StepFrame({ step, errors, focusKey, onBack, children }: Props) {
  const { heading } = questionFor(step);
  const hasErrors = errors.length > 0;
  const number = stepNumber(step);

  useEffect(() => {
    // "Error: " first, so screen reader users hear it before anything else (GOV.UK's pattern).
    document.title = `${hasErrors ? "Error: " : ""}${heading} · certpath`;
  }, [hasErrors, heading]);

  return (
    <div className={styles.step}>
      {onBack ? <BackLink onClick={onBack} /> : null}
      <ErrorSummary errors={errors} focusKey={focusKey} />
      <div className={styles.progress}>
        <p className={styles.caption}>
          Step {number} of {STEP_COUNT}
        </p>
        <progress
          className={styles.bar}
          max={STEP_COUNT}
          value={number}
          aria-label={`Questionnaire progress: step ${number} of ${STEP_COUNT}`}
        />
      </div>
      {children}
    </div>
  );
}

/** The h1 and hint of a step that asks more than one question (single-question steps use the legend). */
export function StepHeading({ step, headingRef }: { step: QuestionStep; headingRef: Ref<HTMLHeadingElement> }) {
  const question = questionFor(step);
  return (
    <>
      <h1 ref={headingRef} tabIndex={-1} className={styles.heading}>
        {question.heading}
      </h1>
      <p className={styles.lede}>{question.hint}</p>
    </>
  );
}

export function ContinueButton() {
  return (
    <button type="submit" className="button">
      Continue
    </button>
  );
}
