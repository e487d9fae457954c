import type { Catalog, Certification, Equivalent, Level, PrepTier, Role } from "@/lib/catalog/schema";
import type { SkillId } from "@/lib/catalog/ids";
import type { Profile } from "@/lib/profile/schema";
import type { CatalogIndex } from "@/lib/recommender/catalog-index";
import type { Step } from "@/lib/recommender/roadmap-schema";
import { joinWords } from "@/lib/text/join-words";

/**
 * What the rules may ask about a profile, the catalog and the plan so far. Rules read this; only the
 * engine in recommend.ts writes to the plan.
 */
export type RuleContext = {
  /**
   * Whether the plan is explained (recommend) or an outline (recommendSteps). An outline reads no step's or
   * tier's reasons, so those rules may leave their matches' vars empty (NO_VARS) instead of writing words no
   * one reads; a warning's vars are always read (its text is in both).
   */
  explained: boolean;
  profile: Profile;
  catalog: Catalog;
  index: CatalogIndex;
  role: Role;
  /** Held certifications plus every level a held level implies (holding Advanced covers Professional). */
  covered: ReadonlySet<string>;
  /** Certification ids on the main path so far, in the order they were added. */
  planned: () => readonly string[];
  isPlanned: (id: string) => boolean;
  /** Whether a tier rule has chosen the planned step's preparation plan (the first to match a step wins). */
  hasTier: (id: string) => boolean;
  /** The ids of the rules that gave a planned step its reasons so far. */
  reasonsOf: (id: string) => readonly string[];
  /** Days from the first step's start to the last step's end; only meaningful once tiers are set. */
  totalDays: () => number;
  /** The planned steps in their order with their study windows; only meaningful once tiers are set. */
  schedule: () => readonly ScheduledStep[];
};

/** A step of the plan as the warnings see it: which certification, and its study window (inclusive). */
export type ScheduledStep = Pick<Step, "certificationId" | "start" | "end">;

/** A reference to one certification the rule is about, with the values its explanation needs. */
export type Match =
  { id: string; vars: Record<string, string | number> } | { id?: undefined; vars: Record<string, string | number> };

/** The vars of a match whose explanation is not written (see RuleContext.explained). */
export const NO_VARS: Readonly<Record<string, string | number>> = Object.freeze({});

export const REFERENCE_HOURS_PER_WEEK = 10;

/** Study hours in `days` of a guide plan, which assumes REFERENCE_HOURS_PER_WEEK a week (at least 1). */
export const studyHoursIn = (days: number): number => Math.max(1, Math.round((days * REFERENCE_HOURS_PER_WEEK) / 7));
export const FEW_HOURS = 3;
export const LONG_PLAN_DAYS = 365;
/** The tier that suits experience: at least this many years and this share of the skills a step touches. */
export const EXPERIENCED = { years: 3, skillShare: 0.75 } as const;

export const cert = (ctx: RuleContext, id: string): Certification | undefined => ctx.index.byId.get(id);
export const nameOf = (ctx: RuleContext, id: string): string => cert(ctx, id)?.shortName ?? id;

export const skillNames = (ctx: RuleContext, ids: readonly string[]): string =>
  joinWords(
    ids.map((id) => ctx.index.skillNames.get(id) ?? id),
    "no skills",
  );

export const yearsText = (years: number): string => (years === 1 ? "1 year" : `${years} years`);

export const hoursText = (hours: number): string => (hours === 1 ? "1 hour" : `${hours} hours`);

/** How long a certification stays valid: its own figure for a level, the program's general one otherwise. */
export const validityOf = (ctx: RuleContext, c: Certification): { min: number; max: number } =>
  c.kind === "level" ? c.validityYears : ctx.catalog.program.facts.validityYears;

export const isNewcomer = (p: Profile): boolean => p.years === 0 && p.skills.length === 0;

export const hasSkill = (p: Profile, skill: SkillId): boolean => p.skills.includes(skill);

export const missingSkills = (p: Profile, c: Certification): SkillId[] =>
  c.prerequisites.skills.filter((s) => !hasSkill(p, s));

const touched = new WeakMap<Certification, readonly SkillId[]>();

/** Every skill a certification touches: required, recommended, and built (kept: a tier rule asks per step). */
export function skillsTouched(c: Certification): readonly SkillId[] {
  let skills = touched.get(c);
  if (!skills) {
    skills = [...new Set([...c.prerequisites.skills, ...c.prerequisites.recommendedSkills, ...c.skillsBuilt])];
    touched.set(c, skills);
  }
  return skills;
}

/** Whether the profile shows the experience the guide accepts instead of a prerequisite level. */
export function meetsEquivalent(p: Profile, eq: Equivalent): boolean {
  return (
    p.years >= eq.minYears &&
    eq.allSkills.every((s) => hasSkill(p, s)) &&
    (eq.anySkills.length === 0 || eq.anySkills.some((s) => hasSkill(p, s)))
  );
}

/** The equivalent in words, built from its fields so it always matches what is checked. */
export function equivalentText(ctx: RuleContext, eq: Equivalent): string {
  const parts = [`at least ${yearsText(eq.minYears)} of work`];
  if (eq.allSkills.length > 0) parts.push(skillNames(ctx, eq.allSkills));
  if (eq.anySkills.length > 0) {
    const names = eq.anySkills.map((id) => ctx.index.skillNames.get(id) ?? id);
    parts.push(names.length === 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`);
  }
  return joinWords(parts);
}

/** The highest program level the person holds or will hold by the end of the plan. */
export function topLevel(ctx: RuleContext, include: "plan-and-held" | "held"): Level | undefined {
  let top: Level | undefined;
  for (const level of ctx.index.levels) {
    const reached = ctx.covered.has(level.id) || (include === "plan-and-held" && ctx.isPlanned(level.id));
    if (reached) top = level;
  }
  return top;
}

export const levelAt = (ctx: RuleContext, order: number): Level | undefined =>
  ctx.index.levels.find((l) => l.order === order);

/** Whether a certification could start now: what it requires or follows is held or planned. */
export function isReachable(ctx: RuleContext, c: Certification): boolean {
  if (c.kind === "neighbour") return c.follows === null || heldOrPlanned(ctx, c.follows);
  return c.prerequisites.levels.every((id) => heldOrPlanned(ctx, id));
}

const heldOrPlanned = (ctx: RuleContext, id: string): boolean => ctx.covered.has(id) || ctx.isPlanned(id);

/** "7–14" or "30": the days of a tier as the guide writes them. */
export const tierDays = (t: PrepTier): string =>
  t.days.min === t.days.max ? `${t.days.min}` : `${t.days.min}–${t.days.max}`;
