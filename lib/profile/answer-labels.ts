import type { ProfileField } from "@/lib/profile/schema";
import { HOURS, START, YEARS } from "@/lib/profile/fields";

/*
 * The words for answers: each field's label, the goals' names, and the questionnaire's GOV.UK-style messages.
 * Apart from the questions themselves (questions.ts) so the roadmap, which shows answers but asks nothing,
 * loads only these.
 */

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
