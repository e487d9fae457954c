import type { Certification, Level } from "@/lib/catalog/schema";
import type { PathId, TierId } from "@/lib/catalog/ids";
import { addYears } from "@/lib/dates/iso-date";
import { durationText } from "@/lib/dates/duration";
import { formatDate } from "@/lib/dates/format-date";
import type { Alternative } from "@/lib/recommender/roadmap-schema";
import { withArticle } from "@/lib/text/article";
import {
  EXPERIENCED,
  FEW_HOURS,
  LONG_PLAN_DAYS,
  NO_VARS,
  REFERENCE_HOURS_PER_WEEK,
  cert,
  equivalentText,
  hoursText,
  isNewcomer,
  isReachable,
  levelAt,
  meetsEquivalent,
  missingSkills,
  nameOf,
  skillNames,
  skillsTouched,
  tierDays,
  topLevel,
  validityOf,
  yearsText,
  type Match,
  type RuleContext,
} from "@/lib/recommender/facts";

/**
 * The recommender's rules, in the order they run. Each rule is one entry: an id (it appears in every
 * reason it produces), what it does (`effect`), the sentence it explains itself with (`explain`,
 * with {placeholders} filled from the match) and the condition (`when`), which returns one match
 * per certification it applies to and an empty list when it does not apply.
 *
 * Effects, and the phase they run in (rules are kept in phase order; a test checks it):
 * - step: put the certification on the main path (or add this reason if it is there already);
 *   held and covered certifications are never added.
 * - reason: add this reason to a step already on the path.
 * - alternative: offer it beside the path, unless it is on the path or held.
 * - tier: choose the preparation plan for a step; the first tier rule that matches a step wins.
 * - warning: tell the person something that may stand in the way.
 */

export type Effect =
  | { kind: "step" }
  | { kind: "reason" }
  | { kind: "alternative"; type: Alternative["kind"] }
  | { kind: "tier"; tier: TierId }
  | { kind: "warning"; code?: string };

export type Rule = {
  id: string;
  effect: Effect;
  explain: string;
  when: (ctx: RuleContext) => Match[];
};

export const PHASES = ["step", "reason", "alternative", "tier", "warning"] as const;

const GOAL = {
  handsOn: "hands-on",
  architect: "architect",
  leadership: "leadership",
} as const;

const each = <T>(items: readonly (T | undefined | null | false)[]): T[] => items.filter((x): x is T => Boolean(x));

/**
 * `items.flatMap(f)` as a plain loop: the rules run for every plan (a team is thousands), and V8's own flatMap
 * cost about 1 µs a call on a handful of items, ten times this.
 */
function flatMap<T, U>(items: readonly T[], f: (item: T, i: number) => readonly U[]): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) {
    const us = f(items[i] as T, i);
    for (let j = 0; j < us.length; j++) out.push(us[j] as U);
  }
  return out;
}

const pathName = (ctx: RuleContext, id: PathId) => ctx.index.paths.get(id)?.name ?? id;

/** The first certification of a learning path the person has not got and is not planning. */
function nextOnPath(ctx: RuleContext, path: PathId): Certification | undefined {
  for (const id of ctx.index.paths.get(path)?.certifications ?? []) {
    if (!ctx.covered.has(id) && !ctx.isPlanned(id)) return cert(ctx, id);
  }
  return undefined;
}

/** Levels on the plan, plus the highest one held: the levels whose next steps are worth offering. */
function levelsToBuildOn(ctx: RuleContext): Level[] {
  const held = topLevel(ctx, "held");
  return ctx.index.levels.filter((l) => ctx.isPlanned(l.id) || l.id === held?.id);
}

/**
 * A match for each planned step without a tier yet that `extra` fits (it gives the step's values, or null;
 * NO_VARS in an outline, whose tiers are not explained).
 */
