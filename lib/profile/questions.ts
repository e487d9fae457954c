import { z } from "zod/mini";
import type { ProfileField } from "@/lib/profile/schema";
import { AnsweredProfileSchema, HOURS, START, YEARS } from "@/lib/profile/schema";
import type { QuestionStep } from "@/lib/saved/saved-state";

/**
 * The questionnaire's words and structure: one topic per step, the question as the page heading
 * (GOV.UK's pattern), which profile fields each step asks for, and the error message for each field.
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

/** The schema slice each step validates: the profile schema's own fields, not a copy, with no defaults. */
export const STEP_SCHEMAS = {
  role: z.pick(AnsweredProfileSchema, { role: true }),
  experience: z.pick(AnsweredProfileSchema, { years: true, skills: true }),
  held: z.pick(AnsweredProfileSchema, { held: true }),
  goals: z.pick(AnsweredProfileSchema, { goal: true, interests: true }),
  time: z.pick(AnsweredProfileSchema, { hours: true, start: true }),
} as const satisfies Partial<Record<QuestionStep, z.ZodMiniType>>;

/** The label each answer gets on the review page and in the roadmap's summary. */
export const FIELD_LABELS: Record<ProfileField, string> = {
  role: "Role",
  years: "Years of experience",
  skills: "Skills",
  held: "Certifications held",
  goal: "Goal",
  interests: "Interests",
  hours: "Hours a week",
  start: "Start date",
};

export const GOAL_LABELS = {
  "hands-on": { label: "Stay hands-on", hint: "Build and run ML pipelines yourself." },
  architect: { label: "Become an architect", hint: "Design and govern ML platforms for a whole organisation." },
  leadership: { label: "Move into leadership", hint: "Lead teams and set AI strategy." },
} as const;

/** The questionnaire's message for a start date before today (GOV.UK's wording for a date in the past). */
export const START_IN_PAST = "Start date must be today or in the future";

/** A GOV.UK-style message for a field, chosen by what is wrong with the value. */
export function questionError(field: ProfileField, value: unknown): string {
  const empty = value === undefined || value === null || value === "" || Number.isNaN(value);
  switch (field) {
    case "role":
      return "Select your role";
    case "years":
      if (empty) return "Enter your years of experience, or 0 if you are just starting";
      if (!Number.isInteger(value)) return "Years of experience must be a whole number, like 3";
      return `Years of experience must be between ${YEARS.min} and ${YEARS.max}`;
    case "hours":
      if (empty) return "Enter how many hours a week you can study";
      if (!Number.isInteger(value)) return "Hours a week must be a whole number, like 6";
      return `Hours a week must be between ${HOURS.min} and ${HOURS.max}`;
    case "start":
      if (empty) return "Enter the date you want to start";
      return `Start date must be a real date between ${START.min.slice(0, 4)} and ${START.max.slice(0, 4)}`;
    case "goal":
      return "Select where you want to go next";
    case "skills":
      return "Select skills from the list";
    case "held":
      return "Select certifications from the list";
    case "interests":
      return "Select learning paths from the list";
  }
}
