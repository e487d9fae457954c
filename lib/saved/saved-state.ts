import { z } from "zod/mini";
import { lazySchema } from "@/lib/zod/lazy-schema";
import { SlugSchema } from "@/lib/catalog/ids";
import { isIsoDate } from "@/lib/dates/iso-date";
import {
  AnsweredProfileSchema,
  FIELD_SCHEMAS,
  PROFILE_FIELDS,
  type ProfileField,
  type ProfileIds,
} from "@/lib/profile/schema";
import { EMPTY_STATE, NOTE_MAX, QUESTION_STEPS, STEP_STATUSES } from "@/lib/saved/saved-shape";

export {
  EMPTY_STATE,
  knownIdsOf,
  NOTE_MAX,
  QUESTION_STEPS,
  SAVED_STATE_VERSION,
  STATUS_LABELS,
  STEP_STATUSES,
  type QuestionStep,
  type StepStatus,
} from "@/lib/saved/saved-shape";

/**
 * What certpath keeps in the browser: the answers so far, the questionnaire step, and progress on each
 * roadmap step. Everything read back from storage goes through `restoreSavedState`, which keeps the
 * valid part of whatever it finds and says what it had to reset: storage is outside input.
 */

export const QuestionStepSchema = lazySchema(() => z.enum(QUESTION_STEPS));

/** Answers while the questionnaire is under way: any field may still be missing. */
export const AnswersSchema = lazySchema(() => z.partial(AnsweredProfileSchema));
export type Answers = z.infer<typeof AnswersSchema>;

export const StepStatusSchema = lazySchema(() => z.enum(STEP_STATUSES));

export const StepProgressSchema = lazySchema(() =>
  z.strictObject({
    status: StepStatusSchema,
    notes: z._default(z.string().check(z.maxLength(NOTE_MAX)), ""),
    /** The day the step was marked done: renewal dates count from it. */
    doneOn: z.optional(z.string().check(z.refine(isIsoDate))),
  }),
);
export type StepProgress = z.infer<typeof StepProgressSchema>;

export const ProgressSchema = lazySchema(() => z.record(SlugSchema, StepProgressSchema));
export type Progress = z.infer<typeof ProgressSchema>;

export const SavedStateSchema = lazySchema(() =>
  z.strictObject({ answers: AnswersSchema, step: QuestionStepSchema, progress: ProgressSchema }),
);
export type SavedState = z.infer<typeof SavedStateSchema>;

export type Restored = {
  state: SavedState;
  /** In words, what could not be kept (empty when everything was valid). */
  reset: string[];
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

const idSet = (list: readonly { id: string }[]): ReadonlySet<string> => new Set(list.map(({ id }) => id));

function idsFor(field: ProfileField, known: ProfileIds): ReadonlySet<string> | undefined {
  if (field === "role") return idSet(known.roles);
  if (field === "held") return idSet(known.certifications);
  return undefined;
}

/** Keeps each answer that is valid on its own; for lists, keeps the valid items. */
export function restoreAnswers(raw: unknown, ids: ProfileIds): { answers: Answers; reset: ProfileField[] } {
  const answers: Record<string, unknown> = {};
  const reset: ProfileField[] = [];
  if (!isRecord(raw)) return { answers: {}, reset: raw === undefined ? [] : [...PROFILE_FIELDS] };
  for (const field of PROFILE_FIELDS) {
    const value = raw[field];
    if (value === undefined) continue;
    const schema = FIELD_SCHEMAS[field];
    const known = idsFor(field, ids);
    if (Array.isArray(value)) {
      const items = value.filter((item) => schema.safeParse([item]).success && (!known || known.has(String(item))));
      if (items.length < value.length) reset.push(field);
      const parsed = schema.safeParse(items);
      if (parsed.success) answers[field] = parsed.data;
      continue;
    }
    const parsed = schema.safeParse(value);
    if (parsed.success && (!known || known.has(String(parsed.data)))) answers[field] = parsed.data;
    else reset.push(field);
  }
  return { answers: AnswersSchema.parse(answers), reset };
}

/** Keeps each step's progress that is valid and names a certification the catalog knows. */
export function restoreProgress(raw: unknown, known: ProfileIds): { progress: Progress; rejected: string[] } {
  const progress: Progress = {};
  const rejected: string[] = [];
  if (!isRecord(raw)) return { progress, rejected: raw === undefined ? [] : ["progress"] };
  const ids = idSet(known.certifications);
  for (const [id, entry] of Object.entries(raw)) {
    const parsed = StepProgressSchema.safeParse(entry);
    if (ids.has(id) && parsed.success) progress[id] = parsed.data;
    else rejected.push(id);
  }
  return { progress, rejected };
}

/**
 * Reads whatever storage held (any JSON, any version) into a valid state. Never throws.
 * There is one stored version so far; data from any other version is read field by field like the
 * current one, which keeps everything that still means the same thing. A future version that changes
 * a field's meaning adds its conversion here, before the field-by-field read.
 */
export function restoreSavedState(raw: unknown, known: ProfileIds): Restored {
  if (raw === undefined || raw === null) return { state: EMPTY_STATE, reset: [] };
  if (!isRecord(raw)) return { state: EMPTY_STATE, reset: ["your saved answers and progress (unreadable)"] };
  const reset: string[] = [];
  const { answers, reset: badAnswers } = restoreAnswers(raw.answers, known);
  if (badAnswers.length > 0) reset.push(`answers that were no longer valid: ${badAnswers.join(", ")}`);
  const step = QuestionStepSchema.safeParse(raw.step);
  if (raw.step !== undefined && !step.success) reset.push("the questionnaire step (back to the first question)");
  const { progress, rejected } = restoreProgress(raw.progress, known);
  if (rejected.length > 0) reset.push(`progress for: ${rejected.join(", ")}`);
  return { state: { answers, step: step.success ? step.data : "role", progress }, reset };
}
