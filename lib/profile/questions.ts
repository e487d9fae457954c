import { z } from "zod/mini";
import { lazySchema } from "@/lib/zod/lazy-schema";
import { AnsweredProfileSchema } from "@/lib/profile/schema";
import type { QuestionStep } from "@/lib/saved/saved-shape";

export { QUESTIONS, type Question } from "@/lib/profile/question-list";

/** The schema slice each step validates: the profile schema's own fields, not a copy, with no defaults. */
export const STEP_SCHEMAS = {
  role: lazySchema(() => z.pick(AnsweredProfileSchema, { role: true })),
  experience: lazySchema(() => z.pick(AnsweredProfileSchema, { years: true, skills: true })),
  held: lazySchema(() => z.pick(AnsweredProfileSchema, { held: true })),
  goals: lazySchema(() => z.pick(AnsweredProfileSchema, { goal: true, interests: true })),
  time: lazySchema(() => z.pick(AnsweredProfileSchema, { hours: true, start: true })),
} as const satisfies Partial<Record<QuestionStep, z.ZodMiniType>>;