function tierMatch(
  ctx: RuleContext,
  tier: TierId,
  extra: (c: Certification) => Record<string, string | number> | null,
): Match[] {
  const matches: Match[] = [];
  for (const id of ctx.planned()) {
    // The first tier rule to match a step chose its plan: later ones need not ask.
    const c = ctx.hasTier(id) ? undefined : cert(ctx, id);
    const vars = c && extra(c);
    if (!c || !vars) continue;
    if (!ctx.explained) {
      matches.push({ id, vars: NO_VARS });
      continue;
    }
    const plan = c.prep.tiers.find((t) => t.id === tier);
    const days = plan ? tierDays(plan) : "";
    // A plan the guide does not give is certpath's estimate, and the reason says so.
    const owner = c.prep.source.kind === "guide" ? "the guide's" : "certpath's estimated";
    matches.push({ id, vars: { cert: c.shortName, days, plan: `${owner} ${days}-day plan`, ...vars } });
  }
  return matches;
}

export const RULES = [
  // ── step: what goes on the main path ────────────────────────────────────────────────────────────
  {
    id: "role-table",
    effect: { kind: "step" },
    explain: "The guide's role table recommends {cert} for {role}.",
    when: (ctx) => {
      if (ctx.role.source.kind !== "guide") return [];
      const role = ctx.explained ? withArticle(ctx.role.name) : "";
      return ctx.role.recommended.map((id) => ({
        id,
        vars: ctx.explained ? { cert: nameOf(ctx, id), role } : NO_VARS,
      }));
    },
  },
  {
    id: "role-derived",
    effect: { kind: "step" },
    explain: "The guide's role table has no {role} row, so certpath recommends {cert} from its text: {rationale}",
    when: (ctx) =>
      ctx.role.source.kind !== "guide"
        ? ctx.role.recommended.map((id) => ({
            id,
            vars: { cert: nameOf(ctx, id), role: ctx.role.name, rationale: ctx.role.rationale },
          }))
        : [],
  },
  {
    id: "newcomer-foundation",
    effect: { kind: "step" },
    explain:
      "You have {years} of experience and listed no skills, so you start at {cert}, the entry level that needs no prior ML experience.",
    when: (ctx) => {
      const first = levelAt(ctx, 1);
      return isNewcomer(ctx.profile) && first
        ? [{ id: first.id, vars: { cert: first.shortName, years: yearsText(ctx.profile.years) } }]
        : [];
    },
  },
  {
    id: "next-after-held",
    effect: { kind: "step" },
    explain: "You hold {held}, so the next level up, {cert}, is on your path.",
    when: (ctx) => {
      const held = topLevel(ctx, "held");
      const next = held ? levelAt(ctx, held.order + 1) : undefined;
      return held && next ? [{ id: next.id, vars: { cert: next.shortName, held: held.shortName } }] : [];
    },
  },
  {
    id: "goal-hands-on",
    effect: { kind: "step" },
    explain:
      "Your goal is hands-on engineering, and {cert} ({track} track) is where practitioners learn to build, automate and monitor ML pipelines.",
    when: (ctx) => {
      const level = levelAt(ctx, 2);
      return ctx.profile.goal === GOAL.handsOn && level
        ? [{ id: level.id, vars: { cert: level.shortName, track: trackName(ctx, level) } }]
        : [];
    },
  },
  {
    id: "goal-architect",
    effect: { kind: "step" },
    explain: "Your goal is to architect ML platforms, and {cert} ({track} track) is the level for {audience}.",
    when: (ctx) =>
      ctx.profile.goal === GOAL.architect
        ? each([levelAt(ctx, 3), levelAt(ctx, 4)]).map((level) => ({
            id: level.id,
            vars: { cert: level.shortName, track: trackName(ctx, level), audience: level.forWhom },
          }))
        : [],
  },
  {
    id: "goal-leadership-level",
    effect: { kind: "step" },
    explain: "Your goal is leadership, and {cert} is the level the guide points managers to.",
    when: (ctx) => {
      const level = levelAt(ctx, 1);
      return ctx.profile.goal === GOAL.leadership && level ? [{ id: level.id, vars: { cert: level.shortName } }] : [];
    },
  },
  {
    id: "interest-next",
    effect: { kind: "step" },
    explain: "You're interested in the {path}, and {cert} is the next certification certpath files under it for you.",
    when: (ctx) =>
      flatMap(ctx.profile.interests, (path) => {
        const next = nextOnPath(ctx, path);
        return next && isReachable(ctx, next)
          ? [{ id: next.id, vars: { cert: next.shortName, path: pathName(ctx, path) } }]
          : [];
      }),
  },
  {
    id: "goal-leadership-move",
    effect: { kind: "step" },
    explain: "Your goal is leadership, and after {level} the guide's leadership move is {cert}.",
    when: (ctx) => {
      const top = topLevel(ctx, "plan-and-held");
      // Where the guide names several leadership options, the first it names goes on the path (the rest are alternatives).
      const move = top?.next.leadership[0];
      return ctx.profile.goal === GOAL.leadership && top && move
        ? [{ id: move, vars: { cert: nameOf(ctx, move), level: top.shortName } }]
        : [];
    },
  },
  {
    // Last of the step rules, so it sees every level the others planned.
    id: "prerequisite-level",
    effect: { kind: "step" },
    explain: "{dependent} requires {cert}, which you don't hold yet, so it comes first.",
    when: (ctx) => {
      const matches: Match[] = [];
      const queued = new Set(ctx.planned());
      const queue = [...queued];
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
        const dependent = cert(ctx, id);
        if (!dependent) continue;
        for (const pre of dependent.prerequisites.levels) {
          if (ctx.covered.has(pre) || queued.has(pre)) continue;
          const eq = dependent.kind === "level" ? dependent.equivalent : undefined;
          if (eq?.replaces === pre && meetsEquivalent(ctx.profile, eq)) continue;
          matches.push({ id: pre, vars: { cert: nameOf(ctx, pre), dependent: dependent.shortName } });
          queued.add(pre);
          queue.push(pre);
        }
      }
      return matches;
    },
  },

  // ── reason: more explanation for steps already on the path ──────────────────────────────────────
  {
    id: "equivalent-accepted",
    effect: { kind: "reason" },
    explain:
      "You have {years} and {skills}; by certpath's reading of the guide, that stands in for {replaced} before {cert} ({equivalent}).",
    when: (ctx) =>
      flatMap(ctx.index.levels, (level) => {
        const eq = level.equivalent;
        if (!eq || !ctx.isPlanned(level.id) || ctx.covered.has(eq.replaces) || ctx.isPlanned(eq.replaces)) return [];
        if (!meetsEquivalent(ctx.profile, eq)) return [];
        return [
          {
            id: level.id,
            vars: {
              cert: level.shortName,
              years: yearsText(ctx.profile.years),
              skills: skillNames(ctx, ctx.profile.skills),
              replaced: nameOf(ctx, eq.replaces),
              equivalent: equivalentText(ctx, eq),
            },
          },
        ];
      }),
  },
  {
    id: "interest-served",
    effect: { kind: "reason" },
    explain: "certpath also files it under the {path}, which interests you.",
    when: (ctx) =>
      flatMap(ctx.profile.interests, (path) =>
        (ctx.index.paths.get(path)?.certifications ?? [])
          // A step the interest itself put there already says so.
          .filter((id) => ctx.isPlanned(id) && !ctx.reasonsOf(id).includes("interest-next"))
          .map((id) => ({ id, vars: { path: pathName(ctx, path) } })),
      ),
  },

  // ── alternative: options beside the path ───────────────────────────────────────────────────────
  {
    id: "alt-next-level",
    effect: { kind: "alternative", type: "next-level" },
    explain: "Once you have {level}, the next level up is {cert}.",
    when: (ctx) => {
      const top = topLevel(ctx, "plan-and-held");
      const next = top ? levelAt(ctx, top.order + 1) : undefined;
      return top && next ? [{ id: next.id, vars: { cert: next.shortName, level: top.shortName } }] : [];
    },
  },
  {
    id: "alt-cross-track",
    effect: { kind: "alternative", type: "cross-track" },
    explain: "After {level}, the guide suggests {cert} as a cross-track move.",
    when: (ctx) =>
      flatMap(levelsToBuildOn(ctx), (l) =>
        l.next.crossTrack.map((id) => ({ id, vars: { cert: nameOf(ctx, id), level: l.shortName } })),
      ),
  },
  {
    id: "alt-leadership",
    effect: { kind: "alternative", type: "leadership" },
    explain: "After {level}, the guide's leadership option is {cert}.",
    when: (ctx) =>
      flatMap(levelsToBuildOn(ctx), (l) =>
        l.next.leadership.map((id) => ({ id, vars: { cert: nameOf(ctx, id), level: l.shortName } })),
      ),
  },
  {
    id: "alt-interest",
    effect: { kind: "alternative", type: "interest" },
    explain: "You're interested in the {path}; certpath files {cert} under it, and it fits once you have {after}.",
    when: (ctx) =>
      flatMap(ctx.profile.interests, (path) => {
        const next = nextOnPath(ctx, path);
        if (!next || isReachable(ctx, next)) return [];
        const after = next.kind === "neighbour" ? [next.follows ?? ""] : next.prerequisites.levels;
        return [
          {
            id: next.id,
            vars: {
              cert: next.shortName,
              path: pathName(ctx, path),
              after: after.map((id) => nameOf(ctx, id)).join(" and "),
            },
          },
        ];
      }),
  },

  // ── tier: which of the guide's preparation plans fits each step ─────────────────────────────────
  {
    id: "tier-newcomer",
    effect: { kind: "tier", tier: "extended" },
    explain: "With no experience or skills listed yet, plan for {plan} for {cert}.",
    when: (ctx) => (isNewcomer(ctx.profile) ? tierMatch(ctx, "extended", () => NO_VARS) : []),
  },
  {
    id: "tier-missing-skills",
    effect: { kind: "tier", tier: "extended" },
    explain: "{cert} expects {missing}, which you didn't list, so {plan} leaves time to learn it.",
    when: (ctx) =>
      tierMatch(ctx, "extended", (c) => {
        const missing = missingSkills(ctx.profile, c);
        if (missing.length === 0) return null;
        return ctx.explained ? { missing: skillNames(ctx, missing) } : NO_VARS;
      }),
  },
  {
    id: "tier-experienced",
    effect: { kind: "tier", tier: "fast" },
    explain:
      "With {years} of experience and {have} of the {total} skills {cert} touches, {plan} should do (certpath's rule of thumb: at least {minYears} years and {minShare} of the skills).",
    when: (ctx) =>
      tierMatch(ctx, "fast", (c) => {
        const touched = skillsTouched(c);
        let have = 0;
        for (const s of touched) if (ctx.profile.skills.includes(s)) have++;
        const share = touched.length === 0 ? 1 : have / touched.length;
        if (ctx.profile.years < EXPERIENCED.years || share < EXPERIENCED.skillShare) return null;
        return ctx.explained
          ? {
              years: yearsText(ctx.profile.years),
              have,
              total: touched.length,
              minYears: EXPERIENCED.years,
              minShare: `${EXPERIENCED.skillShare * 100}%`,
            }
          : NO_VARS;
      }),
  },
  {
    id: "tier-standard",
    effect: { kind: "tier", tier: "standard" },
    explain: "Your background fits the standard plan for {cert}: {plan}.",
    when: (ctx) => tierMatch(ctx, "standard", () => NO_VARS),
  },

  // ── warning: what may stand in the way ─────────────────────────────────────────────────────────
  {
    // A skill an earlier step of the plan builds is not asked for: the plan already sees to it.
    id: "missing-prerequisite-skill",
    effect: { kind: "warning" },
    explain: "{cert} expects {skill}, which you didn't list: learn the basics before you start preparing for it.",
    when: (ctx) => {
      const built = new Set<string>();
      return flatMap(ctx.schedule(), ({ certificationId: id }) => {
        const c = cert(ctx, id);
        if (!c) return [];
        const matches = missingSkills(ctx.profile, c)
          .filter((s) => !built.has(s))
          .map((s) => ({ vars: { cert: c.shortName, skill: skillNames(ctx, [s]), code: `missing-${s}` } }));
        for (const s of c.skillsBuilt) built.add(s);
        return matches;
      });
    },
  },
  {
    id: "few-hours",
    effect: { kind: "warning" },
    explain:
      "At {hours} a week each plan takes over three times as long as the guide's day counts, which certpath reads as about {reference} hours a week; even one more hour a week shortens it noticeably.",
    when: (ctx) =>
      ctx.profile.hours < FEW_HOURS && ctx.planned().length > 0
        ? [
            {
              vars: {
                hours: hoursText(ctx.profile.hours),
                reference: REFERENCE_HOURS_PER_WEEK,
              },
            },
          ]
        : [],
  },
  {
    id: "long-plan",
    effect: { kind: "warning" },
    explain:
      "At {hours} a week the whole plan runs {duration}, more than a year; more hours a week, or fewer steps, would bring it in.",
    when: (ctx) => {
      const days = ctx.totalDays();
      return days > LONG_PLAN_DAYS
        ? [{ vars: { hours: hoursText(ctx.profile.hours), duration: durationText(days) } }]
        : [];
    },
  },
  {
    // A pass counts from the end of its step (the exam); the shorter validity is the one to plan for.
    id: "validity-lapse",
    effect: { kind: "warning" },
    explain:
      "Step {n}'s certification, {cert}, may lapse before step {m}, {later}, is done: it stays valid {validity} years from passing, so possibly only until {lapse}, and step {m} ends on {end}. Plan to renew it, or study more hours a week.",
    when: (ctx) => {
      const steps = ctx.schedule();
      return flatMap(steps, (step, i) => {
        const c = cert(ctx, step.certificationId);
        // The last step has no later one to lapse before.
        if (!c || i === steps.length - 1) return [];
        const validity = validityOf(ctx, c);
        const lapse = addYears(step.end, validity.min);
        let m = i + 1;
        while (m < steps.length && !((steps[m]?.end ?? "") > lapse)) m++;
        const later = steps[m];
        if (!later) return [];
        return [
          {
            vars: {
              code: `lapse-${step.certificationId}`,
              n: i + 1,
              cert: c.shortName,
              m: m + 1,
              later: nameOf(ctx, later.certificationId),
              validity: validity.min === validity.max ? `${validity.min}` : `${validity.min} to ${validity.max}`,
              lapse: formatDate(lapse),
              end: formatDate(later.end),
            },
          },
        ];
      });
    },
  },
  {
    // A path whose list is empty (the guide's AIOps path: AI for operations, which no certification here is
    // about) would otherwise be ticked and then silently ignored.
    id: "interest-uncovered",
    effect: { kind: "warning" },
    explain:
      "You're interested in {paths}, but none of the certifications certpath lists covers it, so it adds no step to your plan.",
    when: (ctx) => {
      const uncovered = ctx.profile.interests.filter((path) => ctx.index.paths.get(path)?.certifications.length === 0);
      return uncovered.length > 0
        ? [{ vars: { paths: uncovered.map((path) => `the ${pathName(ctx, path)}`).join(" and ") } }]
        : [];
    },
  },
  {
    id: "program-complete",
    effect: { kind: "warning" },
    explain: "You hold {cert}, the program's top level, so only neighbouring certifications are left to suggest.",
    when: (ctx) => {
      const top = ctx.index.levels.at(-1);
      return top && ctx.covered.has(top.id) ? [{ vars: { cert: top.shortName } }] : [];
    },
  },
] as const satisfies readonly Rule[];

export type RuleId = (typeof RULES)[number]["id"];

function trackName(ctx: RuleContext, c: Certification): string {
  return ctx.catalog.tracks.find((t) => t.id === c.track)?.name ?? c.track;
}
