import { expect, test } from "vitest";
import { catalog } from "@/data/catalog";
import { LEVEL_COLUMNS } from "@/lib/compare/level-rows";
import { sideBySide } from "@/lib/compare/side-by-side";

test("two levels side by side: attributes as rows, one value per certification, differences marked", () => {
  const view = sideBySide(catalog, ["mlops-foundation", "mlops-advanced"]);
  expect(view.columns.map((c) => c.id)).toEqual(["mlops-foundation", "mlops-advanced"]);
  expect(view.unknown).toEqual([]);
  expect(view.rows.map((r) => r.attribute)).toEqual(LEVEL_COLUMNS.filter((c) => c.id !== "name").map((c) => c.label));
  for (const row of view.rows) expect(row.values).toHaveLength(2);
  const byAttribute = new Map(view.rows.map((r) => [r.attribute, r]));
  expect(byAttribute.get("Level")).toEqual({
    columnId: "level",
    attribute: "Level",
    values: ["Level 1", "Level 3"],
    differs: true,
  });
  expect(byAttribute.get("Validity")).toMatchObject({ values: ["2–3 years", "2–3 years"], differs: false });
  expect(byAttribute.get("Kind")?.differs).toBe(false);
  expect(byAttribute.get("Track")?.differs).toBe(true);
});

test("unknown ids are reported by name and the known ones still compare", () => {
  const view = sideBySide(catalog, ["mlops-foundation", "nope", "mlops-expert", "Not An Id"]);
  expect(view.unknown).toEqual(["nope", "Not An Id"]);
  expect(view.columns.map((c) => c.id)).toEqual(["mlops-foundation", "mlops-expert"]);
});

test("duplicates count once; past four the rest are ignored and named", () => {
  const view = sideBySide(catalog, [
    "mlops-foundation",
    "mlops-foundation",
    "mlops-professional",
    "mlops-advanced",
    "mlops-expert",
    "ai-strategy",
  ]);
  expect(view.columns).toHaveLength(4);
  expect(view.ignored).toEqual(["ai-strategy"]);
});

test("fewer than two known ids gives fewer than two columns (the view shows guidance)", () => {
  expect(sideBySide(catalog, ["mlops-foundation"]).columns).toHaveLength(1);
  expect(sideBySide(catalog, []).columns).toHaveLength(0);
  const one = sideBySide(catalog, ["mlops-foundation"]);
  expect(one.rows.every((r) => !r.differs)).toBe(true);
});

test("a level and a neighbour differ where the neighbour has no figure", () => {
  const view = sideBySide(catalog, ["mlops-foundation", "ai-strategy"]);
  const validity = view.rows.find((r) => r.columnId === "validity");
  expect(validity).toMatchObject({ values: ["2–3 years", "Not stated"], differs: true });
});
