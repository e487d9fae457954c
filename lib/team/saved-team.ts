import { z } from "zod/mini";
import { lazySchema } from "@/lib/zod/lazy-schema";
import type { ProfileIds } from "@/lib/profile/schema";
import { TeamMemberSchema, type TeamMember } from "@/lib/team/team-member";
import { EMPTY_TEAM, MAX_TEAM_PEOPLE } from "@/lib/team/team-shape";

export { EMPTY_TEAM, SAVED_TEAM_VERSION, TEAM_STORAGE_KEY } from "@/lib/team/team-shape";

/**
 * The team as the browser keeps it (its own key, apart from the personal answers): the people as imported,
 * never their roadmaps, which are planned again from the profiles. Read back through `restoreTeam`, which
 * keeps each person that is still valid and says what it dropped: storage is outside input.
 */

export const SavedTeamSchema = lazySchema(() => z.strictObject({ people: z.array(TeamMemberSchema) }));
export type SavedTeam = z.infer<typeof SavedTeamSchema>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function knownMember(member: TeamMember, roles: ReadonlySet<string>, certifications: ReadonlySet<string>): boolean {
  return roles.has(member.profile.role) && member.profile.held.every((id) => certifications.has(id));
}

/** Reads whatever storage held into a valid team, and says in words what it dropped. Never throws. */
export function restoreTeam(raw: unknown, known: ProfileIds): { state: SavedTeam; reset: string[] } {
  if (raw === undefined || raw === null) return { state: EMPTY_TEAM, reset: [] };
  if (!isRecord(raw) || !Array.isArray(raw.people)) {
    return { state: EMPTY_TEAM, reset: ["the saved team could not be read, so it was cleared"] };
  }
  const roles = new Set(known.roles.map((r) => r.id));
  const certifications = new Set(known.certifications.map((c) => c.id));
  const people: TeamMember[] = [];
  const rows = new Set<number>();
  let dropped = 0;
  for (const entry of raw.people.slice(0, MAX_TEAM_PEOPLE)) {
    const parsed = TeamMemberSchema.safeParse(entry);
    // Rows key the tables: a second person on the same row would be a corrupted copy.
    if (parsed.success && knownMember(parsed.data, roles, certifications) && !rows.has(parsed.data.row)) {
      people.push(parsed.data);
      rows.add(parsed.data.row);
    } else dropped++;
  }
  const over = Math.max(0, raw.people.length - MAX_TEAM_PEOPLE);
  const reset = [
    ...(dropped > 0
      ? [
          `${dropped} saved ${dropped === 1 ? "person could not be read and was" : "people could not be read and were"} dropped`,
        ]
      : []),
    ...(over > 0
      ? [`${over} saved people past the limit of ${MAX_TEAM_PEOPLE.toLocaleString("en")} were dropped`]
      : []),
  ];
  return { state: { people }, reset };
}
