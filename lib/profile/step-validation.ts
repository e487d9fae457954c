import type { z } from "zod/mini";
import { START_IN_PAST, questionError } from "@/lib/profile/answer-labels";
import { NUMBER_FIELDS, PROFILE_FIELDS, type ProfileField } from "@/lib/profile/schema";
import { AnswersSchema, type Answers } from "@/lib/saved/saved-state";

/** A step's result: the parsed answers, or a GOV.UK message per field plus the answers that were fine. */
export type StepValidation<T> =
  { ok: true; data: T } | { ok: false; errors: Partial<Record<ProfileField, string>>; valid: Answers };

const isField = (key: PropertyKey | undefined): key is ProfileField =>
  typeof key === "string" && (PROFILE_FIELDS as readonly string[]).includes(key);

const WHOLE_OR_DECIMAL = /^[+-]?\d+(?:\.\d+)?$/;

/**
 * Number fields arrive from a form as text. Text that is a number becomes one; blank becomes missing;
 * anything else stays text, so the message says "must be a whole number" rather than showing NaN.
 */
export function readNumberText(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  const n = Number(trimmed);
  return WHOLE_OR_DECIMAL.test(trimmed) && Number.isFinite(n) ? n + 0 : trimmed;
}

/** Checkbox and radio values as the browser gives them: nothing ticked can arrive as null or false. */
function readFormValue(field: ProfileField, value: unknown): unknown {
  if ((NUMBER_FIELDS as readonly string[]).includes(field) && typeof value === "string") return readNumberText(value);
  if (value === null || value === false) return undefined;
  return value;
}

/**
 * Validates one questionnaire step's form values against its schema slice (STEP_SCHEMAS). Messages come
 * from questionError, never from zod's wording, so every entrance says the same thing about a field.
 * Given `today`, a start date before it is refused: a person planning from the questionnaire plans ahead.
 * (The CLI and the API accept a past start; a share link moves it to today, see share-link.ts.)
 */
export function validateStep<T extends z.ZodMiniObject>(
  schema: T,
  values: Readonly<Record<string, unknown>>,
  { today }: { today?: string } = {},
): StepValidation<z.output<T>> {
  const input: Record<string, unknown> = {};
  for (const key of Object.keys(schema.shape)) {
    if (isField(key)) input[key] = readFormValue(key, values[key]);
  }
  const parsed = schema.safeParse(input);
  if (parsed.success) {
    const start: unknown = input.start;
    if (today === undefined || typeof start !== "string" || start >= today) return { ok: true, data: parsed.data };
    const rest = Object.fromEntries(Object.entries(input).filter(([key]) => key !== "start"));
    return { ok: false, errors: { start: START_IN_PAST }, valid: AnswersSchema.parse(rest) };
  }

  const errors: Partial<Record<ProfileField, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (isField(field) && errors[field] === undefined) errors[field] = questionError(field, input[field]);
  }
  // A failure zod could not pin on a field (none is expected) still blocks the step, on every field.
  if (Object.keys(errors).length === 0) {
    for (const key of Object.keys(input)) if (isField(key)) errors[key] = questionError(key, input[key]);
  }
  // Whatever passed on its own is worth keeping (Back saves it); a blank is left out, so it never
  // overwrites an answer saved earlier.
  const rest = Object.fromEntries(
    Object.entries(input).filter(([key, value]) => value !== undefined && isField(key) && !errors[key]),
  );
  const valid = AnswersSchema.safeParse(rest);
  return { ok: false, errors, valid: valid.success ? valid.data : {} };
}
