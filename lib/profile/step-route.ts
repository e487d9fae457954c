import { QUESTIONS } from "@/lib/profile/question-list";
import { QUESTION_STEPS, type QuestionStep } from "@/lib/saved/saved-shape";
import type { Answers } from "@/lib/saved/saved-state";

/**
 * Where the questionnaire is, as an address: `/assess?step=<name>` gives each step its own history entry, so
 * the browser's Back and Forward move between steps and a reload or a shared address opens the same step.
 * `&change=1` marks a step opened from "Check your answers" by a Change button: Continue then goes back there.
 *
 * A query rather than `/assess/<name>`: /assess stays one prerendered page with one set of CSP script hashes,
 * its server-rendered first question is what a first-time visitor needs anyway (a later step is never
 * reachable without saved answers, and those live in the browser), and the pre-paint script already covers
 * a returning visitor. Six path segments would have meant six static pages with the wrong question in five.
 */

export const ASSESS_PATH = "/assess";

export type StepRoute = { step: QuestionStep; changing: boolean };

/** What the address asks for; a missing or unknown step is undefined (the saved step then applies). */
export function readStepRoute(search: string): { step?: QuestionStep; changing: boolean } {
  const params = new URLSearchParams(search);
  const step = QUESTION_STEPS.find((name) => name === params.get("step"));
  return step ? { step, changing: params.get("change") === "1" } : { changing: false };
}

/** The address of a step. */
export function stepHref({ step, changing }: StepRoute): string {
  return `${ASSESS_PATH}?step=${step}${changing && step !== "review" ? "&change=1" : ""}`;
}

/**
 * True when the answers hold an answer to every question of `step` (review has none). `Answers` hold only valid
 * values (the store restores saved ones field by field and the steps save only what their schema accepts), so a
 * present value is a valid one and no schema is needed here: the questionnaire decides its first step without
 * loading the validation library.
 */
export function isStepAnswered(step: QuestionStep, answers: Answers): boolean {
  const fields = QUESTIONS.find((q) => q.step === step)?.fields ?? [];
  return fields.every((field) => answers[field] !== undefined);
}

/**
 * The step to show for a requested one: itself when every earlier step is answered, otherwise the first
 * earlier step that is not (so a shared or bookmarked address never skips a question).
 */
export function reachableStep(requested: QuestionStep, answers: Answers): QuestionStep {
  for (const step of QUESTION_STEPS) {
    if (step === requested || !isStepAnswered(step, answers)) return step;
  }
  return requested;
}
