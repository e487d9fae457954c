import type { Progress, StepProgress } from "@/lib/saved/saved-state";

/**
 * The saved progress on one certification, if any. Own keys only: an id such as "constructor" must not read
 * Object.prototype. A module of its own so that pages which never show progress (the questionnaire) do not carry it.
 */
export const progressOf = (progress: Progress, id: string): StepProgress | undefined =>
  Object.hasOwn(progress, id) ? progress[id] : undefined;
