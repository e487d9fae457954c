import { expect, test } from "vitest";
import { catalog } from "@/data/catalog";
import { parseProfile } from "@/lib/profile/parse-profile";
import type { Profile, ProfileInput } from "@/lib/profile/schema";
import { fill, recommend, timing } from "@/lib/recommender/recommend";
import { RoadmapSchema, type Roadmap } from "@/lib/recommender/roadmap-schema";
import { PHASES, RULES } from "@/lib/recommender/rules";

const START = "2027-01-04";
const ALL_SKILLS = ["python", "cloud", "containers", "cicd", "ml-basics", "data-pipelines", "monitoring", "security"];

function profile(input: Omit<ProfileInput, "start"> & { start?: string }): Profile {
  const result = parseProfile(input, catalog, { today: START });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.profile;
}

const plan = (input: Parameters<typeof profile>[0]): Roadmap => recommend(profile(input), catalog);
const ids = (r: Roadmap) => r.steps.map((s) => s.certificationId);
const step = (r: Roadmap, id: string) => r.steps.find((s) => s.certificationId === id);
const reasonsOf = (r: Roadmap, id: string) => step(r, id)?.reasons ?? [];
const ruleIds = (r: Roadmap, id: string) => reasonsOf(r, id).map((x) => x.ruleId);
const alt = (r: Roadmap, id: string) => r.alternatives.find((a) => a.certificationId === id);
const name = (id: string) => catalog.certifications.find((c) => c.id === id)?.shortName ?? id;

const EXPERIENCED = { years: 6, skills: ALL_SKILLS };

// ── the guide's role table ─────────────────────────────────────────────────────────────────────────
const ROLE_TABLE: Record<string, [string, string]> = {
  "devops-engineer": ["mlops-foundation", "mlops-professional"],
  sre: ["mlops-professional", "mlops-advanced"],
  "platform-engineer": ["mlops-professional", "mlops-advanced"],
  "cloud-engineer": ["mlops-foundation", "cloud-specific-mlops"],
  "security-engineer": ["mlops-foundation", "devsecops-professional"],
  "data-engineer": ["dataops-foundation", "mlops-professional"],
  "finops-practitioner": ["mlops-foundation", "finops-professional"],
  "engineering-manager": ["mlops-foundation", "ai-strategy"],
};

for (const [role, [first, second]] of Object.entries(ROLE_TABLE)) {
  test(`role table: ${role} gets ${first} then ${second}, each explained by the table`, () => {
    const roleName = catalog.roles.find((r) => r.id === role)?.name ?? "";
    for (const input of [
      { role },
      { role, ...EXPERIENCED },
      { role, years: 2, skills: ["python"], goal: "leadership" as const },
    ]) {
      const r = plan(input);
      const order = ids(r);
      expect(order).toContain(first);
      expect(order).toContain(second);
      expect(order.indexOf(first)).toBeLessThan(order.indexOf(second));
      for (const id of [first, second]) {
        const reason = reasonsOf(r, id).find((x) => x.ruleId === "role-table");
        expect(reason?.text).toContain(roleName);
        expect(reason?.text).toContain(name(id));
      }
    }
  });
}

test("derived roles: data scientist and ML engineer are explained as derived from the guide's text", () => {
  const ds = plan({ role: "data-scientist", years: 3, skills: ["python", "ml-basics"] });
  expect(ids(ds).slice(0, 2)).toEqual(["mlops-foundation", "mlops-professional"]);
  expect(reasonsOf(ds, "mlops-foundation")[0]?.text).toMatch(/no Data Scientist row/);
  const ml = plan({ role: "ml-engineer", years: 3, skills: ["python", "cloud"] });
  expect(ids(ml)).toEqual(expect.arrayContaining(["mlops-professional", "dataops-professional"]));
  expect(ruleIds(ml, "dataops-professional")).toContain("role-derived");
});

