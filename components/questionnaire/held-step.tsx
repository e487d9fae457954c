import { useForm } from "react-hook-form";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
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
import { STEP_SCHEMAS } from "@/lib/profile/questions";

type HeldForm = { held: string[] };

const STEP = "held";
const question = questionFor(STEP);
const schema = STEP_SCHEMAS[STEP];

/** Step 3: certifications already held, the program's levels first. Holding none is a valid answer. */
export function HeldStep({ options, go, focusHeading }: StepProps) {
  const saved = useAppStore((s) => s.answers.held);
  const saveAnswers = useAppStore((s) => s.saveAnswers);
  const headingRef = useFocusOnMount<HTMLHeadingElement>(focusHeading);
  const { register, handleSubmit, getValues, formState } = useForm<HeldForm, unknown, StepAnswers<typeof STEP>>({
    ...STEP_FORM_OPTIONS,
    defaultValues: { held: saved ?? [] },
    resolver: stepResolver(schema),
  });
  const { errors, submitCount } = formState;
  const { programName, levels, others } = options.certifications;

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
      <form noValidate onSubmit={handleSubmit(onValid)}>
        <CheckboxGroup
          field={register("held")}
          legend={question.heading}
          isPageHeading
          headingRef={headingRef}
          hint={
            <>
              <p>{question.hint}</p>
              <p>Select all that apply. If you hold none yet, leave them all unticked and continue.</p>
            </>
          }
          error={errors.held?.message}
          options={[
            { title: `${programName} levels`, options: levels },
            { title: "Other certifications", options: others },
          ]}
        />
        <button type="submit" className="button">
          Continue
        </button>
      </form>
    </StepFrame>
  );
}
