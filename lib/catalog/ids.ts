import { z } from "zod/mini";
import { lazySchema } from "@/lib/zod/lazy-schema";
import { GOAL_IDS, PATH_IDS, SKILL_IDS, TIER_IDS } from "@/lib/catalog/id-lists";

export {
  GOAL_IDS,
  PATH_IDS,
  SKILL_IDS,
  TIER_IDS,
  type GoalId,
  type PathId,
  type SkillId,
  type TierId,
} from "@/lib/catalog/id-lists";

// zod compiles fast parsers with `new Function` when it can, and probes for that by trying it: under our
// Content-Security-Policy (no 'unsafe-eval') the probe is a reported violation. Parse without it. The setting
// is global, and every schema in the app builds on this module, so it is made before any parse.
z.config({ jitless: true });

/**
 * The closed vocabularies every entrance shares: ids are lowercase-with-dashes, and skills, learning paths,
 * goals and preparation tiers are fixed lists. Apart from the catalog's schema so that the browser, which
 * needs these to check answers, never loads the catalog's whole schema.
 */

/** A lowercase, dash-separated identifier: stable across releases, used in URLs, the CLI and the API. */
export const SlugSchema = lazySchema(() =>
  z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, digits and single dashes")),
);

/** A skill a profile can claim. */
export const SkillIdSchema = z.enum(SKILL_IDS);

/** A learning path named by the guide. */
export const PathIdSchema = z.enum(PATH_IDS);

/** Where the person wants their career to go. */
export const GoalIdSchema = z.enum(GOAL_IDS);

/** The guide's three preparation plans: 7 to 14 days, 30 days and 60 days. */
export const TierIdSchema = z.enum(TIER_IDS);
