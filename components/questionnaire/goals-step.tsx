import { useForm } from "react-hook-form";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { RadioGroup } from "@/components/ui/radio-group";
import { useAppStore } from "@/components/state/store-provider";
import { StepFrame } from "@/components/questionnaire/step-frame";
import { STEP_FORM_OPTIONS, stepResolver, summaryItems, validSoFar } from "@/components/questionnaire/step-resolver";
import {
  nextStep,
  previousStep,
  questionFor,
  type StepAnswers,
  type StepProps,
} from "@/components/questionnaire/steps";
import { useFocusOnMount } from "@/components/questionnaire/use-focus-on-mount";
import styles from "@/components/questionnaire/questionnaire.module.css";
import { FIELD_LABELS, STEP_SCHEMAS } from "@/lib/profile/questions";

type GoalsForm = { goal: string | null; interests: string[] };

const STEP = "goals";
const question = questionFor(STEP);
const schema = STEP_SCHEMAS[STEP];

/** Step 4: the goal (one of three) and any learning paths of interest (none is fine). */
export function GoalsStep({ options, go, focusHeading }: StepProps) {
  const answers = useAppStore((s) => s.answers);
  const saveAnswers = useAppStore((s) => s.saveAnswers);
  const headingRef = useFocusOnMount<HTMLHeadingElement>(focusHeading);
  const { register, handleSubmit, getValues, formState } = useForm<GoalsForm, unknown, StepAnswers<typeof STEP>>({
    ...STEP_FORM_OPTIONS,
    defaultValues: { goal: answers.goal ?? null, interests: answers.interests ?? [] },
    resolver: stepResolver(schema),
  });
  const { errors, submitCount } = formState;

  const onValid = (valid: StepAnswers<typeof STEP>) => {
    saveAnswers(valid);
    go(nextStep(STEP));
  };
  const back = () => {
    saveAnswers(validSoFar(schema, getValues()));
    go(previousStep(STEP));
  };

  return (
    <StepFrame step={STEP} errors={summaryItems(question.fields, errors)} focusKey={submitCount} onBack={back}>
      <h1 ref={headingRef} tabIndex={-1} className={styles.heading}>
        {question.heading}
      </h1>
      <p className={styles.lede}>{question.hint}</p>
      <form noValidate onSubmit={handleSubmit(onValid)}>
        <RadioGroup
          field={register("goal")}
          legend={FIELD_LABELS.goal}
          error={errors.goal?.message}
          options={options.goals}
        />
        <CheckboxGroup
          field={register("interests")}
          legend={FIELD_LABELS.interests}
          hint="Select any learning paths you would like to explore. If none appeal, leave them all unticked."
          error={errors.interests?.message}
          options={options.paths}
        />
        <button type="submit" className="button">
          Continue
        </button>
      </form>
    </StepFrame>
  );
}