// ── levels, held certifications, prerequisites ─────────────────────────────────────────────────────
test("newcomer: starts at Foundation on the 60-day plan and is warned that Professional expects Python", () => {
  const r = plan({ role: "sre" });
  expect(r.steps[0]?.certificationId).toBe("mlops-foundation");
  expect(r.steps[0]?.tier).toBe("extended");
  expect(ruleIds(r, "mlops-foundation")).toEqual(expect.arrayContaining(["newcomer-foundation", "tier-newcomer"]));
  expect(r.warnings.find((w) => w.code === "missing-python")?.text).toBe(
    "MLOps Professional expects Python, which you didn't list: learn the basics before you start preparing for it.",
  );
});

test("next level after the highest held one is on the path, and nothing held comes back", () => {
  const r = plan({ role: "devops-engineer", ...EXPERIENCED, held: ["mlops-professional"] });
  expect(ids(r)).not.toContain("mlops-professional");
  // Holding Professional covers Foundation, which the role table would otherwise add.
  expect(ids(r)).not.toContain("mlops-foundation");
  expect(ids(r)[0]).toBe("mlops-advanced");
  expect(reasonsOf(r, "mlops-advanced").find((x) => x.ruleId === "next-after-held")?.text).toContain(
    "You hold MLOps Professional",
  );
});

test("holding the top level leaves only neighbours and says so", () => {
  const r = plan({ role: "sre", ...EXPERIENCED, held: ["mlops-expert"] });
  expect(r.steps.every((s) => catalog.certifications.find((c) => c.id === s.certificationId)?.kind !== "level")).toBe(
    true,
  );
  expect(r.warnings.map((w) => w.code)).toContain("program-complete");
});

test("a missing prerequisite level is planned first, with the reason naming both", () => {
  // One skill, no years: not a newcomer, but short of the Professional equivalent.
  const r = plan({ role: "sre", skills: ["cloud"] });
  expect(ids(r).slice(0, 3)).toEqual(["mlops-foundation", "mlops-professional", "mlops-advanced"]);
  const reason = reasonsOf(r, "mlops-foundation").find((x) => x.ruleId === "prerequisite-level");
  expect(reason?.text).toBe(
    "MLOps Professional requires MLOps Foundation, which you don't hold yet, so it comes first.",
  );
});

test("the guide's equivalent (a year of cloud or data work plus Python) replaces Foundation", () => {
  const r = plan({ role: "sre", years: 2, skills: ["python", "cloud"] });
  expect(ids(r)).not.toContain("mlops-foundation");
  const reason = reasonsOf(r, "mlops-professional").find((x) => x.ruleId === "equivalent-accepted");
  expect(reason?.text).toContain("2 years");
  expect(reason?.text).toContain("MLOps Foundation");
  // Python alone, or data work without Python, is not enough.
  expect(ids(plan({ role: "sre", years: 2, skills: ["python"] }))).toContain("mlops-foundation");
  expect(ids(plan({ role: "sre", years: 2, skills: ["data-pipelines"] }))).toContain("mlops-foundation");
  expect(ids(plan({ role: "sre", years: 2, skills: ["python", "data-pipelines"] }))).not.toContain("mlops-foundation");
});

test("architect goal runs the levels through Expert, each explained by the goal", () => {
  const r = plan({ role: "devops-engineer", ...EXPERIENCED, goal: "architect" });
  expect(ids(r).filter((id) => id.startsWith("mlops-"))).toEqual([
    "mlops-foundation",
    "mlops-professional",
    "mlops-advanced",
    "mlops-expert",
  ]);
  expect(reasonsOf(r, "mlops-expert")[0]?.text).toContain("architects and technical leads");
});

test("hands-on goal reaches Professional even when the role table stops below it", () => {
  const r = plan({ role: "engineering-manager", years: 3, skills: ["python", "cloud"], goal: "hands-on" });
  expect(ruleIds(r, "mlops-professional")).toContain("goal-hands-on");
});

test("leadership goal adds the leadership move after the highest planned level", () => {
  const r = plan({ role: "devops-engineer", years: 3, skills: ["python", "cloud"], goal: "leadership" });
  const move = reasonsOf(r, "principal-mlops-architect").find((x) => x.ruleId === "goal-leadership-move");
  expect(move?.text).toContain("after MLOps Professional");
  const manager = plan({ role: "engineering-manager", goal: "leadership" });
  expect(ruleIds(manager, "ai-strategy")).toEqual(expect.arrayContaining(["role-table", "goal-leadership-move"]));
  expect(ruleIds(manager, "mlops-foundation")).toContain("goal-leadership-level");
});

