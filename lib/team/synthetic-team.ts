import { GOAL_IDS, PATH_IDS, SKILL_IDS } from "@/lib/catalog/ids";
import { addDays } from "@/lib/dates/iso-date";
import { PROFILE_FIELDS, type ProfileIds } from "@/lib/profile/schema";
import { TEAM_COLUMNS, type TeamMember } from "@/lib/team/team-member";

/**
 * A made-up team for benchmarks and browser tests: `size` people whose role, years, skills, held certifications,
 * goal, interests, hours and start vary independently (different periods), so a large team has few identical
 * profiles and nothing is planned twice by accident. Deterministic: the same size gives the same team.
 */
export function syntheticTeam(size: number, known: ProfileIds, firstStart = "2027-01-04"): TeamMember[] {
  const roles = known.roles.map((r) => r.id);
  const certifications = known.certifications.map((c) => c.id);
  return Array.from({ length: size }, (_, i) => ({
    row: i + 2,
    name: `Person ${i + 1}`,
    profile: {
      role: roles[i % roles.length] ?? "sre",
      years: (i * 7) % 31,
      skills: SKILL_IDS.filter((_, s) => ((i >> s) & 1) === 1),
      held: i % 5 === 0 ? [certifications[(i / 5) % 3] ?? "mlops-foundation"] : [],
      goal: GOAL_IDS[i % GOAL_IDS.length] ?? "hands-on",
      interests: PATH_IDS.filter((_, p) => ((i >> (p + 2)) & 1) === 1).slice(0, 2),
      hours: 1 + ((i * 13) % 40),
      start: addDays(firstStart, (i * 11) % 365),
    },
  }));
}

/**
 * syntheticTeam as the CSV the page imports: the header, then one row per person (lists joined with ";").
 * Its names and ids need no quoting. Reading it back gives syntheticTeam's people.
 */
export function syntheticTeamCsv(size: number, known: ProfileIds, firstStart = "2027-01-04"): string {
  const rows = syntheticTeam(size, known, firstStart).map(({ name, profile }) =>
    [
      name,
      ...PROFILE_FIELDS.map((field) => {
        const value = profile[field];
        return Array.isArray(value) ? value.join(";") : String(value);
      }),
    ].join(","),
  );
  return [TEAM_COLUMNS.join(","), ...rows, ""].join("\n");
}
