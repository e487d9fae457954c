import { useForm, type DefaultValues, type FieldErrors, type FieldValues, type Resolver } from "react-hook-form";
import { useAppStore } from "@/components/state/store-provider";
import type { ErrorSummaryItem } from "@/components/ui/error-summary";
import type * as StepChecksModule from "@/components/questionnaire/step-resolver";
import {
  nextStep,
  previousStep,
  questionFor,
  type StepAnswers,
  type StepProps,
} from "@/components/questionnaire/steps";
import { useFocusOnMount } from "@/components/questionnaire/use-focus-on-mount";
import type { STEP_SCHEMAS } from "@/lib/profile/questions";
import type { ProfileField } from "@/lib/profile/schema";

type FormStep = keyof typeof STEP_SCHEMAS;

type StepChecks = typeof StepChecksModule;
let stepChecks: Promise<StepChecks> | undefined;
/**
 * The steps' checks (their schemas and the validation library) load apart from the page, on the person's first
 * sign of use (the questionnaire preloads them with the later steps) or at the latest on Continue or Back: the
 * first question is drawn, and its page hydrated, without them (docs/performance.md).
 */
export const loadStepChecks = (): Promise<StepChecks> =>
  (stepChecks ??= import("@/components/questionnaire/step-resolver").catch((error: unknown) => {
    stepChecks = undefined; // a dropped connection: the next Continue tries again
    throw error;
  }));

/** A step's resolver whose checks load on first use. */
function lazyResolver<TForm extends FieldValues, S extends FormStep>(
  step: S,
): Resolver<TForm, unknown, StepAnswers<S>> {
  return async (values, context, options) => {
    let checks: StepChecks;
    try {
      checks = await loadStepChecks();
    } catch {
      // Only the loading is caught here: a dropped connection is worded as one, and a fault in the checks is not.
      const field = questionFor(step).fields[0] ?? "role";
      const message = "Your answer couldn't be checked: the connection may have dropped. Try again.";
      return { values: {}, errors: { [field]: { type: "load", message } } as FieldErrors<TForm> };
    }
    return checks.resolverFor<TForm, S>(step)(values, context, options);
  };
}

/**
 * Everything a question step shares: one react-hook-form over the step's schema slice, Continue (save the
 * valid answers and move on), Back (save what is valid so far and move back), the error summary's rows
 * and the heading that takes focus after a move. A step component only lays out its fields.
 */
export function useStepForm<TForm extends FieldValues, S extends FormStep>(
  step: S,
  defaultValues: DefaultValues<TForm>,
  { go, focusHeading, changing }: Pick<StepProps, "go" | "focusHeading" | "changing">,
) {
  const saveAnswers = useAppStore((s) => s.saveAnswers);
  const headingRef = useFocusOnMount<HTMLHeadingElement>(focusHeading);
  const form = useForm<TForm, unknown, StepAnswers<S>>({
    ...STEP_FORM_OPTIONS,
    defaultValues,
    resolver: lazyResolver<TForm, S>(step),
  });
  const { errors, submitCount } = form.formState;
  return {
    question: questionFor(step),
    register: form.register,
    errors,
    headingRef,
    /** The error summary's props for StepFrame. */
    summary: { errors: summaryItems(questionFor(step).fields, errors), focusKey: submitCount },
    onSubmit: form.handleSubmit((valid) => {
      saveAnswers(valid);
      // GOV.UK's check-answers pattern: a changed answer goes straight back to the check page.
      go(changing ? "review" : nextStep(step));
    }),
    back: () => {
      const values = form.getValues();
      const leave = () => go(changing ? "review" : previousStep(step));
      // Without its checks (a dropped connection) Back still goes back; only this step's unsaved answers stay.
      void loadStepChecks().then(({ validSoFarFor }) => {
        saveAnswers(validSoFarFor(step, values));
        leave();
      }, leave);
    },
  };
}

/** Mode shared by every step: validate on Continue only, as GOV.UK does, and let the summary take focus. */
const STEP_FORM_OPTIONS = { mode: "onSubmit", reValidateMode: "onSubmit", shouldFocusError: false } as const;

/** The error summary's rows for a step, in the order its questions appear. */
function summaryItems<TForm extends FieldValues>(
  fields: readonly ProfileField[],
  errors: FieldErrors<TForm>,
): ErrorSummaryItem[] {
  return fields.flatMap((field) => {
    const entry: unknown = Object.hasOwn(errors, field) ? errors[field] : undefined;
    const message = typeof entry === "object" && entry !== null && "message" in entry ? entry.message : undefined;
    return typeof message === "string" && message !== "" ? [{ fieldId: field, message }] : [];
  });
}
