import { useForm, type DefaultValues, type FieldValues } from "react-hook-form";
import { useAppStore } from "@/components/state/store-provider";
import { STEP_FORM_OPTIONS, stepResolver, summaryItems, validSoFar } from "@/components/questionnaire/step-resolver";
import {
  nextStep,
  previousStep,
  questionFor,
  type StepAnswers,
  type StepProps,
} from "@/components/questionnaire/steps";
import { useFocusOnMount } from "@/components/questionnaire/use-focus-on-mount";
import { STEP_SCHEMAS } from "@/lib/profile/questions";

type FormStep = keyof typeof STEP_SCHEMAS;

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
  const schema = STEP_SCHEMAS[step];
  const form = useForm<TForm, unknown, StepAnswers<S>>({
    ...STEP_FORM_OPTIONS,
    defaultValues,
    resolver: stepResolver<TForm, (typeof STEP_SCHEMAS)[S]>(schema),
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
      saveAnswers(validSoFar(schema, form.getValues()));
      go(changing ? "review" : previousStep(step));
    },
  };
}
