import { z } from "zod/mini";
import {
  PATH_IDS,
  PathIdSchema,
  SKILL_IDS,
  SkillIdSchema,
  SlugSchema,
  TIER_IDS,
  TierIdSchema,
} from "@/lib/catalog/ids";
import { SourceSchema, SourcedTextSchema } from "@/lib/catalog/source";

/**
 * The catalog's schemas. Every type in certpath that describes catalog data is inferred from here;
 * the data lives in data/ and is parsed with `CatalogSchema` once, at module load.
 *
 * Provenance: every fact-bearing entry has a `source` (lib/catalog/source.ts): the guide's section it comes
 * from, or certpath's estimate or reading with its basis. Where one part of an entry comes from elsewhere
 * than the rest, that part carries its own source (a certification's `sources`, its prerequisites'
 * statements, its plan, its equivalent, its next steps; a role's or a path's `sources`).
 */

const TextSchema = z.string().check(z.trim(), z.minLength(1));
const TextListSchema = z.array(TextSchema);

const PositiveIntSchema = z.int().check(z.positive());

export const DayRangeSchema = z
  .strictObject({ min: PositiveIntSchema, max: PositiveIntSchema })
  .check(z.refine((r) => r.min <= r.max, { message: "min must not exceed max" }));
export type DayRange = z.infer<typeof DayRangeSchema>;

export const PrepTierSchema = z.strictObject({
  id: TierIdSchema,
  days: DayRangeSchema,
  focus: TextSchema,
});
export type PrepTier = z.infer<typeof PrepTierSchema>;

/** Exactly the three tiers, in the order fast, standard, extended. */
export const PrepPlanSchema = z
  .strictObject({
    /** The guide's plan for this level, or certpath's estimate where the guide gives none. */
    source: SourceSchema,
    tiers: z.tuple([PrepTierSchema, PrepTierSchema, PrepTierSchema]),
  })
  .check(
    z.superRefine((plan, ctx) => {
      plan.tiers.forEach((tier, i) => {
        if (tier.id !== TIER_IDS[i]) {
          ctx.addIssue({ code: "custom", path: ["tiers", i, "id"], message: `Tier ${i + 1} must be "${TIER_IDS[i]}"` });
        }
      });
    }),
  );
export type PrepPlan = z.infer<typeof PrepPlanSchema>;

export const PrerequisitesSchema = z.strictObject({
  /** Levels that must be held (or planned) first. */
  levels: z.array(SlugSchema),
  /** Skills the certification expects before preparation starts. */
  skills: z.array(SkillIdSchema),
  /** Background that helps but is not required. */
  recommendedSkills: z.array(SkillIdSchema),
  /** In words, one sentence per source, as a person would read it: the guide's first, then certpath's. */
  statements: z.array(SourcedTextSchema).check(z.minLength(1)),
});

/**
 * Experience the guide accepts in place of a prerequisite level: at least `minYears` of work,
 * every skill in `allSkills` and at least one of `anySkills`.
 */
export const EquivalentSchema = z.strictObject({
  replaces: SlugSchema,
  minYears: z.int().check(z.minimum(0)),
  allSkills: z.array(SkillIdSchema),
  anySkills: z.array(SkillIdSchema),
  text: TextSchema,
  source: SourceSchema,
});
export type Equivalent = z.infer<typeof EquivalentSchema>;

export const YearRangeSchema = z
  .strictObject({ min: PositiveIntSchema, max: PositiveIntSchema })
  .check(z.refine((r) => r.min <= r.max, { message: "min must not exceed max" }));

/** Parts of a certification whose source differs from the entry's own `source`. */
export const CertificationSourcesSchema = z.strictObject({
  name: z.optional(SourceSchema),
  summary: z.optional(SourceSchema),
  track: z.optional(SourceSchema),
  path: z.optional(SourceSchema),
  audience: z.optional(SourceSchema),
  skillsCovered: z.optional(SourceSchema),
  skillsBuilt: z.optional(SourceSchema),
  projects: z.optional(SourceSchema),
  mistakes: z.optional(SourceSchema),
  /** Validity and pass mark. */
  figures: z.optional(SourceSchema),
  placement: z.optional(SourceSchema),
});
export type CertificationSources = z.infer<typeof CertificationSourcesSchema>;
export type CertificationPart = keyof CertificationSources;

