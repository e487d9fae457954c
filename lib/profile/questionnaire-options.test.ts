import { expect, test } from "vitest";
import { catalog } from "@/data/catalog";
import { GOAL_IDS, PATH_IDS, SKILL_IDS } from "@/lib/catalog/ids";
import { GOAL_LABELS } from "@/lib/profile/answer-labels";
import { questionnaireOptions } from "@/lib/profile/questionnaire-options";

const options = questionnaireOptions(catalog);

test("every role, skill, path and goal is offered once, by id and human name", () => {
  expect(options.roles.map((r) => r.id)).toEqual(catalog.roles.map((r) => r.id));
  expect(options.roles.find((r) => r.id === "sre")?.name).toBe("Site Reliability Engineer (SRE)");
  expect(options.skills.map((s) => s.id).sort()).toEqual([...SKILL_IDS].sort());
  expect(options.paths.map((p) => p.id).sort()).toEqual([...PATH_IDS].sort());
  expect(options.goals.map((g) => g.id)).toEqual([...GOAL_IDS]);
  expect(options.goals[0]).toEqual({
    id: "hands-on",
    name: GOAL_LABELS["hands-on"].label,
    hint: GOAL_LABELS["hands-on"].hint,
  });
  for (const option of [...options.roles, ...options.skills, ...options.paths]) expect(option.name).not.toBe("");
});

test("certifications list the program levels first, in level order, then every other certification", () => {
  const { levels, others, programName } = options.certifications;
  expect(programName).toBe(catalog.program.name);
  expect(levels.map((c) => c.id)).toEqual(["mlops-foundation", "mlops-professional", "mlops-advanced", "mlops-expert"]);
  expect([...levels, ...others].map((c) => c.id).sort()).toEqual(catalog.certifications.map((c) => c.id).sort());
  expect(others.find((c) => c.id === "finops-professional")?.name).toBe("Certified FinOps Professional");
});

test("the options survive a JSON round trip unchanged, so a server page can pass them to a client component", () => {
  expect(JSON.parse(JSON.stringify(options))).toEqual(options);
});

test("a path no certification covers says, before it is ticked, that it adds no step", () => {
  for (const path of catalog.paths) {
    const hint = options.paths.find((p) => p.id === path.id)?.hint ?? "";
    expect(hint.startsWith(path.summary)).toBe(true);
    expect(hint.includes("adds no step")).toBe(path.certifications.length === 0);
  }
  expect(options.paths.find((p) => p.id === "aiops")?.hint).toContain("adds no step");
});
