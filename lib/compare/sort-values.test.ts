import fc from "fast-check";
import { expect, test, vi } from "vitest";
import {
  compareLists,
  compareNullsLast,
  compareRanges,
  compareSortValues,
  compareText,
  sortByValue,
  type SortValue,
} from "@/lib/compare/sort-values";

test("text compares case-insensitively and numbers inside text numerically", () => {
  expect(compareText("apple", "Banana")).toBeLessThan(0);
  expect(compareText("Level 2", "Level 10")).toBeLessThan(0);
  expect(compareText("MLOps", "mlops")).toBe(0);
});

test("the text comparer is built on first use, once, not when the module loads (a page's first costs 20–55 ms)", async () => {
  vi.resetModules();
  const Real = Intl.Collator;
  const built = vi.spyOn(Intl, "Collator").mockImplementation(function (...args: ConstructorParameters<typeof Real>) {
    return new Real(...args);
  } as typeof Real);
  try {
    const fresh = await import("@/lib/compare/sort-values");
    expect(built).not.toHaveBeenCalled();
    expect(fresh.compareText("b", "a")).toBeGreaterThan(0);
    expect(fresh.compareText("a", "b")).toBeLessThan(0);
    expect(built).toHaveBeenCalledTimes(1);
  } finally {
    built.mockRestore();
  }
});

test("numbers compare as numbers, never as text (10 after 9, 1.5 between 1 and 2)", () => {
  expect([10, 9, 1.5, 2, 1].sort(compareSortValues)).toEqual([1, 1.5, 2, 9, 10]);
});

test("ranges compare by min, then by max", () => {
  const ranges = [
    { min: 7, max: 60 },
    { min: 2, max: 3 },
    { min: 7, max: 14 },
    { min: 2, max: 2 },
  ];
  expect([...ranges].sort(compareRanges)).toEqual([
    { min: 2, max: 2 },
    { min: 2, max: 3 },
    { min: 7, max: 14 },
    { min: 7, max: 60 },
  ]);
});

test("lists compare by length, then item by item as text", () => {
  expect(compareLists(["z"], ["a", "b"])).toBeLessThan(0);
  expect(compareLists(["a", "c"], ["a", "b"])).toBeGreaterThan(0);
  expect(compareLists(["A", "b"], ["a", "B"])).toBe(0);
  expect(compareLists([], ["a"])).toBeLessThan(0);
});

test("nulls sort last in both directions", () => {
  const values: (number | null)[] = [3, null, 1, null, 2];
  expect(sortByValue(values, (v) => v, "asc")).toEqual([1, 2, 3, null, null]);
  expect(sortByValue(values, (v) => v, "desc")).toEqual([3, 2, 1, null, null]);
  expect(compareNullsLast(undefined, 1, "asc")).toBe(1);
  expect(compareNullsLast(undefined, 1, "desc")).toBe(1);
  expect(compareNullsLast(null, undefined, "desc")).toBe(0);
});

test("ties keep their original order in both directions (a stable sort)", () => {
  const items = [
    { id: "a", v: 1 },
    { id: "b", v: 0 },
    { id: "c", v: 1 },
    { id: "d", v: 0 },
  ];
  expect(sortByValue(items, (i) => i.v, "asc").map((i) => i.id)).toEqual(["b", "d", "a", "c"]);
  expect(sortByValue(items, (i) => i.v, "desc").map((i) => i.id)).toEqual(["a", "c", "b", "d"]);
});

const sortValue: fc.Arbitrary<SortValue | null> = fc.oneof(fc.constant(null), fc.integer({ min: -5, max: 5 }));

test("property: descending is ascending reversed, apart from nulls which stay last", () => {
  fc.assert(
    fc.property(fc.array(sortValue), (values) => {
      const asc = sortByValue(values, (v) => v, "asc");
      const desc = sortByValue(values, (v) => v, "desc");
      const present = (xs: (SortValue | null)[]) => xs.filter((x) => x !== null);
      expect(present(desc)).toEqual([...present(asc)].reverse());
      const nulls = values.filter((v) => v === null).length;
      expect(asc.slice(asc.length - nulls).every((v) => v === null)).toBe(true);
      expect(desc.slice(desc.length - nulls).every((v) => v === null)).toBe(true);
    }),
  );
});

test("property: the comparator is antisymmetric on every kind of value, mixed kinds included", () => {
  const anyValue = fc.oneof(
    fc.integer(),
    fc.string(),
    fc.record({ min: fc.integer(), max: fc.integer() }),
    fc.array(fc.string(), { maxLength: 3 }),
  );
  fc.assert(
    fc.property(anyValue, anyValue, (a, b) => {
      expect(Math.sign(compareSortValues(a, b))).toBe(-Math.sign(compareSortValues(b, a)) || 0);
    }),
  );
});
