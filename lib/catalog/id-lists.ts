/**
 * The closed vocabularies as plain lists, with no zod: what the browser's pages need to draw and read answers
 * without loading the validation library. Their schemas are in ids.ts.
 */

export const SKILL_IDS = [
  "python",
  "cloud",
  "containers",
  "cicd",
  "ml-basics",
  "data-pipelines",
  "monitoring",
  "security",
] as const;
export type SkillId = (typeof SKILL_IDS)[number];

export const PATH_IDS = ["devops", "devsecops", "sre", "aiops", "mlops", "dataops", "finops"] as const;
export type PathId = (typeof PATH_IDS)[number];

export const GOAL_IDS = ["hands-on", "architect", "leadership"] as const;
export type GoalId = (typeof GOAL_IDS)[number];

export const TIER_IDS = ["fast", "standard", "extended"] as const;
export type TierId = (typeof TIER_IDS)[number];
