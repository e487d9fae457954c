import { RadioGroup } from "@/components/ui/radio-group";
import { useAppStore } from "@/components/state/store-provider";
import { ContinueButton, StepFrame } from "@/components/questionnaire/step-frame";
import { nextStep, type StepProps } from "@/components/questionnaire/steps";
import { useStepForm } from "@/components/questionnaire/use-step-form";

type RoleForm = { role: string | null };

/** Step 1: the role, one radio per catalog role. The question is the legend and the page's h1. */
export function RoleStep({ options, go, focusHeading, changing }: StepProps) {
  const saved = useAppStore((s) => s.answers.role);
  // Nothing saved: no default, so react-hook-form reads the radios as they are. The server renders this step
  // for first-time visitors, and a choice made before the JavaScript arrived is kept rather than cleared.
  const form = useStepForm<RoleForm, "role">("role", saved ? { role: saved } : {}, { go, focusHeading, changing });
  return (
    <StepFrame step="role" {...form.summary} onBack={changing ? form.back : undefined}>
      <form noValidate onSubmit={form.onSubmit}>
        {/* The step Continue leads to, for a Continue pressed before the page's script is here: the browser then
            sends the form itself, to /assess?step=…&role=…, and the questionnaire moves on there with the role
            kept (components/questionnaire/questionnaire.tsx). Once drawn, the form never sends it. */}
        <input type="hidden" name="step" value={changing ? "review" : nextStep("role")} />
        <RadioGroup
          field={form.register("role")}
          legend={form.question.heading}
          isPageHeading
          headingRef={form.headingRef}
          hint={form.question.hint}
          error={form.errors.role?.message}
          options={options.roles}
        />
        <ContinueButton />
      </form>
    </StepFrame>
  );
}
