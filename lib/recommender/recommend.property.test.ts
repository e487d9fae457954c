import fc from "fast-check";
import { expect, test } from "vitest";
import { catalog } from "@/data/catalog";
import type { Level } from "@/lib/catalog/schema";
import { arbitraryProfile } from "@/lib/profile/arbitrary-profile";
import { ProfileSchema, type Profile } from "@/lib/profile/schema";
import { meetsEquivalent } from "@/lib/recommender/facts";
import { REFERENCE_HOURS_PER_WEEK } from "@/lib/recommender/facts";
import { CatalogSchema } from "@/lib/catalog/schema";
import { syntheticCatalog } from "@/lib/catalog/synthetic";
import { outlineStep, recommend, recommendSteps } from "@/lib/recommender/recommend";
import { RoadmapSchema } from "@/lib/recommender/roadmap-schema";

const RUNS = { numRuns: 2_000 };
const profiles = arbitraryProfile(catalog);
const byId = new Map(catalog.certifications.map((c) => [c.id, c]));
const levels = catalog.certifications.filter((c): c is Level => c.kind === "level").sort((a, b) => a.order - b.order);

/** Held ids plus every level they imply, computed independently of the recommender. */
function covered(p: Profile): Set<string> {
  const out = new Set<string>();
  const visit = (id: string) => {
    if (out.has(id)) return;
    out.add(id);
    byId.get(id)?.prerequisites.levels.forEach(visit);
  };
  p.held.forEach(visit);
  return out;
}

const stepIds = (p: Profile) => recommend(p, catalog).steps.map((s) => s.certificationId);

test("every role's certifications from the guide's table are on its path unless already covered", () => {
  fc.assert(
    fc.property(profiles, (p) => {
      const role = catalog.roles.find((r) => r.id === p.role);
      const ids = stepIds(p);
      const done = covered(p);
      for (const id of role?.recommended ?? []) expect(done.has(id) || ids.includes(id)).toBe(true);
    }),
    RUNS,
  );
});

test("levels appear in order, nothing twice, nothing held or covered", () => {
  fc.assert(
    fc.property(profiles, (p) => {
      const ids = stepIds(p);
      const done = covered(p);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(done.has(id)).toBe(false);
      const orders = ids.map((id) => byId.get(id)).flatMap((c) => (c?.kind === "level" ? [c.order] : []));
      expect(orders).toEqual([...orders].sort((a, b) => a - b));
    }),
    RUNS,
  );
});

test("the next level after the highest held one is offered", () => {
  fc.assert(
    fc.property(profiles, (p) => {
      const top = levels.filter((l) => p.held.includes(l.id)).at(-1);
      const next = top ? levels.find((l) => l.order === top.order + 1) : undefined;
      fc.pre(next !== undefined);
      expect(stepIds(p)).toContain(next?.id);
    }),
    RUNS,
  );
});

test("a missing prerequisite level comes before the level that needs it, unless the equivalent is shown", () => {
  fc.assert(
    fc.property(profiles, (p) => {
      const ids = stepIds(p);
      const done = covered(p);
      ids.forEach((id, i) => {
        const c = byId.get(id);
        for (const pre of c?.prerequisites.levels ?? []) {
          if (done.has(pre)) continue;
          const eq = c?.kind === "level" ? c.equivalent : undefined;
          if (eq?.replaces === pre && meetsEquivalent(p, eq)) continue;
          expect(ids.indexOf(pre)).toBeGreaterThanOrEqual(0);
          expect(ids.indexOf(pre)).toBeLessThan(i);
        }
      });
    }),
    RUNS,
  );
});

test("a newcomer with no background starts at Foundation, on its 60-day plan, and is never told to take it first", () => {
  const newcomers = profiles.map((p) => ProfileSchema.parse({ ...p, years: 0, skills: [], held: [] }));
  fc.assert(
    fc.property(newcomers, (p) => {
      const r = recommend(p, catalog);
      expect(r.steps[0]?.certificationId).toBe("mlops-foundation");
      expect(r.steps[0]?.tier).toBe("extended");
      expect(r.warnings.some((w) => w.text.includes("Foundation first"))).toBe(false);
      // Professional on the plan expects Python, which no step teaches: that is said.
      if (r.steps.some((s) => s.certificationId === "mlops-professional")) {
        expect(r.warnings.map((w) => w.code)).toContain("missing-python");
      }
    }),
    RUNS,
  );
});

