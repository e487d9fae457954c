import type { Catalog, Certification } from "@/lib/catalog/schema";
import type { TierId } from "@/lib/catalog/ids";
import { fromDayNumber, toDayNumber } from "@/lib/dates/iso-date";
import type { Profile } from "@/lib/profile/schema";
import { indexCatalog } from "@/lib/recommender/catalog-index";
import { REFERENCE_HOURS_PER_WEEK, sortKey, studyHoursIn, type Match, type RuleContext } from "@/lib/recommender/facts";
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
  const calendar = (d: number) => Math.max(1, Math.ceil((d * REFERENCE_HOURS_PER_WEEK) / hoursPerWeek));
  return {
    studyHours: { min: studyHoursIn(days.min), max: studyHoursIn(days.max) },
    prepDays: { min: calendar(days.min), max: calendar(days.max) },
  };
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
  const index = indexCatalog(catalog);
  const role = index.roles.get(profile.role);
  const steps = new Map<string, PlannedStep>();
  const alternatives = new Map<string, { kind: Alternative["kind"]; reasons: Reason[] }>();
  const warnings: Warning[] = [];
  const covered = coveredBy(
    profile.held.filter((id) => index.byId.has(id)),
    index.byId,
  );

  const ordered = (): [string, PlannedStep][] =>
    [...steps].sort(([a], [b]) => {
      const ca = index.byId.get(a);
      const cb = index.byId.get(b);
      if (!ca || !cb) return 0;
      return sortKey(ctx, ca) - sortKey(ctx, cb) || (index.position.get(a) ?? 0) - (index.position.get(b) ?? 0);
    });

  // The schedule changes only when a step or a tier is added (`changes` counts them); the warning rules ask
  // for it again and again, so it is worked out once per change (the steps come back in order, sorted).
  let changes = 0;
  let scheduled: { at: number; steps: Step[] } | undefined;
  const schedule = (): Step[] => {
    if (scheduled?.at !== changes) scheduled = { at: changes, steps: scheduleNow() };
    return scheduled.steps;
  };
  const scheduleNow = (): Step[] => {
    let day = toDayNumber(profile.start);
    return ordered().map(([id, step]) => {
      const c = index.byId.get(id);
      const t = c
        ? timing(c, step.tier ?? "standard", profile.hours)
        : { prepDays: { min: 1, max: 1 }, studyHours: { min: 1, max: 1 } };
      const start = fromDayNumber(day);
      day += t.prepDays.max;
      const end = fromDayNumber(day - 1);
      return {
        certificationId: id,
        tier: step.tier ?? "standard",
        reasons: step.reasons,
        ...t,
        start,
        end,
      } satisfies Step;
    });
  };

  const ctx: RuleContext = {
    profile,
    catalog,
    index,
    // parseProfile rejects unknown roles; a role-less plan still gets the rules that need no role.
    role: role ?? {
      id: profile.role,
      name: profile.role,
      recommended: [],
      source: NO_ROLE,
      rationale: "",
      paths: [],
      sources: { rationale: NO_ROLE, paths: NO_ROLE },
    },
    covered,
    planned: () => [...steps.keys()],
    isPlanned: (id) => steps.has(id),
    reasonsOf: (id) => steps.get(id)?.reasons.map((r) => r.ruleId) ?? [],
    totalDays: () => {
      let days = 0;
      for (const [id, step] of steps) {
        const c = index.byId.get(id);
        if (c) days += timing(c, step.tier ?? "standard", profile.hours).prepDays.max;
      }
      return days;
    },
    schedule: () => schedule().map(({ certificationId, start, end }) => ({ id: certificationId, start, end })),
  };

  // Without explanations (an outline), reasons are neither written nor kept: every step's list stays empty.
  const unexplained: Reason = { ruleId: "", text: "" };
  const apply = (rule: Rule, match: Match) => {
    const effect = rule.effect;
    const reason =
      explain || effect.kind === "warning" ? { ruleId: rule.id, text: fill(rule.explain, match.vars) } : unexplained;
    const id = match.id;
    if (effect.kind === "warning") {
      const code = effect.code ?? (typeof match.vars.code === "string" ? match.vars.code : rule.id);
      if (!warnings.some((w) => w.code === code && w.text === reason.text)) warnings.push({ code, text: reason.text });
      return;
    }
    if (id === undefined || !index.byId.has(id)) return;
    const step = steps.get(id);
    switch (effect.kind) {
      case "step":
        if (covered.has(id)) return;
        if (!step) {
          steps.set(id, { reasons: explain ? [reason] : [] });
          changes++;
        } else if (explain) addReason(step.reasons, reason);
        return;
      case "reason":
        if (step) addReason(step.reasons, reason);
        return;
      case "tier":
        if (step && !step.tier) {
          step.tier = effect.tier;
          changes++;
          if (explain) addReason(step.reasons, reason);
        }
        return;
      case "alternative": {
        if (covered.has(id) || step) return;
        const alt = alternatives.get(id);
        if (alt) addReason(alt.reasons, reason);
        else alternatives.set(id, { kind: effect.type, reasons: [reason] });
        return;
      }
    }
  };

  for (const rule of RULES as readonly Rule[]) {
    // Reasons and alternatives only explain and offer: an outline has neither.
    if (!explain && (rule.effect.kind === "reason" || rule.effect.kind === "alternative")) continue;
    for (const match of rule.when(ctx)) apply(rule, match);
  }

  if (!explain) return { steps: schedule().map(outlineStep), warnings };
  return {
    steps: schedule(),
    alternatives: [...alternatives]
      .sort(([a], [b]) => (index.position.get(a) ?? 0) - (index.position.get(b) ?? 0))
      .map(([certificationId, alt]) => ({ certificationId, kind: alt.kind, reasons: alt.reasons })),
    warnings,
    assumptions: assumptions(profile, catalog),
  };
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
