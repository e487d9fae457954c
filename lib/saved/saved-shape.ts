import type { Catalog } from "@/lib/catalog/schema";
import type { ProfileIds } from "@/lib/profile/fields";
import type { SavedState } from "@/lib/saved/saved-state";

/**
 * What certpath keeps in the browser, as plain values with no zod: the questionnaire's steps, the progress
 * statuses and the empty state. The pages need these to draw; the schemas that check what storage holds are
 * in saved-state.ts and load only when there is something saved to check.
 */

/** Bump when the stored shape changes, and teach `restoreSavedState` to read the old one. */
export const SAVED_STATE_VERSION = 1;

export const QUESTION_STEPS = ["role", "experience", "held", "goals", "time", "review"] as const;
export type QuestionStep = (typeof QUESTION_STEPS)[number];

export const STEP_STATUSES = ["not-started", "in-progress", "done"] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];
/** How a status reads on the page and in exports. */
export const STATUS_LABELS: Record<StepStatus, string> = {
  "not-started": "Not started",
  "in-progress": "In progress",
  done: "Done",
};

export const NOTE_MAX = 2_000;

export const EMPTY_STATE: SavedState = { answers: {}, step: "role", progress: {} };

/** The ids stored data may name: all that restoring needs of the catalog, small enough to send to a browser. */
export const knownIdsOf = (catalog: Catalog): ProfileIds => ({
  roles: catalog.roles.map(({ id }) => ({ id })),
  certifications: catalog.certifications.map(({ id }) => ({ id })),
});
