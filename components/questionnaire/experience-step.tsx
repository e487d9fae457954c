import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { TextInput } from "@/components/ui/text-input";
import { useAppStore } from "@/components/state/store-provider";
import { ContinueButton, StepFrame, StepHeading } from "@/components/questionnaire/step-frame";
import type { StepProps } from "@/components/questionnaire/steps";
import { useStepForm } from "@/components/questionnaire/use-step-form";
import { FIELD_LABELS } from "@/lib/profile/answer-labels";
import { YEARS } from "@/lib/profile/schema";

/** Numbers are edited as text, so a half-typed or mistyped value reaches the schema as typed. */
type ExperienceForm = { years: string; skills: string[] };

/** Step 2: years of experience and skills. Two questions, so the h1 stands on its own above them. */
export function ExperienceStep({ options, go, focusHeading, changing }: StepProps) {
  const answers = useAppStore((s) => s.answers);
  const form = useStepForm<ExperienceForm, "experience">(
    "experience",
    { years: answers.years?.toString() ?? "", skills: answers.skills ?? [] },
    { go, focusHeading, changing },
  );
  return (
    <StepFrame step="experience" {...form.summary} onBack={form.back}>
      <StepHeading step="experience" headingRef={form.headingRef} />
      <form noValidate onSubmit={form.onSubmit}>
        <TextInput
          field={form.register("years")}
          label={FIELD_LABELS.years}
          hint={`A whole number from ${YEARS.min} to ${YEARS.max}. Enter 0 if you are just starting.`}
          error={form.errors.years?.message}
          numeric
          width={3}
          suffix="years"
        />
        <CheckboxGroup
          field={form.register("skills")}
          legend={FIELD_LABELS.skills}
          hint="Select all that apply. If none do yet, leave them all unticked: that is a fine answer."
          error={form.errors.skills?.message}
          options={options.skills}
        />
        <ContinueButton />
      </form>
    </StepFrame>
  );
}
