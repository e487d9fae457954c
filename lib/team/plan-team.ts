import type { Catalog } from "@/lib/catalog/schema";
import type { Profile } from "@/lib/profile/schema";
import { outlineStep, recommend, type Outline } from "@/lib/recommender/recommend";
import type { Roadmap } from "@/lib/recommender/roadmap-schema";
import type { TeamMember } from "@/lib/team/team-member";

/**
 * What the team's views and exports read of a roadmap: each step's certification, dates and hours, and the
 * warnings (what recommendSteps gives). A full Roadmap is one; the page plans only this much of thousands of
 * people (a step's reasons, the alternatives and the assumptions are each person's own roadmap page's business).
 */
export type TeamRoadmap = Outline;

/** A member with their roadmap: exactly what `recommend` gives their profile alone (or the part of it kept). */
export type PlannedMember<R extends TeamRoadmap = TeamRoadmap> = TeamMember & { roadmap: R };

/** The part of a roadmap the team's views read (see TeamRoadmap). */
export function teamRoadmap({ steps, warnings }: TeamRoadmap): TeamRoadmap {
  return { steps: steps.map(outlineStep), warnings };
}

/**
 * Plans every member with the recommender as it is; the order of the team is kept. People with the same
 * answers are planned once (recommend is pure, so they share one roadmap): teams often do.
 */
export function planTeam(people: readonly TeamMember[], catalog: Catalog): PlannedMember<Roadmap>[] {
  return planEach(people, (profile) => recommend(profile, catalog));
}

/** Every member with `plan(profile)`, in the team's order; people with the same answers share one plan. */
export function planEach<R extends TeamRoadmap>(
  people: readonly TeamMember[],
  plan: (profile: Profile) => R,
): PlannedMember<R>[] {
  const plans = new Map<string, R>();
  return people.map((member) => {
    const key = profileKey(member.profile);
    let roadmap = plans.get(key);
    if (!roadmap) plans.set(key, (roadmap = plan(member.profile)));
    return { ...member, roadmap };
  });
}

/**
 * Two profiles with the same key give the same roadmap: every field, in the object's order (profiles read by
 * ProfileSchema share it; a different order only misses a share, never makes a wrong one).
 */
export function profileKey(profile: Profile): string {
  return JSON.stringify(profile);
}
