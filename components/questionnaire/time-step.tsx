import { useForm } from "react-hook-form";
import { DateInput } from "@/components/ui/date-input";
import { TextInput } from "@/components/ui/text-input";
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
import { todayIso } from "@/lib/dates/iso-date";
import { FIELD_LABELS, STEP_SCHEMAS } from "@/lib/profile/questions";
import { HOURS, START } from "@/lib/profile/schema";

type TimeForm = { hours: string; start: string };

const STEP = "time";
const question = questionFor(STEP);
const schema = STEP_SCHEMAS[STEP];

/** Step 5: weekly study hours and the start date (today unless changed). */
export function TimeStep({ go, focusHeading }: StepProps) {
  const answers = useAppStore((s) => s.answers);
  const saveAnswers = useAppStore((s) => s.saveAnswers);
  const headingRef = useFocusOnMount<HTMLHeadingElement>(focusHeading);
  const { register, handleSubmit, getValues, formState } = useForm<TimeForm, unknown, StepAnswers<typeof STEP>>({
    ...STEP_FORM_OPTIONS,
    // Mounted only after the store has rehydrated, in the browser, so "today" is the person's today.
    defaultValues: { hours: answers.hours?.toString() ?? "", start: answers.start ?? todayIso() },
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
        <TextInput
          field={register("hours")}
          label={FIELD_LABELS.hours}
          hint={`How many hours a week you can study: a whole number from ${HOURS.min} to ${HOURS.max}.`}
          error={errors.hours?.message}
          numeric
          width={3}
          suffix="hours"
        />
        <DateInput
          field={register("start")}
          label={FIELD_LABELS.start}
          hint="The day you want the plan to begin. It is today unless you change it."
          error={errors.start?.message}
          min={START.min}
          max={START.max}
        />
        <button type="submit" className="button">
          Continue
        </button>
      </form>
    </StepFrame>
  );
}
