import { useForm } from "react-hook-form";
import { RadioGroup } from "@/components/ui/radio-group";
import { useAppStore } from "@/components/state/store-provider";
import { StepFrame } from "@/components/questionnaire/step-frame";
import { STEP_FORM_OPTIONS, stepResolver, summaryItems } from "@/components/questionnaire/step-resolver";
import { nextStep, questionFor, type StepAnswers, type StepProps } from "@/components/questionnaire/steps";
import { useFocusOnMount } from "@/components/questionnaire/use-focus-on-mount";
import { STEP_SCHEMAS } from "@/lib/profile/questions";

type RoleForm = { role: string | null };

const question = questionFor("role");

/** Step 1: the role, one radio per catalog role. The question is the legend and the page's h1. */
export function RoleStep({ options, go, focusHeading }: StepProps) {
  const saved = useAppStore((s) => s.answers.role);
  const saveAnswers = useAppStore((s) => s.saveAnswers);
  const headingRef = useFocusOnMount<HTMLHeadingElement>(focusHeading);
  const { register, handleSubmit, formState } = useForm<RoleForm, unknown, StepAnswers<"role">>({
    ...STEP_FORM_OPTIONS,
    defaultValues: { role: saved ?? null },
    resolver: stepResolver(STEP_SCHEMAS.role),
  });
  const { errors, submitCount } = formState;

  const onValid = (answers: StepAnswers<"role">) => {
    saveAnswers(answers);
    go(nextStep("role"));
  };

  return (
    <StepFrame step="role" errors={summaryItems(question.fields, errors)} focusKey={submitCount}>
      <form noValidate onSubmit={handleSubmit(onValid)}>
        <RadioGroup
          field={register("role")}
          legend={question.heading}
          isPageHeading
          headingRef={headingRef}
          hint={question.hint}
          error={errors.role?.message}
          options={options.roles}
        />
        <button type="submit" className="button">
          Continue
        </button>
      </form>
    </StepFrame>
  );
}
