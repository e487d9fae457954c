import type { ProfileField } from "@/lib/profile/schema";

/**
 * The profile's fields, limits and defaults as plain values, with no zod: what the browser's pages need to
 * draw and read answers without loading the validation library. The schemas built on them are in schema.ts.
 */

export const YEARS = { min: 0, max: 50 } as const;
export const HOURS = { min: 1, max: 60 } as const;
/** Plans start no earlier and no later than these, so date arithmetic stays sane. */
export const START = { min: "2000-01-01", max: "2100-12-31" } as const;

export const DEFAULTS = {
  years: 0,
  skills: [],
  held: [],
  goal: "hands-on",
  interests: [],
  hours: 5,
} as const;

export const PROFILE_FIELDS = [
  "role",
  "years",
  "skills",
  "held",
  "goal",
  "interests",
  "hours",
  "start",
] as const satisfies readonly ProfileField[];

/** Fields whose value is a list (comma-separated in a URL or on the command line). */
export const LIST_FIELDS = ["skills", "held", "interests"] as const satisfies readonly ProfileField[];
/** Fields whose value is a whole number. */
export const NUMBER_FIELDS = ["years", "hours"] as const satisfies readonly ProfileField[];

/**
 * What checking a profile needs of the catalog: the role and certification ids it may name. A whole
 * Catalog fits; so does the short id list a browser receives instead of the catalog.
 */
export type ProfileIds = Readonly<{ roles: readonly { id: string }[]; certifications: readonly { id: string }[] }>;
