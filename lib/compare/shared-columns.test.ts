import { expect, test } from "vitest";
import { catalog } from "@/data/catalog";
import { LEVEL_COLUMNS, levelRows } from "@/lib/compare/level-rows";
import { sharedColumns, sharedColumnsText, type ShareableColumn } from "@/lib/compare/shared-columns";
import type { ColumnSpec } from "@/lib/compare/sort-values";

type Row = { id: string; a: string; b: number | null; c: string };
const COLUMNS: (ColumnSpec<Row, "a" | "b" | "c"> & { hideable: boolean })[] = [
  { id: "a", label: "A", hideable: false, sortValue: (r) => r.a, text: (r) => r.a },
  { id: "b", label: "B", hideable: true, sortValue: (r) => r.b, text: (r) => (r.b === null ? "None" : `${r.b}`) },
  { id: "c", label: "C", hideable: true, sortValue: (r) => r.c, text: (r) => r.c },
];
const row = (id: string, b: number | null, c: string): Row => ({ id, a: "same", b, c });

test("a column is shared when every row reads the same, or every row that states a value states the same", () => {
  const rows = [row("1", 2, "x"), row("2", null, "y"), row("3", 2, "x")];
  expect(sharedColumns(rows, COLUMNS)).toEqual([{ id: "b", label: "B", text: "2", stated: 2, total: 3, marks: [] }]);
  expect(sharedColumns([row("1", 1, "x"), row("2", 2, "x")], COLUMNS).map((c) => c.id)).toEqual(["c"]);
});

test("the row-naming column is never shared, nor is anything with fewer than two rows", () => {
  expect(sharedColumns([row("1", 1, "x"), row("2", 1, "x")], COLUMNS).map((c) => c.id)).toEqual(["b", "c"]);
  expect(sharedColumns([row("1", 1, "x")], COLUMNS)).toEqual([]);
});

test("a column nobody states (all None) is shared as what they all read", () => {
  expect(sharedColumns([row("1", null, "x"), row("2", null, "y")], COLUMNS)).toEqual([
    { id: "b", label: "B", text: "None", stated: 2, total: 2, marks: [] },
  ]);
});

test("in the catalog: preparation time, standard-plan hours, validity and cost are what all certifications share", () => {
  const shared = sharedColumns(levelRows(catalog), LEVEL_COLUMNS);
  expect(shared.map((c) => c.id)).toEqual(["prep", "hours", "validity", "cost"]);
  expect(sharedColumnsText(shared)).toBe(
    "Preparation time: 7–60 days for all 12 (certpath's estimate for 9). Study hours (standard plan): about 43 hours for all 12. " +
      "Validity: 2–3 years for the 4 that state one. Cost: Not published in the guide for all 12.",
  );
});

test("a shared value some rows mark as certpath's own is still shared, and the line counts the marks", () => {
  const marked: ShareableColumn<Row, "c">[] = [
    {
      id: "c",
      label: "C",
      hideable: true,
      sortValue: (r) => r.c,
      plain: (r) => r.c,
      mark: (r) => (r.b === null ? "an estimate" : undefined),
      text: (r) => (r.b === null ? `${r.c} (an estimate)` : r.c),
    },
  ];
  const shared = sharedColumns([row("1", 1, "x"), row("2", null, "x"), row("3", null, "x")], marked);
  expect(shared).toEqual([
    { id: "c", label: "C", text: "x", stated: 3, total: 3, marks: [{ label: "an estimate", count: 2 }] },
  ]);
  expect(sharedColumnsText(shared)).toBe("C: x for all 3 (an estimate for 2).");
});
