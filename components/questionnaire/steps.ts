import type { z } from "zod/mini";
import type { QuestionnaireOptions } from "@/lib/profile/questionnaire-options";
import { QUESTIONS, type Question } from "@/lib/profile/question-list";
import type { STEP_SCHEMAS } from "@/lib/profile/questions";
import { QUESTION_STEPS, type QuestionStep } from "@/lib/saved/saved-shape";

/** What every step component receives from the Questionnaire. */
export type StepProps = {
  options: QuestionnaireOptions;
  /** Moves to another step (a new history entry); `changing` when a Change button on the check page opens it. */
  go: (step: QuestionStep, options?: { changing?: boolean }) => void;
  /** True when this step was opened to change an answer: Continue and Back return to "Check your answers". */
  changing: boolean;
  /** True once the person has moved between steps: the step's h1 then takes focus, so it is announced. */
  focusHeading: boolean;
};

/** What a valid step hands to the store: its schema slice's output. */
export type StepAnswers<S extends keyof typeof STEP_SCHEMAS> = z.output<(typeof STEP_SCHEMAS)[S]>;

export const STEP_COUNT = QUESTION_STEPS.length;

export function questionFor(step: QuestionStep): Question {
  const question = QUESTIONS.find((q) => q.step === step);
  if (!question) throw new Error(`No question is written for the step "${step}"`);
  return question;
}

export const stepNumber = (step: QuestionStep) => QUESTION_STEPS.indexOf(step) + 1;

export const nextStep = (step: QuestionStep): QuestionStep =>
  QUESTION_STEPS[QUESTION_STEPS.indexOf(step) + 1] ?? "review";

export const previousStep = (step: QuestionStep): QuestionStep =>
  QUESTION_STEPS[QUESTION_STEPS.indexOf(step) - 1] ?? "role";