// ── interests and alternatives ─────────────────────────────────────────────────────────────────────
test("an interest adds its path's next certification when what it follows is planned", () => {
  const r = plan({ role: "sre", years: 5, skills: ["python", "cloud"], interests: ["finops"] });
  const reason = reasonsOf(r, "finops-professional").find((x) => x.ruleId === "interest-next");
  expect(reason?.text).toContain("FinOps path");
  // FinOps follows Advanced: it comes after it.
  expect(ids(r).indexOf("finops-professional")).toBeGreaterThan(ids(r).indexOf("mlops-advanced"));
  expect(ruleIds(r, "mlops-advanced")).not.toContain("interest-served");
});

test("an interest whose next certification is out of reach becomes an explained alternative", () => {
  const r = plan({ role: "devops-engineer", years: 3, skills: ["python", "cloud"], interests: ["finops"] });
  expect(ids(r)).not.toContain("finops-professional");
  const a = alt(r, "finops-professional");
  expect(a?.kind).toBe("interest");
  expect(a?.reasons[0]?.text).toContain("MLOps Advanced");
});

test("an interest served by a planned step is named on that step", () => {
  const r = plan({ role: "sre", years: 5, skills: ["python", "cloud"], interests: ["sre"] });
  expect(reasonsOf(r, "mlops-advanced").find((x) => x.ruleId === "interest-served")?.text).toContain("SRE path");
});

test("alternatives: next level, cross-track and leadership options, never on the path or held", () => {
  const r = plan({ role: "devops-engineer", years: 3, skills: ["python", "cloud"], held: ["dataops-professional"] });
  expect(alt(r, "mlops-advanced")?.kind).toBe("next-level");
  expect(alt(r, "devsecops-professional")?.kind).toBe("cross-track");
  expect(alt(r, "ai-strategy")?.kind).toBe("leadership");
  expect(alt(r, "dataops-professional")).toBeUndefined();
  for (const a of r.alternatives) expect(ids(r)).not.toContain(a.certificationId);
});

// ── preparation tiers and time ─────────────────────────────────────────────────────────────────────
test("tiers: missing required skill → 60 days, experienced → 7–14 days, otherwise 30 days", () => {
  const noPython = plan({ role: "sre", years: 2, skills: ["cloud", "data-pipelines"] });
  expect(step(noPython, "mlops-professional")?.tier).toBe("extended");
  expect(ruleIds(noPython, "mlops-professional")).toContain("tier-missing-skills");

  const expert = plan({ role: "sre", ...EXPERIENCED });
  expect(step(expert, "mlops-professional")?.tier).toBe("fast");
  expect(reasonsOf(expert, "mlops-professional").find((x) => x.ruleId === "tier-experienced")?.text).toContain(
    "7–14-day",
  );

  const middling = plan({ role: "sre", years: 2, skills: ["python", "cloud"] });
  expect(step(middling, "mlops-professional")?.tier).toBe("standard");
});

test("prep time follows the tier at 10 reference hours a week and scales with hours", () => {
  const pro = catalog.certifications.find((c) => c.id === "mlops-professional");
  if (!pro) throw new Error("catalog lacks mlops-professional");
  expect(timing(pro, "fast", 10).prepDays).toEqual({ min: 7, max: 14 });
  expect(timing(pro, "standard", 10).prepDays).toEqual({ min: 30, max: 30 });
  expect(timing(pro, "extended", 5).prepDays).toEqual({ min: 120, max: 120 });
  expect(timing(pro, "standard", 20).prepDays).toEqual({ min: 15, max: 15 });
  expect(timing(pro, "standard", 3).studyHours).toEqual(timing(pro, "standard", 30).studyHours);
});

test("dates run back to back from the start date, each window as long as its upper bound", () => {
  const r = plan({ role: "sre", skills: ["cloud"], start: "2027-12-20", hours: 7 });
  let expected = "2027-12-20";
  for (const s of r.steps) {
    expect(s.start).toBe(expected);
    const days = (Date.parse(s.end) - Date.parse(s.start)) / 86_400_000 + 1;
    expect(days).toBe(s.prepDays.max);
    expected = new Date(Date.parse(s.end) + 86_400_000).toISOString().slice(0, 10);
  }
});

