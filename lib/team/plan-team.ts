import { z } from "zod/mini";
import type { Catalog } from "@/lib/catalog/schema";
import type { Profile } from "@/lib/profile/schema";
import { outlineStep, recommend } from "@/lib/recommender/recommend";
import { StepSchema, WarningSchema, type Roadmap } from "@/lib/recommender/roadmap-schema";
import type { TeamMember } from "@/lib/team/team-member";

/**
 * What the team's views and exports read of a roadmap: each step's certification, dates and hours, and the
 * warnings. A full Roadmap is one; the page keeps only this much of thousands of plans (a step's reasons, the
 * alternatives and the assumptions are each person's own roadmap page's business).
 */
export const TeamRoadmapSchema = z.object({
  steps: z.array(z.omit(StepSchema, { reasons: true })),
  warnings: z.array(WarningSchema),
});
export type TeamRoadmap = z.infer<typeof TeamRoadmapSchema>;

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
  const plans = new Map<string, Roadmap>();
  return people.map((member) => {
    const key = profileKey(member.profile);
    let roadmap = plans.get(key);
    if (!roadmap) plans.set(key, (roadmap = recommend(member.profile, catalog)));
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
