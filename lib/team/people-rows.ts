import type { Catalog } from "@/lib/catalog/schema";
import type { Range, SortValue } from "@/lib/compare/sort-values";
import type { Profile } from "@/lib/profile/schema";
import { profileToQuery } from "@/lib/profile/share-query";
import { indexCatalog } from "@/lib/recommender/catalog-index";
import type { PlannedMember } from "@/lib/team/plan-team";
import { duplicateNames } from "@/lib/team/team-member";

/** One row of the People table: what a manager scans for each person, with their share link. */
export type PersonRow = {
  /** The person's row in the file, as text: unique within a team, so it keys the table's rows. */
  id: string;
  row: number;
  name: string;
  role: string;
  next: { id: string; name: string; start: string; end: string } | null;
  steps: number;
  /** Total study hours of the plan, as a range (the sum of each step's range). */
  hours: Range;
  /** The last day of the plan's last step, or null when nothing is planned. */
  end: string | null;
  warnings: string[];
  /** The person's profile: their share link is built from it when the row is shown (personHref). */
  profile: Profile;
};

/** `/roadmap?…`: a person's share link, which shows exactly their plan. Built per shown row, not per person. */
export function personHref(row: Pick<PersonRow, "profile">): string {
  return `/roadmap?${profileToQuery(row.profile)}`;
}

export const PEOPLE_COLUMN_IDS = ["name", "role", "next", "dates", "steps", "hours", "end", "warnings"] as const;
export type PeopleColumnId = (typeof PEOPLE_COLUMN_IDS)[number];

export const PEOPLE_COLUMN_LABELS: Record<PeopleColumnId, string> = {
  name: "Name",
  role: "Role",
  next: "Next certification",
  dates: "Its dates",
  steps: "Steps planned",
  hours: "Study hours",
  end: "Plan ends",
  warnings: "Warnings",
};

/** What each column sorts by: text ignoring case, numbers, hour ranges; people with nothing planned last. */
export const PEOPLE_SORT_VALUES: Record<PeopleColumnId, (row: PersonRow) => SortValue | null> = {
  name: (r) => r.name,
  role: (r) => r.role,
  next: (r) => r.next?.name ?? null,
  dates: (r) => r.next?.start ?? null,
  steps: (r) => r.steps,
  hours: (r) => r.hours,
  end: (r) => r.end,
  warnings: (r) => r.warnings.length,
};

/** The People table's rows, in the team's order. */
export function peopleRows(people: readonly PlannedMember[], catalog: Catalog): PersonRow[] {
  const duplicates = duplicateNames(people);
  return people.map((member) => personRow(member, catalog, duplicates.get(member.row)));
}

/** One person's row; `sameName` lists the other rows with their name (duplicateNames). */
export function personRow(
  { row, name, profile, roadmap }: PlannedMember,
  catalog: Catalog,
  sameName: readonly number[] | undefined,
): PersonRow {
  const index = indexCatalog(catalog);
  const first = roadmap.steps[0];
  const last = roadmap.steps.at(-1);
  const hours = { min: 0, max: 0 };
  const warnings = sameName ? [`Same name as row${sameName.length === 1 ? "" : "s"} ${sameName.join(", ")}.`] : [];
  for (const warning of roadmap.warnings) warnings.push(warning.text);
  for (const { studyHours } of roadmap.steps) {
    hours.min += studyHours.min;
    hours.max += studyHours.max;
  }
  return {
    id: String(row),
    row,
    name,
    role: index.roles.get(profile.role)?.name ?? profile.role,
    next: first
      ? {
          id: first.certificationId,
          name: index.byId.get(first.certificationId)?.shortName ?? first.certificationId,
          start: first.start,
          end: first.end,
        }
      : null,
    steps: roadmap.steps.length,
    hours,
    end: last?.end ?? null,
    warnings,
    profile,
  };
}

/** The rows whose name, role or next certification contains every word of `query` (case-insensitive). */
export function filterPeople(rows: readonly PersonRow[], query: string): readonly PersonRow[] {
  const words = query.toLocaleLowerCase("en").split(/\s+/).filter(Boolean);
  if (words.length === 0) return rows;
  return rows.filter((r) => {
    const text = `${r.name} ${r.role} ${r.next?.name ?? ""}`.toLocaleLowerCase("en");
    return words.every((w) => text.includes(w));
  });
}