test("prep time follows the guide's tiers and scales with hours; more hours never lengthen a plan", () => {
  fc.assert(
    fc.property(profiles, fc.integer({ min: 1, max: 59 }), (p, extra) => {
      const slow = recommend(p, catalog);
      const fast = recommend({ ...p, hours: Math.min(60, p.hours + extra) }, catalog);
      expect(fast.steps.map((s) => s.certificationId)).toEqual(slow.steps.map((s) => s.certificationId));
      slow.steps.forEach((s, i) => {
        const tier = byId.get(s.certificationId)?.prep.tiers.find((t) => t.id === s.tier);
        expect(s.prepDays.max).toBe(Math.ceil(((tier?.days.max ?? 0) * REFERENCE_HOURS_PER_WEEK) / p.hours));
        expect(fast.steps[i]?.prepDays.max).toBeLessThanOrEqual(s.prepDays.max);
        expect(fast.steps[i]?.prepDays.min).toBeLessThanOrEqual(s.prepDays.min);
      });
      expect((fast.steps.at(-1)?.end ?? "") <= (slow.steps.at(-1)?.end ?? "")).toBe(true);
    }),
    RUNS,
  );
});

test("every step and alternative has a reason; alternatives are neither planned nor held", () => {
  fc.assert(
    fc.property(profiles, (p) => {
      const r = recommend(p, catalog);
      const ids = new Set(r.steps.map((s) => s.certificationId));
      const done = covered(p);
      for (const item of [...r.steps, ...r.alternatives]) {
        expect(item.reasons.length).toBeGreaterThan(0);
        for (const reason of item.reasons) expect(reason.text).not.toMatch(/\{\w+\}/);
      }
      for (const a of r.alternatives) {
        expect(ids.has(a.certificationId)).toBe(false);
        expect(done.has(a.certificationId)).toBe(false);
      }
    }),
    RUNS,
  );
});

test("each step's reasons name the answer or fact behind it", () => {
  const skillNames = new Map(catalog.skills.map((s) => [s.id, s.name]));
  fc.assert(
    fc.property(profiles, (p) => {
      const role = catalog.roles.find((r) => r.id === p.role);
      for (const s of recommend(p, catalog).steps) {
        const c = byId.get(s.certificationId);
        for (const { ruleId, text } of s.reasons) {
          if (ruleId.startsWith("role-")) expect(text).toContain(role?.name);
          if (ruleId.startsWith("goal-"))
            expect(text).toContain(
              `Your goal is ${p.goal === "hands-on" ? "hands-on" : p.goal === "architect" ? "to architect" : "leadership"}`,
            );
          if (ruleId.startsWith("interest-")) expect(text).toMatch(/path/);
          if (ruleId.startsWith("tier-")) expect(text).toMatch(/\d+(–\d+)?-day/);
          if (ruleId === "equivalent-accepted") expect(text).toContain(`${p.years} year`);
          if (ruleId === "next-after-held") expect(text).toMatch(/^You hold /);
          if (ruleId === "tier-missing-skills") {
            for (const skill of c?.prerequisites.skills.filter((x) => !p.skills.includes(x)) ?? []) {
              expect(text).toContain(skillNames.get(skill));
            }
          }
        }
      }
    }),
    RUNS,
  );
});

test("output is valid and deterministic: the same input gives byte-identical JSON", () => {
  fc.assert(
    fc.property(profiles, (p) => {
      const once = JSON.stringify(recommend(p, catalog));
      expect(JSON.stringify(recommend(structuredClone(p), catalog))).toBe(once);
      expect(RoadmapSchema.safeParse(JSON.parse(once)).success).toBe(true);
    }),
    { numRuns: 500 },
  );
});

test("recommendSteps is recommend's steps (less their reasons) and warnings, field for field, on any catalog", () => {
  const generated = CatalogSchema.parse(syntheticCatalog(300, 12));
  for (const [c, numRuns] of [
    [catalog, 2_000],
    [generated, 300],
  ] as const) {
    fc.assert(
      fc.property(arbitraryProfile(c), (p) => {
        const { steps, warnings } = recommend(p, c);
        // The same JSON text: the same steps, dates, tiers and warnings, with the fields in the same order.
        expect(JSON.stringify(recommendSteps(p, c))).toBe(JSON.stringify({ steps: steps.map(outlineStep), warnings }));
      }),
      { numRuns },
    );
  }
});
