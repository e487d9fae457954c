import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { useAppStore } from "@/components/state/store-provider";
import { ContinueButton, StepFrame } from "@/components/questionnaire/step-frame";
import type { StepProps } from "@/components/questionnaire/steps";
import { useStepForm } from "@/components/questionnaire/use-step-form";

type HeldForm = { held: string[] };

/** Step 3: certifications already held, the program's levels first. Holding none is a valid answer. */
export function HeldStep({ options, go, focusHeading, changing }: StepProps) {
  const saved = useAppStore((s) => s.answers.held);
  const form = useStepForm<HeldForm, "held">("held", { held: saved ?? [] }, { go, focusHeading, changing });
  const { programName, levels, others } = options.certifications;
  return (
    <StepFrame step="held" {...form.summary} onBack={form.back}>
      <form noValidate onSubmit={form.onSubmit}>
        <CheckboxGroup
          field={form.register("held")}
          legend={form.question.heading}
          isPageHeading
          headingRef={form.headingRef}
          hint={
            <>
              <p>{form.question.hint}</p>
              <p>Select all that apply. If you hold none yet, leave them all unticked and continue.</p>
            </>
          }
          error={form.errors.held?.message}
          options={[
            { title: `${programName} levels`, options: levels },
            { title: "Other certifications", options: others },
          ]}
        />
        <ContinueButton />
      </form>
    </StepFrame>
  );
}
