import type { Catalog } from "@/lib/catalog/schema";
import { recommend } from "@/lib/recommender/recommend";
import type { Roadmap } from "@/lib/recommender/roadmap-schema";
import type { TeamMember } from "@/lib/team/team-member";

/** A member with their roadmap: exactly what `recommend` gives their profile alone. */
export type PlannedMember = TeamMember & { roadmap: Roadmap };

/** Plans every member with the recommender as it is; the order of the team is kept. */
export function planTeam(people: readonly TeamMember[], catalog: Catalog): PlannedMember[] {
  return people.map((member) => ({ ...member, roadmap: recommend(member.profile, catalog) }));
}
