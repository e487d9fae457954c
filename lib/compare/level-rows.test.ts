import { expect, test } from "vitest";
import { catalog } from "@/data/catalog";
import { CatalogSchema } from "@/lib/catalog/schema";
import { syntheticCatalog } from "@/lib/catalog/synthetic";
import {
  filterLevelRows,
  HIDEABLE_LEVEL_COLUMN_IDS,
  LEVEL_COLUMN_IDS,
  LEVEL_COLUMNS,
  levelColumn,
  levelFilterOptions,
  levelOrderText,
  levelRows,
  sortLevelRows,
  type LevelRow,
} from "@/lib/compare/level-rows";

const rows = levelRows(catalog);
const row = (id: string): LevelRow => {
  const found = rows.find((r) => r.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
};
const ids = (list: readonly LevelRow[]) => list.map((r) => r.id);
const NO_FILTER = { q: "", track: null, path: null };

test("one row per certification: program levels first by order, then neighbours in catalog order", () => {
  expect(rows).toHaveLength(catalog.certifications.length);
  expect(ids(rows).slice(0, 4)).toEqual(["mlops-foundation", "mlops-professional", "mlops-advanced", "mlops-expert"]);
  const neighbours = catalog.certifications.filter((c) => c.kind === "neighbour").map((c) => c.id);
  expect(ids(rows).slice(4)).toEqual(neighbours);
});

test("a level's row carries every compared fact", () => {
  expect(row("mlops-professional")).toEqual({
    id: "mlops-professional",
    name: "Certified MLOps Professional – Professional",
    shortName: "MLOps Professional",
    trackId: "engineering",
    track: "Engineering",
    kindLabel: "Program level",
    levelOrder: 2,
    recommendedOrder: expect.any(Number),
    audience: [
      "Practising DevOps engineers.",
      "Machine learning engineers.",
      "Data engineers.",
      "In each case with at least a year of experience in cloud or data environments.",
    ],
    prerequisites:
      "Hold Foundation and know Python (certpath's reading of the guide). It is meant for people with at least a year of experience in cloud or data environments. Hands-on experience is essential to pass its practical assessment.",
    skills: expect.arrayContaining(["Automated CI/CD pipelines built for ML."]),
    prepDays: { min: 7, max: 60 },
    marks: {},
    // The standard plan's 30 days at the guide's assumed 10 hours a week.
    studyHours: { min: 43, max: 43 },
    projects: expect.any(Array),
    validityYears: { min: 2, max: 3 },
    next: [
      { relation: "same-track", id: "mlops-advanced", name: "MLOps Advanced" },
      expect.objectContaining({ relation: "cross-track" }),
      expect.objectContaining({ relation: "leadership" }),
    ],
    pathIds: ["mlops", "devops", "sre"],
    paths: ["MLOps path", "DevOps path", "SRE path"],
  });
  expect(row("mlops-professional").projects).toHaveLength(3);
});

test("a neighbour's row: summary as audience, skill names, no projects or validity, 'follows' as next", () => {
  const r = row("dataops-professional");
  expect(r.kindLabel).toBe("Neighbour: cross-track");
  expect(r.levelOrder).toBe(1.5);
  expect(r.audience).toEqual(["Cross-track step into building reliable, tested data pipelines for ML."]);
  expect(r.skills).toEqual(["Data pipelines", "Monitoring"].map((s) => expect.stringMatching(new RegExp(s, "i"))));
  expect(r.projects).toBeNull();
  expect(r.validityYears).toBeNull();
  expect(r.next).toEqual([{ relation: "follows", id: "mlops-foundation", name: "MLOps Foundation" }]);
  expect(levelColumn("next").text(r)).toBe("Follows MLOps Foundation");
});

test("an entry point of its own has no level order; neighbours sit half a step after their level", () => {
  expect(row("dataops-foundation").levelOrder).toBeNull();
  expect(row("devsecops-professional").levelOrder).toBe(2.5);
  expect(row("cto-infrastructure-program").levelOrder).toBe(3.5);
  expect(levelOrderText(null)).toBe("Own entry point");
  expect(levelOrderText(2.5)).toBe("After level 2");
  expect(levelOrderText(3)).toBe("Level 3");
});

test("recommended order ranks every certification once, levels in order, neighbours after their level", () => {
  const ranks = rows.map((r) => r.recommendedOrder).sort((a, b) => a - b);
  expect(ranks).toEqual(rows.map((_, i) => i + 1));
  expect(row("mlops-foundation").recommendedOrder).toBe(1);
  expect(row("dataops-professional").recommendedOrder).toBeLessThan(row("mlops-professional").recommendedOrder);
  expect(row("devsecops-professional").recommendedOrder).toBeGreaterThan(row("mlops-professional").recommendedOrder);
  expect(row("devsecops-professional").recommendedOrder).toBeLessThan(row("mlops-advanced").recommendedOrder);
});

test("level order sorts ordinally: Foundation < Professional < Advanced < Expert, not alphabetically", () => {
  const levelsOnly = rows.filter((r) => r.kindLabel === "Program level");
  const byLevel = sortLevelRows(levelsOnly, "level", "asc").map((r) => r.shortName);
  expect(byLevel).toEqual(["MLOps Foundation", "MLOps Professional", "MLOps Advanced", "MLOps Expert"]);
  const byName = sortLevelRows(levelsOnly, "name", "asc").map((r) => r.shortName);
  expect(byName).toEqual(["MLOps Advanced", "MLOps Expert", "MLOps Foundation", "MLOps Professional"]);
  expect(sortLevelRows(levelsOnly, "level", "desc").map((r) => r.shortName)).toEqual([
    "MLOps Expert",
    "MLOps Advanced",
    "MLOps Professional",
    "MLOps Foundation",
  ]);
});

test("every column sorts both ways, each direction the other's mirror apart from ties and nulls", () => {
  for (const id of LEVEL_COLUMN_IDS) {
    const column = levelColumn(id);
    const asc = sortLevelRows(rows, id, "asc");
    const desc = sortLevelRows(rows, id, "desc");
    expect(asc).toHaveLength(rows.length);
    const keys = (list: LevelRow[]) => list.map((r) => JSON.stringify(column.sortValue(r)));
    const present = (list: LevelRow[]) => list.filter((r) => column.sortValue(r) !== null);
    expect(keys(present(desc))).toEqual(keys(present(asc)).reverse());
    const nulls = rows.length - present(asc).length;
    for (const sorted of [asc, desc]) {
      expect(sorted.slice(sorted.length - nulls).every((r) => column.sortValue(r) === null)).toBe(true);
    }
  }
});

test("nulls last in both directions: the entry point's level, neighbours' validity and projects", () => {
  expect(sortLevelRows(rows, "level", "asc").at(-1)?.id).toBe("dataops-foundation");
  expect(sortLevelRows(rows, "level", "desc").at(-1)?.id).toBe("dataops-foundation");
  for (const dir of ["asc", "desc"] as const) {
    const sorted = sortLevelRows(rows, "validity", dir);
    expect(sorted.slice(0, 4).every((r) => r.kindLabel === "Program level")).toBe(true);
    expect(
      sortLevelRows(rows, "projects", dir)
        .slice(4)
        .every((r) => r.projects === null),
    ).toBe(true);
  }
});

test("ranges sort by bounds and lists by length, then text", () => {
  const prep = sortLevelRows(rows, "prep", "asc").map((r) => r.prepDays);
  for (let i = 1; i < prep.length; i++) {
    const [a, b] = [prep[i - 1], prep[i]];
    expect(a && b && (a.min < b.min || (a.min === b.min && a.max <= b.max))).toBe(true);
  }
  const audience = sortLevelRows(rows, "audience", "asc").map((r) => r.audience.length);
  expect(audience).toEqual([...audience].sort((a, b) => a - b));
  expect(sortLevelRows(rows, "audience", "desc")[0]?.audience.length).toBe(Math.max(...audience));
});

test("filter text matches any cell, case-insensitively, every word", () => {
  expect(ids(filterLevelRows(rows, { ...NO_FILTER, q: "kubernetes" }))).toContain("mlops-professional");
  expect(ids(filterLevelRows(rows, { ...NO_FILTER, q: "ENGINEERING" }))).toContain("mlops-professional");
  // Both words, anywhere in the row: FinOps Professional's path, or Advanced and Expert's next steps.
  expect(ids(filterLevelRows(rows, { ...NO_FILTER, q: "finops advanced" }))).toEqual([
    "mlops-advanced",
    "mlops-expert",
    "finops-professional",
  ]);
  expect(filterLevelRows(rows, { ...NO_FILTER, q: "no such words anywhere" })).toEqual([]);
  expect(filterLevelRows(rows, { ...NO_FILTER, q: "   " })).toHaveLength(rows.length);
});

test("filter text only looks at the columns it is given", () => {
  const onlyNames = filterLevelRows(rows, { ...NO_FILTER, q: "engineering" }, ["name"]);
  expect(onlyNames).toEqual([]);
});

test("track and path filters: path matches every path a certification serves", () => {
  expect(ids(filterLevelRows(rows, { ...NO_FILTER, track: "leadership" }))).toEqual([
    "ai-strategy",
    "principal-mlops-architect",
    "cto-infrastructure-program",
  ]);
  expect(ids(filterLevelRows(rows, { ...NO_FILTER, path: "sre" }))).toEqual(["mlops-professional", "mlops-advanced"]);
  expect(ids(filterLevelRows(rows, { q: "", track: "engineering", path: "sre" }))).toEqual(["mlops-professional"]);
  expect(filterLevelRows(rows, { q: "", track: "leadership", path: "sre" })).toEqual([]);
});

test("columns: every id once, the name cannot be hidden, labels are unique", () => {
  expect(LEVEL_COLUMNS.map((c) => c.id)).toEqual([...LEVEL_COLUMN_IDS]);
  expect(HIDEABLE_LEVEL_COLUMN_IDS).not.toContain("name");
  expect(HIDEABLE_LEVEL_COLUMN_IDS).toHaveLength(LEVEL_COLUMN_IDS.length - 1);
  expect(new Set(LEVEL_COLUMNS.map((c) => c.label)).size).toBe(LEVEL_COLUMNS.length);
});

test("cell texts read as a person would", () => {
  const r = row("mlops-foundation");
  expect(levelColumn("prep").text(r)).toBe("7–60 days");
  expect(levelColumn("validity").text(r)).toBe("2–3 years");
  expect(levelColumn("projects").text(r)).toMatch(/^3: /);
  expect(levelColumn("next").text(r)).toBe(
    "Same track: MLOps Professional; Cross-track: DataOps Professional; Leadership: AI Strategy",
  );
  expect(levelColumn("validity").text(row("ai-strategy"))).toBe("Not stated");
  expect(levelColumn("projects").text(row("ai-strategy"))).toBe("None listed");
});

test("filter options list the catalog's tracks and paths in order", () => {
  const options = levelFilterOptions(catalog);
  expect(options.tracks.map((t) => t.id)).toEqual(catalog.tracks.map((t) => t.id));
  expect(options.paths.map((p) => p.id)).toEqual(catalog.paths.map((p) => p.id));
});

test("a generated catalog of 10,000 certifications builds and sorts", () => {
  const big = levelRows(CatalogSchema.parse(syntheticCatalog(10_000, 50)));
  expect(big).toHaveLength(10_000);
  const sorted = sortLevelRows(big, "level", "desc");
  expect(sorted[0]?.levelOrder).toBe(20.5);
});

test("cells that are certpath's rather than the guide's say so, beside their content", () => {
  const expert = row("mlops-expert");
  expect(expert.marks).toEqual({
    prep: "certpath's estimate",
    projects: "certpath's estimate",
    skills: "certpath's reading of the guide",
  });
  expect(levelColumn("prep").text(expert)).toBe("7–60 days (certpath's estimate)");
  expect(row("mlops-professional").marks).toEqual({});
  expect(levelColumn("prep").text(row("mlops-professional"))).toBe("7–60 days");
  expect(row("dataops-foundation").marks.prep).toBe("certpath's estimate");
});
