import type { Catalog, Certification, Role } from "@/lib/catalog/schema";
import type { TierId } from "@/lib/catalog/ids";
import { fromDayNumber, toDayNumber } from "@/lib/dates/iso-date";
import type { Profile } from "@/lib/profile/schema";
import { indexCatalog, type CatalogIndex } from "@/lib/recommender/catalog-index";
import { REFERENCE_HOURS_PER_WEEK, studyHoursIn, type Match, type RuleContext } from "@/lib/recommender/facts";
import type { Alternative, Assumption, Reason, Roadmap, Step, Warning } from "@/lib/recommender/roadmap-schema";
import { RULES, type Rule } from "@/lib/recommender/rules";

const NO_ROLE = { kind: "estimate", basis: "no such role in the catalog." } as const;

type PlannedStep = { reasons: Reason[]; tier?: TierId };
type Timing = Pick<Step, "prepDays" | "studyHours">;

const compiled = new Map<string, string[]>();

/** Fills "{name}" placeholders from `vars`; an unknown name is left as it is. */
export function fill(template: string, vars: Readonly<Record<string, string | number>>): string {
  // Split once per template (odd entries are placeholder names): rules explain themselves on every call.
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    compiled.set(template, parts);
  }
  let out = "";
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? "";
    if (i % 2 === 0) out += part;
    else out += part in vars ? String(vars[part]) : `{${part}}`;
  }
  return out;
}

/**
 * Preparation time for a tier at a given pace. The guide's day counts assume about
 * REFERENCE_HOURS_PER_WEEK hours of study a week; fewer hours stretch the calendar, more compress it.
 */
export function timing(c: Certification, tier: TierId, hoursPerWeek: number): Timing {
  const days = c.prep.tiers.find((t) => t.id === tier)?.days ?? { min: 30, max: 30 };
  return {
    studyHours: { min: studyHoursIn(days.min), max: studyHoursIn(days.max) },
    prepDays: { min: calendarDays(days.min, hoursPerWeek), max: calendarDays(days.max, hoursPerWeek) },
  };
}

/** Calendar days that `days` of a guide plan take at `hoursPerWeek`. */
function calendarDays(days: number, hoursPerWeek: number): number {
  return Math.max(1, Math.ceil((days * REFERENCE_HOURS_PER_WEEK) / hoursPerWeek));
}

/** Every level a held certification stands for: holding Advanced covers Professional and Foundation. */
function coveredBy(held: readonly string[], byId: ReadonlyMap<string, Certification>): Set<string> {
  const covered = new Set<string>();
  const stack = [...held];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (covered.has(id)) continue;
    covered.add(id);
    stack.push(...(byId.get(id)?.prerequisites.levels ?? []));
  }
  return covered;
}

/**
 * The roadmap for a profile: ordered steps with reasons and dates, alternatives, warnings and the
 * assumptions used. Pure and deterministic: the same profile and catalog give the same output.
 * The profile must be valid (see parseProfile); unknown ids in it are ignored rather than trusted.
 */
export function recommend(profile: Profile, catalog: Catalog): Roadmap {
  return plan(profile, catalog, "roadmap");
}

/** A step as recommendSteps gives it: recommend's step without its reasons. */
export type OutlineStep = Omit<Step, "reasons">;
/** What recommendSteps gives: recommend's steps without their reasons, and its warnings. */
export type Outline = { steps: OutlineStep[]; warnings: Warning[] };

/** A step without its reasons (the fields in the order a Step has them). */
export function outlineStep({ certificationId, tier, prepDays, studyHours, start, end }: OutlineStep): OutlineStep {
  return { certificationId, tier, prepDays, studyHours, start, end };
}

/**
 * Exactly recommend's steps (less their reasons) and warnings for a profile, for callers that plan many
 * people and show no explanations (/team plans thousands at once). It runs the same rules, less the work
 * whose results it drops: the reason and alternative rules (which only explain and offer; no step, tier or
 * warning reads what they add), the explanation sentences of steps and tiers, and the assumptions. A
 * property test holds it to recommend's own output.
 */
export function recommendSteps(profile: Profile, catalog: Catalog): Outline {
  return plan(profile, catalog, "outline");
}

