import type { Catalog } from "@/lib/catalog/schema";
import type { PlannedMember } from "@/lib/team/plan-team";

/**
 * What the team holds and will hold: per certification, how many people hold it now, how many have it in
 * their plan, and in which quarter those planned pass it (the quarter of the step's last day of study,
 * when the plan puts the exam). "Held" counts what people said they hold, as listed in the CSV.
 */

export type QuarterCount = { quarter: string; count: number };
export type CoverageRow = { id: string; name: string; held: number; planned: number; byQuarter: QuarterCount[] };

/** "2027 Q1" for any date in January–March 2027. */
export function quarterOf(iso: string): string {
  return `${iso.slice(0, 4)} Q${Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1}`;
}

/** One row per certification in the catalog, in catalog order; quarters in time order. */
export function teamCoverage(people: readonly PlannedMember[], catalog: Catalog): CoverageRow[] {
  const rows = new Map(
    catalog.certifications.map((c) => [
      c.id,
      { id: c.id, name: c.shortName, held: 0, planned: 0, quarters: new Map<string, number>() },
    ]),
  );
  for (const { profile, roadmap } of people) {
    for (const id of profile.held) {
      const row = rows.get(id);
      if (row) row.held++;
    }
    for (const step of roadmap.steps) {
      const row = rows.get(step.certificationId);
      if (!row) continue;
      row.planned++;
      const quarter = quarterOf(step.end);
      row.quarters.set(quarter, (row.quarters.get(quarter) ?? 0) + 1);
    }
  }
  return [...rows.values()].map(({ quarters, ...row }) => ({
    ...row,
    byQuarter: [...quarters]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([quarter, count]) => ({ quarter, count })),
  }));
}

/** "2027 Q1: 3, 2027 Q2: 1" */
export function quartersText(byQuarter: readonly QuarterCount[]): string {
  return byQuarter.map(({ quarter, count }) => `${quarter}: ${count}`).join(", ");
}
