import type { ProfileIds } from "@/lib/profile/schema";
import { showValue } from "@/lib/profile/parse-profile";
import { restoreProgress, type Progress } from "@/lib/saved/saved-state";

/**
 * The "Export progress" file: a person's progress on each step, wrapped in a small envelope that says
 * what the file is, so an import can tell a certpath progress file from any other JSON and a newer
 * format from this one. Reading a file is like reading storage: outside input, kept entry by entry.
 */

/** Bump when the file's shape changes, and teach `progressFromFile` to read the old one. */
export const PROGRESS_FILE_VERSION = 1;

export type ProgressFile = {
  app: "certpath";
  kind: "progress";
  version: typeof PROGRESS_FILE_VERSION;
  /** When the file was made, as an ISO date-time (lib takes "now" as an argument). */
  exportedAt: string;
  progress: Progress;
};

export type ProgressImport =
  | {
      ok: true;
      /** The entries that are valid and name a certification the catalog knows. */
      progress: Progress;
      /** Certification ids whose entries could not be used (unknown id, bad status or notes). */
      rejected: string[];
    }
  | { ok: false; error: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

const kindOf = (v: unknown) => (v === null ? "null" : Array.isArray(v) ? "a list" : typeof v);

/** The export file for `progress`: the object to JSON.stringify. */
export function progressToFile(progress: Progress, options: { exportedAt: string }): ProgressFile {
  return {
    app: "certpath",
    kind: "progress",
    version: PROGRESS_FILE_VERSION,
    exportedAt: options.exportedAt,
    progress,
  };
}

/** The download name of a progress file, such as "certpath-progress-2027-01-04.json". */
export function progressFileName(today: string): string {
  return `certpath-progress-${today}.json`;
}

/**
 * Reads an exported progress file. Never throws: a file that is not a certpath progress file (not JSON,
 * another app's, another kind, a newer version) is an error naming the problem; within a good file, each
 * entry is kept or rejected on its own (see restoreProgress), and the rejected ids are listed.
 */
export function progressFromFile(text: string, known: ProfileIds): ProgressImport {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: "The file isn't JSON, so it can't be a certpath progress file." };
  }
  if (!isRecord(raw)) {
    return { ok: false, error: `The file holds ${kindOf(raw)}, not a certpath progress file.` };
  }
  if (raw.app !== "certpath") {
    const app = raw.app === undefined ? "doesn't say which app made it" : `says it was made by ${showValue(raw.app)}`;
    return { ok: false, error: `The file ${app}; certpath reads only its own progress files.` };
  }
  if (raw.kind !== "progress") {
    return {
      ok: false,
      error: `The file is a certpath file, but of kind ${showValue(raw.kind)} rather than "progress".`,
    };
  }
  const version = raw.version;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: `The file's version, ${showValue(version)}, is not one certpath knows.` };
  }
  if (version > PROGRESS_FILE_VERSION) {
    return {
      ok: false,
      error: `The file was made by a newer certpath (version ${version}); this one reads version ${PROGRESS_FILE_VERSION}. Reload the page to get the newest certpath, then import it again.`,
    };
  }
  if (!isRecord(raw.progress)) {
    return { ok: false, error: `The file's progress is ${kindOf(raw.progress)} rather than an entry per step.` };
  }
  const { progress, rejected } = restoreProgress(raw.progress, known);
  return { ok: true, progress, rejected };
}