// ── warnings ───────────────────────────────────────────────────────────────────────────────────────
test("warnings cite the answer behind them", () => {
  expect(plan({ role: "sre", hours: 2 }).warnings.find((w) => w.code === "few-hours")?.text).toContain("2 hours");
  const long = plan({ role: "sre", goal: "architect", hours: 2 });
  expect(long.warnings.find((w) => w.code === "long-plan")?.text).toMatch(
    /^At 2 hours a week the whole plan runs about \d+ years?( \d+ months?)?, more than a year;/,
  );
  expect(plan({ role: "sre", ...EXPERIENCED, hours: 10 }).warnings).toEqual([]);
});

// ── warnings never contradict the plan (issue 14) ────────────────────────────────────────────────
const onPlanOrHeld = (r: Roadmap, held: readonly string[]) => new Set([...ids(r), ...held].map((id) => name(id)));
/** Every certification a warning names, by short name. */
const namedIn = (text: string) => catalog.certifications.map((c) => c.shortName).filter((n) => text.includes(n));

test("an engineering manager aiming at leadership is not warned about levels that are not on the plan", () => {
  const r = plan({ role: "engineering-manager", years: 10, goal: "leadership", hours: 4 });
  expect(ids(r)).toEqual(["mlops-foundation", "ai-strategy"]);
  expect(r.warnings.map((w) => w.text).join(" ")).not.toContain("MLOps Professional");
  for (const w of r.warnings) for (const n of namedIn(w.text)) expect(onPlanOrHeld(r, [])).toContain(n);
  expect(reasonsOf(r, "mlops-foundation").find((x) => x.ruleId === "role-table")?.text).toBe(
    "The guide's role table recommends MLOps Foundation for an Engineering Manager.",
  );
});

test("a junior DevOps engineer with Foundation on the plan is not told to take Foundation first", () => {
  const r = plan({ role: "devops-engineer", years: 1 });
  expect(ids(r).slice(0, 2)).toEqual(["mlops-foundation", "mlops-professional"]);
  const text = r.warnings.map((w) => w.text).join(" ");
  expect(text).not.toContain("Foundation first");
  expect(text).not.toMatch(/will need at least/);
  // What the plan cannot give them is still said: Python, which no step teaches.
  expect(r.warnings.map((w) => w.code)).toContain("missing-python");
});

test("warnings over many profiles name only certifications on the plan or held", () => {
  for (const role of catalog.roles.map((x) => x.id)) {
    for (const extra of [
      {},
      { years: 10, goal: "leadership" as const },
      { years: 2, skills: ["cloud"] },
      { hours: 1 },
    ]) {
      const r = plan({ role, ...extra });
      for (const w of r.warnings) {
        for (const n of namedIn(w.text)) expect(onPlanOrHeld(r, []), `${role}: ${w.text}`).toContain(n);
      }
    }
  }
});

test("a skill an earlier step builds is not asked for again", () => {
  const p = profile({ role: "sre" });
  expect(recommend(p, catalog).warnings.map((w) => w.code)).toContain("missing-python");
  // In a catalog where Foundation (step 1) teaches Python, Professional's need for it is the plan's job.
  const teaching = structuredClone(catalog);
  const foundation = teaching.certifications.find((c) => c.id === "mlops-foundation");
  foundation?.skillsBuilt.push("python");
  const r = recommend(p, teaching);
  expect(ids(r).slice(0, 2)).toEqual(["mlops-foundation", "mlops-professional"]);
  expect(r.warnings.map((w) => w.code)).not.toContain("missing-python");
});

