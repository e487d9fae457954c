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

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/**
 * "4 January 2027" from "2027-01-04". Written out by hand rather than with Intl, so the server's and the
 * browser's renderings are the same string whatever locale data each has (no hydration mismatch).
 */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  return `${day ?? ""} ${MONTHS[(month ?? 1) - 1] ?? ""} ${year ?? ""}`;
}

/** "1 year", "5 years": a count with its noun. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** How long a certification stays valid: the level's own figures, or the program's general ones for neighbours. */
export function validityOf(certification: Certification, catalog: Catalog): { min: number; max: number } {
  return certification.kind === "level" ? certification.validityYears : catalog.program.facts.validityYears;
}
