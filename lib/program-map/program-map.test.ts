import { expect, test } from "vitest";
import { catalog } from "@/data/catalog";
import { CatalogSchema } from "@/lib/catalog/schema";
import { syntheticCatalog } from "@/lib/catalog/synthetic";
import { mapStates, mapStateText, programMapLayout } from "@/lib/program-map/program-map";

const ids = (nodes: readonly { id: string }[]) => nodes.map((n) => n.id);

test("the real catalog: an entry column, then the four levels in order, each with what branches from it", () => {
  const map = programMapLayout(catalog);
  expect(map.count).toBe(12);
  expect(map.columns.map((c) => [c.heading, c.level?.id ?? null])).toEqual([
    ["Entry points", null],
    ["Level 1", "mlops-foundation"],
    ["Level 2", "mlops-professional"],
    ["Level 3", "mlops-advanced"],
    ["Level 4", "mlops-expert"],
  ]);
  const branches = Object.fromEntries(map.columns.map((c) => [c.key, ids(c.branches)]));
  expect(branches).toEqual({
    entry: ["dataops-foundation"],
    // Cross-track first, then specialisation, then leadership; by name within each.
    "mlops-foundation": ["dataops-professional", "cloud-specific-mlops", "ai-strategy"],
    "mlops-professional": ["devsecops-professional", "principal-mlops-architect"],
    "mlops-advanced": ["finops-professional", "cto-infrastructure-program"],
    "mlops-expert": [],
  });
});

test("every certification is on the map exactly once, with its kind, path and track by name", () => {
  const map = programMapLayout(catalog);
  const nodes = map.columns.flatMap((c) => [...(c.level ? [c.level] : []), ...c.branches]);
  expect(ids(nodes).sort()).toEqual(catalog.certifications.map((c) => c.id).sort());
  const byId = new Map(nodes.map((n) => [n.id, n]));
  expect(byId.get("mlops-professional")).toMatchObject({ kind: "Level 2", path: "MLOps path", track: "Engineering" });
  expect(byId.get("dataops-professional")).toMatchObject({ kind: "Cross-track move", path: "DataOps path" });
  expect(byId.get("ai-strategy")).toMatchObject({ kind: "Leadership move", track: "Leadership" });
  expect(byId.get("dataops-foundation")).toMatchObject({ kind: "Entry point" });
});

test("the layout follows the data: a generated catalog of 30 puts each level in order and every node once", () => {
  const generated = CatalogSchema.parse(syntheticCatalog(30, 3, 5));
  const map = programMapLayout(generated);
  const levels = map.columns.filter((c) => c.level).map((c) => c.level!.kind);
  expect(levels).toEqual(["Level 1", "Level 2", "Level 3", "Level 4", "Level 5"]);
  const nodes = map.columns.flatMap((c) => [...(c.level ? [c.level.id] : []), ...ids(c.branches)]);
  expect(nodes).toHaveLength(30);
  expect(new Set(nodes).size).toBe(30);
});

test("a neighbour after a neighbour sits under the level its chain starts from; a catalog without entries has no entry column", () => {
  const base = CatalogSchema.parse(catalog);
  const chained = {
    ...base,
    certifications: base.certifications.map((c) =>
      c.id === "dataops-foundation"
        ? { ...c, follows: "dataops-professional", placement: "specialisation" as const }
        : c,
    ),
  };
  const map = programMapLayout(chained);
  expect(map.columns[0]?.key).toBe("mlops-foundation");
  expect(ids(map.columns[0]!.branches)).toContain("dataops-foundation");
});

test("states for one person: held, step N of the plan, or not on it", () => {
  const states = mapStates(["a", "b", "c", "d"], {
    held: ["a"],
    steps: [{ certificationId: "c" }, { certificationId: "b" }],
  });
  expect(Object.fromEntries(states)).toEqual({
    a: { kind: "held" },
    b: { kind: "step", step: 2 },
    c: { kind: "step", step: 1 },
    d: { kind: "off-plan" },
  });
  expect(mapStateText(states.get("b")!, 2)).toBe("Step 2 of 2 on your plan");
  expect(mapStateText(states.get("a")!, 2)).toBe("You hold it");
  expect(mapStateText(states.get("d")!, 2)).toBe("Not on your plan");
});