test("a plan at 1 hour a week says its length in years and months and warns of lapsing certifications", () => {
  const r = plan({ role: "sre", goal: "architect", hours: 1, start: "2027-01-04" });
  const long = r.warnings.find((w) => w.code === "long-plan")?.text;
  expect(long).toMatch(/^At 1 hour a week the whole plan runs about \d+ years \d+ months, more than a year;/);
  expect(long).not.toMatch(/\d{3,} days/);
  const lapse = r.warnings.find((w) => w.code === "lapse-mlops-foundation")?.text;
  const first = r.steps[0];
  const third = r.steps[2];
  expect(first?.certificationId).toBe("mlops-foundation");
  // Foundation's two years run out before step 3 ends: the warning names both steps and both dates.
  expect(lapse).toMatch(/^Step 1's certification, MLOps Foundation, may lapse before step 3, MLOps Advanced, is done/);
  expect(lapse).toContain("valid 2 to 3 years");
  expect(third && first && third.end > `${Number(first.end.slice(0, 4)) + 2}${first.end.slice(4)}`).toBe(true);
});

test("no lapse warning when every step ends within two years of the one before", () => {
  const r = plan({ role: "sre", ...EXPERIENCED, goal: "architect", hours: 10 });
  expect(r.steps.length).toBeGreaterThan(1);
  expect(r.warnings.filter((w) => w.code.startsWith("lapse-"))).toEqual([]);
});

test("an interest in a path no certification covers adds no step and says so", () => {
  const aiops = catalog.paths.find((p) => p.certifications.length === 0);
  expect(aiops?.id).toBe("aiops");
  const without = plan({ role: "sre", years: 3 });
  const withIt = plan({ role: "sre", years: 3, interests: ["aiops"] });
  expect(ids(withIt)).toEqual(ids(without));
  expect(without.warnings.map((w) => w.code)).not.toContain("interest-uncovered");
  expect(withIt.warnings.find((w) => w.code === "interest-uncovered")?.text).toBe(
    "You're interested in the AIOps path, but none of the certifications certpath lists covers it, so it adds no step to your plan.",
  );
});

// ── the rules themselves ───────────────────────────────────────────────────────────────────────────
test("rules are in phase order, with unique ids and no unfillable placeholders", () => {
  const phases = RULES.map((r) => PHASES.indexOf(r.effect.kind));
  expect(phases).toEqual([...phases].sort((a, b) => a - b));
  expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  expect(fill("{a} and {b}", { a: 1 })).toBe("1 and {b}");
});

test("every rule fires for some profile, and its reasons carry no unfilled placeholder", () => {
  const scenarios: Parameters<typeof profile>[0][] = [
    { role: "sre" },
    { role: "sre", hours: 1, goal: "architect" },
    { role: "sre", skills: ["cloud"] },
    { role: "sre", years: 2, skills: ["python", "cloud"], interests: ["sre", "finops", "aiops"] },
    { role: "sre", ...EXPERIENCED, held: ["mlops-expert"] },
    { role: "devops-engineer", years: 3, skills: ["python", "cloud"], goal: "leadership", interests: ["finops"] },
    { role: "devops-engineer", years: 3, skills: ["python", "cloud"], held: ["mlops-foundation"] },
    { role: "data-scientist", years: 2, skills: ["cloud", "data-pipelines"] },
    { role: "platform-engineer", ...EXPERIENCED },
  ];
  // A warning's code is its rule's id, the code the rule names, or missing-<skill> for skill gaps.
  const ruleOfWarning = (code: string) =>
    code.startsWith("missing-")
      ? "missing-prerequisite-skill"
      : code.startsWith("lapse-")
        ? "validity-lapse"
        : (RULES.find((rule) => rule.id === code || ("code" in rule.effect && rule.effect.code === code))?.id ?? code);
  const fired = new Set<string>();
  for (const s of scenarios) {
    const r = plan(s);
    for (const x of [...r.steps, ...r.alternatives].flatMap((i) => i.reasons)) {
      fired.add(x.ruleId);
      expect(x.text).not.toMatch(/\{\w+\}/);
    }
    for (const w of r.warnings) {
      fired.add(ruleOfWarning(w.code));
      expect(w.text).not.toMatch(/\{\w+\}/);
    }
  }
  expect([...RULES.map((r) => r.id)].filter((id) => !fired.has(id))).toEqual([]);
});

test("output matches the roadmap schema and is byte-identical across calls", () => {
  const p = profile({ role: "data-engineer", years: 1, skills: ["python"], interests: ["dataops"] });
  const a = recommend(p, catalog);
  expect(RoadmapSchema.parse(a)).toEqual(a);
  expect(JSON.stringify(recommend(p, structuredClone(catalog)))).toBe(JSON.stringify(a));
});
