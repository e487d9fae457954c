import { DateInput } from "@/components/ui/date-input";
import { TextInput } from "@/components/ui/text-input";
import { useAppStore } from "@/components/state/store-provider";
import { ContinueButton, StepFrame, StepHeading } from "@/components/questionnaire/step-frame";
import type { StepProps } from "@/components/questionnaire/steps";
import { useStepForm } from "@/components/questionnaire/use-step-form";
import { todayIso } from "@/lib/dates/iso-date";
import { FIELD_LABELS } from "@/lib/profile/answer-labels";
import { HOURS, START } from "@/lib/profile/schema";

/** Hours are edited as text, so a half-typed or mistyped value reaches the schema as typed. */
type TimeForm = { hours: string; start: string };

/** Step 5: weekly study hours and the start date (today unless changed). */
export function TimeStep({ go, focusHeading, changing }: StepProps) {
  const answers = useAppStore((s) => s.answers);
  const form = useStepForm<TimeForm, "time">(
    "time",
    // Mounted only after the store has rehydrated, in the browser, so "today" is the person's today.
    { hours: answers.hours?.toString() ?? "", start: answers.start ?? todayIso() },
    { go, focusHeading, changing },
  );
  return (
    <StepFrame step="time" {...form.summary} onBack={form.back}>
      <StepHeading step="time" headingRef={form.headingRef} />
      <form noValidate onSubmit={form.onSubmit}>
        <TextInput
          field={form.register("hours")}
          label={FIELD_LABELS.hours}
          hint={`How many hours a week you can study: a whole number from ${HOURS.min} to ${HOURS.max}.`}
          error={form.errors.hours?.message}
          numeric
          width={3}
          suffix="hours"
        />
        <DateInput
          field={form.register("start")}
          label={FIELD_LABELS.start}
          hint="The day you want the plan to begin. It is today unless you change it."
          error={form.errors.start?.message}
          min={START.min}
          max={START.max}
        />
        <ContinueButton />
      </form>
    </StepFrame>
  );
}
