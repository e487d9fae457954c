import type { Catalog, Certification } from "@/lib/catalog/schema";
import type { TierId } from "@/lib/catalog/ids";
import type { Alternative } from "@/lib/recommender/roadmap-schema";

/** The roadmap page's own words for ids: preparation plans and kinds of alternative. */

export const TIER_LABELS: Record<TierId, string> = {
  fast: "Fast",
  standard: "Standard",
  extended: "Extended",
};

export const ALTERNATIVE_LABELS: Record<Alternative["kind"], string> = {
  "next-level": "Next level",
  "cross-track": "Cross-track move",
  leadership: "Leadership move",
  interest: "Matches your interests",
};

/** "1 year", "5 years": a count with its noun. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** How long a certification stays valid: the level's own figures, or the program's general ones for neighbours. */
export function validityOf(certification: Certification, catalog: Catalog): { min: number; max: number } {
  return certification.kind === "level" ? certification.validityYears : catalog.program.facts.validityYears;
}
