import { PROFILE_FIELDS } from "@/lib/profile/fields";
import type { SavedTeam } from "@/lib/team/saved-team";

/**
 * The team's columns, limits and storage key as plain values, with no zod: what /team needs to draw its form
 * and read its store without loading the validation library. The schemas are in team-member.ts and
 * saved-team.ts, which re-export these.
 */

/** The most people one team may hold: the page, the CLI and the saved team all stop here. */
export const MAX_TEAM_PEOPLE = 5_000;
/** Names longer than this are refused: a name is a label in a table, not a document. */
export const MAX_NAME_LENGTH = 200;

/** The columns a team CSV may have: the person's name, then the profile's fields (the CLI's flag names). */
export const TEAM_COLUMNS = ["name", ...PROFILE_FIELDS] as const;
export type TeamColumn = (typeof TEAM_COLUMNS)[number];
export const REQUIRED_COLUMNS = ["name", "role"] as const satisfies readonly TeamColumn[];

export const TEAM_STORAGE_KEY = "certpath:team";
/** Bump when the stored shape changes, and teach `restoreTeam` to read the old one. */
export const SAVED_TEAM_VERSION = 1;

export const EMPTY_TEAM: SavedTeam = { people: [] };
