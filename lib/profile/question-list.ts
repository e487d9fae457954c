import type { ProfileField } from "@/lib/profile/schema";
import type { QuestionStep } from "@/lib/saved/saved-shape";

/**
 * The questionnaire's words and structure: one topic per step, the question as the page heading
 * (GOV.UK's pattern), and which profile fields each step asks for (labels and messages: answer-labels.ts).
 */

export type Question = { step: QuestionStep; heading: string; hint: string; fields: readonly ProfileField[] };

export const QUESTIONS: readonly Question[] = [
  { step: "role", heading: "What is your role?", hint: "Pick the one closest to your job today.", fields: ["role"] },
  {
    step: "experience",
    heading: "What experience do you have?",
    hint: "Count years in engineering, operations or data work. Tick only skills you use with confidence.",
    fields: ["years", "skills"],
  },
  {
    step: "held",
    heading: "Which certifications do you already hold?",
    hint: "They won't be recommended again, and the plan starts from the level after them.",
    fields: ["held"],
  },
  {
    step: "goals",
    heading: "Where do you want to go next?",
    hint: "Your goal decides how far up the levels the plan goes; interests add certifications from those paths.",
    fields: ["goal", "interests"],
  },
  {
    step: "time",
    heading: "How much time can you give it?",
    hint: "The plan's dates follow from your weekly hours and start date.",
    fields: ["hours", "start"],
  },
  { step: "review", heading: "Check your answers", hint: "Change anything before you see your roadmap.", fields: [] },
];