const certificationBase = {
  id: SlugSchema,
  name: TextSchema,
  /** A short label for tables and calendar entries. */
  shortName: TextSchema,
  summary: TextSchema,
  track: SlugSchema,
  path: PathIdSchema,
  prerequisites: PrerequisitesSchema,
  /** Profile skills that preparing for this certification builds (the skill-gap view). */
  skillsBuilt: z.array(SkillIdSchema),
  prep: PrepPlanSchema,
  /** Where the certification and its description come from: the default for every part of it. */
  source: SourceSchema,
  /** Parts that come from somewhere else than `source`. */
  sources: z.optional(CertificationSourcesSchema),
  /** Where certpath had to infer a fact the guide leaves out, and why. */
  notes: TextListSchema,
};

export const LevelSchema = z.strictObject({
  ...certificationBase,
  kind: z.literal("level"),
  /** The guide's recommended order, 1 (Foundation) to 4 (Expert). */
  order: PositiveIntSchema,
  /** "Who it's for" in the guide's level table, lowercase, to read inside a sentence. */
  forWhom: TextSchema,
  audience: z.array(TextSchema).check(z.minLength(1)),
  skillsCovered: z.array(TextSchema).check(z.minLength(1)),
  equivalent: z.optional(EquivalentSchema),
  projects: z.array(TextSchema).check(z.minLength(1)),
  mistakes: z.array(TextSchema).check(z.minLength(1)),
  /** "What it is": the guide's description of the level, one fact per item. */
  about: z.array(TextSchema).check(z.minLength(1)),
  /** The guide's "best next certification" options; each may name several, or none in the catalog. */
  next: z.strictObject({
    sameTrack: z.array(SlugSchema),
    crossTrack: z.array(SlugSchema),
    leadership: z.array(SlugSchema),
    /** What the guide adds that is not a catalog entry (toolchains, roles to aim for), in words. */
    beyond: z.optional(TextSchema),
    source: SourceSchema,
  }),
  validityYears: YearRangeSchema,
  passMarkPercent: z.int().check(z.minimum(1), z.maximum(100)),
});
export type Level = z.infer<typeof LevelSchema>;

export const NeighbourSchema = z.strictObject({
  ...certificationBase,
  kind: z.literal("neighbour"),
  /** The program level the guide places this after, or null for an entry point of its own. */
  follows: z.nullable(SlugSchema),
  /** How it relates to the program: its own entry point, a cross-track or leadership move, or a specialisation. */
  placement: z.enum(["entry", "cross-track", "leadership", "specialisation"]),
});
export type Neighbour = z.infer<typeof NeighbourSchema>;

export const CertificationSchema = z.discriminatedUnion("kind", [LevelSchema, NeighbourSchema]);
export type Certification = z.infer<typeof CertificationSchema>;

export const TrackSchema = z.strictObject({
  id: SlugSchema,
  name: TextSchema,
  summary: TextSchema,
  source: SourceSchema,
});
export type Track = z.infer<typeof TrackSchema>;

export const RoleSchema = z.strictObject({
  id: SlugSchema,
  name: TextSchema,
  /** Recommended certifications, in the order the guide lists them. */
  recommended: z.array(SlugSchema).check(z.minLength(1)),
  /** The guide's role table for its eight rows; certpath's reading of the guide's text for the others. */
  source: SourceSchema,
  /** Why these certifications: for derived roles, the reasoning from the guide's text. */
  rationale: TextSchema,
  paths: z.array(PathIdSchema).check(z.minLength(1)),
  /** Where the rationale and the role's learning paths come from (the role table has neither). */
  sources: z.strictObject({ rationale: SourceSchema, paths: SourceSchema }),
});
export type Role = z.infer<typeof RoleSchema>;