function plan(profile: Profile, catalog: Catalog, kind: "roadmap"): Roadmap;
function plan(profile: Profile, catalog: Catalog, kind: "outline"): Outline;
function plan(profile: Profile, catalog: Catalog, kind: "roadmap" | "outline"): Roadmap | Outline {
  const explain = kind === "roadmap";
  const draft = new Draft(profile, catalog, explain);
  for (const rule of RULES as readonly Rule[]) {
    // Reasons and alternatives only explain and offer: an outline has neither.
    if (!explain && (rule.effect.kind === "reason" || rule.effect.kind === "alternative")) continue;
    for (const match of rule.when(draft)) draft.apply(rule, match);
  }

  if (!explain) return { steps: draft.schedule(), warnings: draft.warnings };
  const { index } = draft;
  return {
    steps: draft.explainedSteps(),
    alternatives: [...draft.alternatives]
      .sort(([a], [b]) => (index.position.get(a) ?? 0) - (index.position.get(b) ?? 0))
      .map(([certificationId, alt]) => ({ certificationId, kind: alt.kind, reasons: alt.reasons })),
    warnings: draft.warnings,
    assumptions: assumptions(profile, catalog),
  };
}

/** Without explanations (an outline), reasons are neither written nor kept: every step's list stays empty. */
const UNEXPLAINED: Reason = { ruleId: "", text: "" };

/**
 * A plan in the making: what the rules read (RuleContext) and what the engine writes as it applies their
 * matches. A class, not closures made on every call: /team plans thousands of people at once, and under tsx
 * (`npm run bench`) each closure also cost a call of esbuild's keepNames helper.
 */
class Draft implements RuleContext {
  readonly index: CatalogIndex;
  readonly role: Role;
  readonly covered: ReadonlySet<string>;
  readonly steps = new Map<string, PlannedStep>();
  readonly alternatives = new Map<string, { kind: Alternative["kind"]; reasons: Reason[] }>();
  readonly warnings: Warning[] = [];
  // Kept until a step (or, for the schedule, a tier) is added: the rules ask for them again and again.
  private plannedIds: string[] | undefined;
  private scheduled: OutlineStep[] | undefined;

  constructor(
    readonly profile: Profile,
    readonly catalog: Catalog,
    readonly explained: boolean,
  ) {
    const index = (this.index = indexCatalog(catalog));
    // parseProfile rejects unknown roles; a role-less plan still gets the rules that need no role.
    this.role = index.roles.get(profile.role) ?? {
      id: profile.role,
      name: profile.role,
      recommended: [],
      source: NO_ROLE,
      rationale: "",
      paths: [],
      sources: { rationale: NO_ROLE, paths: NO_ROLE },
    };
    this.covered = coveredBy(
      profile.held.filter((id) => index.byId.has(id)),
      index.byId,
    );
  }

  planned(): readonly string[] {
    return (this.plannedIds ??= [...this.steps.keys()]);
  }

  isPlanned(id: string): boolean {
    return this.steps.has(id);
  }

  hasTier(id: string): boolean {
    return this.steps.get(id)?.tier !== undefined;
  }

  reasonsOf(id: string): string[] {
    return this.steps.get(id)?.reasons.map((r) => r.ruleId) ?? [];
  }

  totalDays(): number {
    let days = 0;
    for (const step of this.schedule()) days += step.prepDays.max;
    return days;
  }

  /**
   * The steps in path order (catalog order breaks ties), each starting the day after the one before ends.
   * Explained, they are the roadmap's steps (with reasons); otherwise an outline's, built as such (see
   * outlineStep for the order of their fields), rather than copied from steps with empty reasons.
   */
  schedule(): OutlineStep[] {
    if (this.scheduled) return this.scheduled;
    const { index, profile, explained } = this;
    // Sorted by insertion, each id's rank looked up once (a plan has a handful of steps; equal ranks keep the
    // order they were planned in, as a stable sort would).
    const ids: string[] = [];
    const ranks: number[] = [];
    for (const id of this.steps.keys()) {
      const rank = index.pathRank.get(id) ?? 0;
      let k = ids.length;
      for (; k > 0 && (ranks[k - 1] ?? 0) > rank; k--) {
        ids[k] = ids[k - 1] ?? "";
        ranks[k] = ranks[k - 1] ?? 0;
      }
      ids[k] = id;
      ranks[k] = rank;
    }
    const scheduled: OutlineStep[] = [];
    let day = toDayNumber(profile.start);
    for (const id of ids) {
      // Only catalog certifications are planned (apply checks), so `c` is always there.
      const c = index.byId.get(id);
      const step = this.steps.get(id);
      const tier = step?.tier ?? "standard";
      const { studyHours, prepDays } = c
        ? timing(c, tier, profile.hours)
        : { studyHours: { min: 1, max: 1 }, prepDays: { min: 1, max: 1 } };
      const start = dayText(day);
      day += prepDays.max;
      const end = dayText(day - 1);
      if (explained) {
        const withReasons: Step = {
          certificationId: id,
          tier,
          reasons: step?.reasons ?? [],
          studyHours,
          prepDays,
          start,
          end,
        };
        scheduled.push(withReasons);
      } else scheduled.push({ certificationId: id, tier, prepDays, studyHours, start, end });
    }
    return (this.scheduled = scheduled);
  }

