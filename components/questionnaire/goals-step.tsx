import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { RadioGroup } from "@/components/ui/radio-group";
import { useAppStore } from "@/components/state/store-provider";
import { ContinueButton, StepFrame, StepHeading } from "@/components/questionnaire/step-frame";
import type { StepProps } from "@/components/questionnaire/steps";
import { useStepForm } from "@/components/questionnaire/use-step-form";
import { FIELD_LABELS } from "@/lib/profile/answer-labels";

type GoalsForm = { goal: string | null; interests: string[] };

/** Step 4: the goal (one of three) and any learning paths of interest (none is fine). */
export function GoalsStep({ options, go, focusHeading, changing }: StepProps) {
  const answers = useAppStore((s) => s.answers);
  const form = useStepForm<GoalsForm, "goals">(
    "goals",
    { goal: answers.goal ?? null, interests: answers.interests ?? [] },
    { go, focusHeading, changing },
  );
  return (
    <StepFrame step="goals" {...form.summary} onBack={form.back}>
      <StepHeading step="goals" headingRef={form.headingRef} />
      <form noValidate onSubmit={form.onSubmit}>
        <RadioGroup
          field={form.register("goal")}
          legend={FIELD_LABELS.goal}
          error={form.errors.goal?.message}
          options={options.goals}
        />
        <CheckboxGroup
          field={form.register("interests")}
          legend={FIELD_LABELS.interests}
          hint="Select any learning paths you would like to explore. If none appeal, leave them all unticked."
          error={form.errors.interests?.message}
          options={options.paths}
        />
        <ContinueButton />
      </form>
    </StepFrame>
  );
}
