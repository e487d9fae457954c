import { useForm } from "react-hook-form";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
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
import { FIELD_LABELS, STEP_SCHEMAS } from "@/lib/profile/questions";
import { YEARS } from "@/lib/profile/schema";

/** Numbers are edited as text, so a half-typed or mistyped value reaches the schema as typed. */
type ExperienceForm = { years: string; skills: string[] };

const STEP = "experience";
const question = questionFor(STEP);
const schema = STEP_SCHEMAS[STEP];

/** Step 2: years of experience and skills. Two questions, so the h1 stands on its own above them. */
export function ExperienceStep({ options, go, focusHeading }: StepProps) {
  const answers = useAppStore((s) => s.answers);
  const saveAnswers = useAppStore((s) => s.saveAnswers);
  const headingRef = useFocusOnMount<HTMLHeadingElement>(focusHeading);
  const { register, handleSubmit, getValues, formState } = useForm<ExperienceForm, unknown, StepAnswers<typeof STEP>>({
    ...STEP_FORM_OPTIONS,
    defaultValues: { years: answers.years?.toString() ?? "", skills: answers.skills ?? [] },
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
          field={register("years")}
          label={FIELD_LABELS.years}
          hint={`A whole number from ${YEARS.min} to ${YEARS.max}. Enter 0 if you are just starting.`}
          error={errors.years?.message}
          numeric
          width={3}
          suffix="years"
        />
        <CheckboxGroup
          field={register("skills")}
          legend={FIELD_LABELS.skills}
          hint="Select all that apply. If none do yet, leave them all unticked: that is a fine answer."
          error={errors.skills?.message}
          options={options.skills}
        />
        <button type="submit" className="button">
          Continue
        </button>
      </form>
    </StepFrame>
  );
}
