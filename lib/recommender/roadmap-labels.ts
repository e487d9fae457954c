import type { Catalog, PrepTier } from "@/lib/catalog/schema";
import type { Profile } from "@/lib/profile/schema";
import { indexCatalog } from "@/lib/recommender/catalog-index";
import type { Step } from "@/lib/recommender/roadmap-schema";

/**
 * The words every rendering of a roadmap shares (the CLI's text, the Markdown and calendar exports),
 * kept in one place so the three say the same thing the same way.
 */

/** Said in place of the steps when a profile already holds everything it points to. */
export const NO_STEPS_TEXT = "No steps: everything this profile points to is already held.";

/** A range as people write it: "7–14", or "30" when both ends agree. */
export function rangeText(range: { readonly min: number; readonly max: number }): string {
  return range.min === range.max ? `${range.max}` : `${range.min}–${range.max}`;
}

/** A certification's short name, or its id when the catalog does not know it. */
export function certificationName(catalog: Catalog, id: string): string {
  return indexCatalog(catalog).byId.get(id)?.shortName ?? id;
}

/** The track a certification sits on, as "Engineering track" (track names that already end in "track" are kept). */
export function trackLabel(catalog: Catalog, id: string): string {
  const track = indexCatalog(catalog).byId.get(id)?.track;
  if (track === undefined) return "";
  const label = catalog.tracks.find((t) => t.id === track)?.name ?? track;
  return /track$/i.test(label) ? label : `${label} track`;
}

/** The profile's role, skills and held certifications by the names a person reads rather than their ids. */
export function profileNames(profile: Profile, catalog: Catalog): { role: string; skills: string[]; held: string[] } {
  const index = indexCatalog(catalog);
  return {
    role: index.roles.get(profile.role)?.name ?? profile.role,
    skills: profile.skills.map((s) => index.skillNames.get(s) ?? s),
    held: profile.held.map((id) => certificationName(catalog, id)),
  };
}

/** The guide's preparation plan (tier) a step follows, if the catalog knows the certification. */
export function stepPlan(catalog: Catalog, step: Pick<Step, "certificationId" | "tier">): PrepTier | undefined {
  return indexCatalog(catalog)
    .byId.get(step.certificationId)
    ?.prep.tiers.find((t) => t.id === step.tier);
}

/**
 * "75 days at 8 h/week, about 86 study hours (the guide's extended 60-day plan)". Without a pace (the
 * calendar export has no profile) the "at … h/week" part is left out.
 */
export function prepText(
  step: Pick<Step, "certificationId" | "tier" | "prepDays" | "studyHours">,
  catalog: Catalog,
  hoursPerWeek?: number,
): string {
  const plan = stepPlan(catalog, step);
  const pace = hoursPerWeek === undefined ? "" : ` at ${hoursPerWeek} h/week`;
  // Where the guide gives no plan (Expert, the neighbouring certifications), the days are certpath's estimate.
  const estimated = indexCatalog(catalog).byId.get(step.certificationId)?.prep.source.kind !== "guide";
  const owner = estimated ? "certpath's estimated" : "the guide's";
  const guide = plan ? `${owner} ${step.tier} ${rangeText(plan.days)}-day plan` : `the ${step.tier} plan`;
  return `${rangeText(step.prepDays)} days${pace}, about ${rangeText(step.studyHours)} study hours (${guide})`;
}
