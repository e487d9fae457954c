import { expect, test } from "vitest";
import { catalog } from "@/data/catalog";

const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);

test("the program's levels, in order, with the guide's tracks, validity and pass mark", () => {
  const levels = catalog.certifications.flatMap((c) => (c.kind === "level" ? [c] : []));
  expect(levels.map((l) => [l.id, l.track, l.order])).toEqual([
    ["mlops-foundation", "core-mlops", 1],
    ["mlops-professional", "engineering", 2],
    ["mlops-advanced", "architecture", 3],
    ["mlops-expert", "specialized", 4],
  ]);
  for (const l of levels) {
    expect(l.validityYears).toEqual({ min: 2, max: 3 });
    expect(l.passMarkPercent).toBe(70);
    expect(l.prep.tiers.map((t) => [t.id, t.days.min, t.days.max])).toEqual([
      ["fast", 7, 14],
      ["standard", 30, 30],
      ["extended", 60, 60],
    ]);
  }
  expect(levels.map((l) => l.prerequisites.levels)).toEqual([
    [],
    ["mlops-foundation"],
    ["mlops-professional"],
    ["mlops-advanced"],
  ]);
});

test("every id the engine, URLs and the CLI rely on exists", () => {
  expect(ids(catalog.certifications)).toEqual(
    expect.arrayContaining([
      "dataops-foundation",
      "dataops-professional",
      "devsecops-professional",
      "finops-professional",
      "ai-strategy",
      "cloud-specific-mlops",
      "principal-mlops-architect",
      "cto-infrastructure-program",
    ]),
  );
  expect(ids(catalog.roles)).toEqual([
    "devops-engineer",
    "sre",
    "platform-engineer",
    "cloud-engineer",
    "security-engineer",
    "data-engineer",
    "finops-practitioner",
    "engineering-manager",
    "data-scientist",
    "ml-engineer",
  ]);
  expect(ids(catalog.paths).sort()).toEqual(["aiops", "dataops", "devops", "devsecops", "finops", "mlops", "sre"]);
  expect(ids(catalog.tracks)).toEqual(
    expect.arrayContaining(["core-mlops", "engineering", "architecture", "specialized"]),
  );
  expect(catalog.providers).toHaveLength(9);
});

test("derived roles record their reasoning; guide roles come from its table", () => {
  for (const role of catalog.roles) {
    const derived = role.id === "data-scientist" || role.id === "ml-engineer";
    expect(role.source).toBe(derived ? "derived" : "guide-table");
    expect(role.rationale.length).toBeGreaterThan(40);
  }
});

test("no broken characters and nothing from the guide's closing advert reach the catalog", () => {
  const text = JSON.stringify(catalog);
  expect(text).not.toMatch(/โ|\uFFFD/);
  expect(text).not.toMatch(/hospital|cardiac|heart/i);
});