  /** The schedule of an explained plan: each step with its reasons. */
  explainedSteps(): Step[] {
    return this.schedule() as Step[];
  }

  /** What a rule's match does to the plan (see the effects in rules.ts). */
  apply(rule: Rule, match: Match): void {
    const { effect } = rule;
    const explain = this.explained;
    const reason =
      explain || effect.kind === "warning" ? { ruleId: rule.id, text: fill(rule.explain, match.vars) } : UNEXPLAINED;
    const id = match.id;
    if (effect.kind === "warning") {
      const code = effect.code ?? (typeof match.vars.code === "string" ? match.vars.code : rule.id);
      if (!this.warnings.some((w) => w.code === code && w.text === reason.text))
        this.warnings.push({ code, text: reason.text });
      return;
    }
    if (id === undefined || !this.index.byId.has(id)) return;
    const step = this.steps.get(id);
    switch (effect.kind) {
      case "step":
        if (this.covered.has(id)) return;
        if (!step) {
          this.steps.set(id, { reasons: explain ? [reason] : [] });
          this.plannedIds = this.scheduled = undefined;
        } else if (explain) addReason(step.reasons, reason);
        return;
      case "reason":
        if (step) addReason(step.reasons, reason);
        return;
      case "tier":
        if (step && !step.tier) {
          step.tier = effect.tier;
          this.scheduled = undefined;
          if (explain) addReason(step.reasons, reason);
        }
        return;
      case "alternative": {
        if (this.covered.has(id) || step) return;
        const alt = this.alternatives.get(id);
        if (alt) addReason(alt.reasons, reason);
        else this.alternatives.set(id, { kind: effect.type, reasons: [reason] });
        return;
      }
    }
  }
}

const dayTexts = new Map<number, string>();

/**
 * fromDayNumber, kept per day: plans share their dates (a team of 5,000 has a few hundred between them), and
 * the same text for the same day is cheaper for whatever reads it next (a string's hash is kept with it).
 */
function dayText(day: number): string {
  let text = dayTexts.get(day);
  if (text === undefined) {
    if (dayTexts.size >= 20_000) dayTexts.clear(); // a server planning for years of start dates stays small
    dayTexts.set(day, (text = fromDayNumber(day)));
  }
  return text;
}

function addReason(reasons: Reason[], reason: Reason): void {
  if (!reasons.some((r) => r.ruleId === reason.ruleId && r.text === reason.text)) reasons.push(reason);
}

function assumptions(profile: Profile, catalog: Catalog): Assumption[] {
  const { validityYears, passMarkPercent } = catalog.program.facts;
  return [
    {
      id: "reference-hours-per-week",
      value: REFERENCE_HOURS_PER_WEEK,
      text: `The guide's preparation plans (7–14, 30 and 60 days) are read as about ${REFERENCE_HOURS_PER_WEEK} study hours a week.`,
    },
    {
      id: "hours-per-week",
      value: profile.hours,
      text: `Your ${profile.hours} hours a week scale each plan: days = guide days × ${REFERENCE_HOURS_PER_WEEK} ÷ ${profile.hours}, rounded up.`,
    },
    {
      id: "plan-dates",
      value: "upper-bound",
      text: "Dates follow one another from your start date and allow for the longer end of each preparation range.",
    },
    {
      id: "validity-years",
      value: `${validityYears.min}-${validityYears.max}`,
      text: `Certifications in this field usually stay valid for ${validityYears.min} to ${validityYears.max} years.`,
    },
    {
      id: "pass-mark-percent",
      value: passMarkPercent,
      text: `The pass mark is generally ${passMarkPercent}% or higher.`,
    },
  ];
}