export const LearningPathSchema = z.strictObject({
  id: PathIdSchema,
  name: TextSchema,
  summary: TextSchema,
  /** What the guide says about the path, one point per item. */
  specifics: z.array(TextSchema).check(z.minLength(1)),
  source: SourceSchema,
  /** Certifications that serve this path, in the order to take them. */
  certifications: z.array(SlugSchema),
  /** The guide's paths name no certifications: where this list comes from. */
  sources: z.strictObject({ certifications: SourceSchema }),
});
export type LearningPath = z.infer<typeof LearningPathSchema>;

export const SkillSchema = z.strictObject({
  id: SkillIdSchema,
  name: TextSchema,
  description: TextSchema,
  source: SourceSchema,
});
export type Skill = z.infer<typeof SkillSchema>;

export const ProviderSchema = z.strictObject({
  id: SlugSchema,
  name: TextSchema,
  focus: TextSchema,
  /** What the guide says about the provider, one point per item. */
  specifics: z.array(TextSchema).check(z.minLength(1)),
  paths: z.array(PathIdSchema).check(z.minLength(1)),
  hostsProgram: z.boolean(),
  /** Hands-on labs and a learners' community: null where the guide does not say. */
  labs: z.nullable(z.boolean()),
  community: z.nullable(z.boolean()),
  source: SourceSchema,
  /** Which providers train for which path is certpath's reading of each description. */
  sources: z.strictObject({ paths: SourceSchema }),
});
export type Provider = z.infer<typeof ProviderSchema>;

export const FaqSchema = z.strictObject({
  id: SlugSchema,
  question: TextSchema,
  answer: TextSchema,
  source: SourceSchema,
});
export type Faq = z.infer<typeof FaqSchema>;

export const ProgramSchema = z.strictObject({
  name: TextSchema,
  host: TextSchema,
  summary: TextSchema,
  assessment: TextSchema,
  /** What the program teaches, to read after "The whole program teaches": vendor-neutral principles and where. */
  scope: TextSchema,
  /** Audiences the guide names only in its prose, for the program as a whole. */
  audiences: z.array(SourcedTextSchema),
  source: SourceSchema,
  /** The FAQ's figures, used by the recommender and shown as assumptions. */
  facts: z.strictObject({
    validityYears: YearRangeSchema,
    passMarkPercent: z.int().check(z.minimum(1), z.maximum(100)),
    professionalPrepDays: DayRangeSchema,
    examFormat: TextSchema,
    tools: z.array(TextSchema).check(z.minLength(1)),
    source: SourceSchema,
  }),
});

const CatalogShapeSchema = z.strictObject({
  program: ProgramSchema,
  tracks: z.array(TrackSchema).check(z.minLength(1)),
  certifications: z.array(CertificationSchema).check(z.minLength(1)),
  roles: z.array(RoleSchema).check(z.minLength(1)),
  paths: z.array(LearningPathSchema),
  skills: z.array(SkillSchema),
  providers: z.array(ProviderSchema),
  faq: z.array(FaqSchema),
});

type CatalogShape = z.infer<typeof CatalogShapeSchema>;
type Issue = { path: (string | number)[]; message: string };

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const dupes = new Set<string>();
  for (const id of ids) (seen.has(id) ? dupes : seen).add(id);
  return [...dupes];
}

