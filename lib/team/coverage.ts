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
  const tally = new CoverageTally(catalog);
  for (const member of people) tally.add(member);
  return tally.rows();
}

/** teamCoverage one person at a time, for a caller that goes through the team once (the team job). */
export class CoverageTally {
  private readonly byId: Map<string, Omit<CoverageRow, "byQuarter"> & { quarters: Map<string, number> }>;
  // Each end date's quarter, worked out once per date (a team's steps share a few hundred dates).
  private readonly quarterOf = new Map<string, string>();

  constructor(catalog: Catalog) {
    this.byId = new Map(
      catalog.certifications.map((c) => [
        c.id,
        { id: c.id, name: c.shortName, held: 0, planned: 0, quarters: new Map<string, number>() },
      ]),
    );
  }

  add({ profile, roadmap }: Pick<PlannedMember, "profile" | "roadmap">): void {
    for (const id of profile.held) {
      const row = this.byId.get(id);
      if (row) row.held++;
    }
    for (const step of roadmap.steps) {
      const row = this.byId.get(step.certificationId);
      if (!row) continue;
      row.planned++;
      let quarter = this.quarterOf.get(step.end);
      if (quarter === undefined) this.quarterOf.set(step.end, (quarter = quarterOf(step.end)));
      row.quarters.set(quarter, (row.quarters.get(quarter) ?? 0) + 1);
    }
  }

  rows(): CoverageRow[] {
    return [...this.byId.values()].map(({ quarters, ...row }) => ({
      ...row,
      byQuarter: [...quarters]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([quarter, count]) => ({ quarter, count })),
    }));
  }
}

/** "2027 Q1: 3, 2027 Q2: 1" */
export function quartersText(byQuarter: readonly QuarterCount[]): string {
  return byQuarter.map(({ quarter, count }) => `${quarter}: ${count}`).join(", ");
}