/** Every referential problem in a catalog: unknown or duplicate ids, prerequisite cycles, gaps. */
export function catalogIssues(c: CatalogShape): Issue[] {
  const issues: Issue[] = [];
  const certIds = new Set(c.certifications.map((x) => x.id));
  const trackIds = new Set(c.tracks.map((t) => t.id));
  const byId = new Map(c.certifications.map((x) => [x.id, x]));
  const levelIds = new Set(c.certifications.filter((x) => x.kind === "level").map((x) => x.id));

  const unique = (ids: string[], path: (string | number)[], what: string) => {
    for (const id of duplicates(ids)) issues.push({ path, message: `Duplicate ${what} id "${id}"` });
  };
  unique(
    c.tracks.map((t) => t.id),
    ["tracks"],
    "track",
  );
  unique(
    c.certifications.map((x) => x.id),
    ["certifications"],
    "certification",
  );
  unique(
    c.roles.map((r) => r.id),
    ["roles"],
    "role",
  );
  unique(
    c.paths.map((p) => p.id),
    ["paths"],
    "learning path",
  );
  unique(
    c.skills.map((s) => s.id),
    ["skills"],
    "skill",
  );
  unique(
    c.providers.map((p) => p.id),
    ["providers"],
    "provider",
  );
  unique(
    c.faq.map((f) => f.id),
    ["faq"],
    "FAQ",
  );

  const known = (id: string | null, path: (string | number)[], levelOnly = false) => {
    if (id === null) return;
    if (!certIds.has(id)) issues.push({ path, message: `Unknown certification id "${id}"` });
    else if (levelOnly && !levelIds.has(id)) issues.push({ path, message: `"${id}" is not a program level` });
  };

  const orders = new Map<number, string>();
  c.certifications.forEach((cert, i) => {
    const at = ["certifications", i];
    if (!trackIds.has(cert.track)) issues.push({ path: [...at, "track"], message: `Unknown track id "${cert.track}"` });
    cert.prerequisites.levels.forEach((id, j) => known(id, [...at, "prerequisites", "levels", j], true));
    if (cert.kind === "level") {
      const clash = orders.get(cert.order);
      if (clash) issues.push({ path: [...at, "order"], message: `Order ${cert.order} is used by "${clash}" too` });
      orders.set(cert.order, cert.id);
      for (const relation of ["sameTrack", "crossTrack", "leadership"] as const) {
        cert.next[relation].forEach((id, j) => known(id, [...at, "next", relation, j]));
      }
      if (cert.equivalent && !cert.prerequisites.levels.includes(cert.equivalent.replaces)) {
        issues.push({
          path: [...at, "equivalent", "replaces"],
          message: `The equivalent replaces "${cert.equivalent.replaces}", which is not a prerequisite`,
        });
      }
    } else {
      known(cert.follows, [...at, "follows"], true);
    }
  });

  c.roles.forEach((role, i) => role.recommended.forEach((id, j) => known(id, ["roles", i, "recommended", j])));
  c.paths.forEach((p, i) => p.certifications.forEach((id, j) => known(id, ["paths", i, "certifications", j])));
  for (const id of SKILL_IDS) {
    if (!c.skills.some((s) => s.id === id))
      issues.push({ path: ["skills"], message: `Skill "${id}" is not described` });
  }
  for (const id of PATH_IDS) {
    if (!c.paths.some((p) => p.id === id)) issues.push({ path: ["paths"], message: `Path "${id}" is not described` });
  }

  for (const cycle of prerequisiteCycles(byId)) {
    issues.push({ path: ["certifications"], message: `Prerequisite cycle: ${cycle.join(" → ")}` });
  }
  return issues;
}

/** Each prerequisite cycle found by a depth-first walk, as the ids along it (first id repeated at the end). */
export function prerequisiteCycles(
  byId: ReadonlyMap<string, { prerequisites: { levels: readonly string[] } }>,
): string[][] {
  const state = new Map<string, "open" | "done">();
  const cycles: string[][] = [];
  const stack: string[] = [];
  const visit = (id: string) => {
    const mark = state.get(id);
    if (mark === "done") return;
    if (mark === "open") {
      cycles.push([...stack.slice(stack.indexOf(id)), id]);
      return;
    }
    state.set(id, "open");
    stack.push(id);
    for (const next of byId.get(id)?.prerequisites.levels ?? []) visit(next);
    stack.pop();
    state.set(id, "done");
  };
  for (const id of byId.keys()) visit(id);
  return cycles;
}

/** The whole catalog, with every id checked against every other. */
export const CatalogSchema = CatalogShapeSchema.check(
  z.superRefine((catalog, ctx) => {
    for (const issue of catalogIssues(catalog)) ctx.addIssue({ code: "custom", ...issue });
  }),
);
export type Catalog = z.infer<typeof CatalogSchema>;
export type CatalogInput = z.input<typeof CatalogSchema>;
