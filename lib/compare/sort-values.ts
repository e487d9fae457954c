/**
 * How the comparison tables order their cells. Every sortable cell reduces to one of four kinds of value:
 * a number (orders, ranks, counts: ordinal, never alphabetical), text, a range (`{min, max}`: by min, then max)
 * or a list of texts (by length, then by its text). A missing value (null) sorts last whichever way the
 * column is sorted, so "not stated" never crowds out real figures.
 */

export type Range = { min: number; max: number };
export type SortValue = number | string | Range | readonly string[];
export type SortDirection = "asc" | "desc";

// Built on first use, not when the module loads: a page's first Intl.Collator loads ICU's collation data, 20–55 ms
// in Chromium on the build machine (80–200 ms on a slow phone), which at module scope ran inside /compare's load
// although nothing is compared until someone sorts (issue 11 §2).
let collator: Intl.Collator | undefined;

/** Compares two texts the way a reader expects: case-insensitive, with "Level 2" before "Level 10". */
export function compareText(a: string, b: string): number {
  collator ??= new Intl.Collator("en", { numeric: true, sensitivity: "base" });
  return collator.compare(a, b);
}

/** Ranges by lower bound, then upper bound. */
export function compareRanges(a: Range, b: Range): number {
  return a.min - b.min || a.max - b.max;
}

/** Lists by length, then item by item as text. */
export function compareLists(a: readonly string[], b: readonly string[]): number {
  if (a.length !== b.length) return a.length - b.length;
  for (let i = 0; i < a.length; i++) {
    const byText = compareText(a[i] ?? "", b[i] ?? "");
    if (byText !== 0) return byText;
  }
  return 0;
}

function isRange(value: unknown): value is Range {
  return (
    typeof value === "object" &&
    value !== null &&
    "min" in value &&
    "max" in value &&
    typeof value.min === "number" &&
    typeof value.max === "number"
  );
}

function isTextList(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

/** The rank of a value's kind, so that a column mixing kinds (it should not) still orders consistently. */
function kindRank(value: unknown): number {
  if (typeof value === "number") return 0;
  if (typeof value === "string") return 1;
  if (isRange(value)) return 2;
  if (isTextList(value)) return 3;
  return 4;
}

/**
 * Ascending comparison of two sort values of the same kind. Accepts `unknown` because table libraries
 * hand cell values over untyped; anything that is not a sort value compares equal to its own kind.
 * Missing values (null or undefined) are not handled here: see `compareNullsLast`.
 */
export function compareSortValues(a: unknown, b: unknown): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "string" && typeof b === "string") return compareText(a, b);
  if (isRange(a) && isRange(b)) return compareRanges(a, b);
  if (isTextList(a) && isTextList(b)) return compareLists(a, b);
  return kindRank(a) - kindRank(b);
}

/** Compares in `direction`, with null and undefined last in both directions. */
export function compareNullsLast(a: unknown, b: unknown, direction: SortDirection): number {
  const aMissing = a === null || a === undefined;
  const bMissing = b === null || b === undefined;
  if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
  const ascending = compareSortValues(a, b);
  return direction === "asc" ? ascending : -ascending;
}

/** A sorted copy of `items` by `key`, nulls last in both directions; ties keep their original order. */
export function sortByValue<T>(items: readonly T[], key: (item: T) => SortValue | null, direction: SortDirection): T[] {
  return items
    .map((item, index) => ({ item, index, value: key(item) }))
    .sort((x, y) => compareNullsLast(x.value, y.value, direction) || x.index - y.index)
    .map((entry) => entry.item);
}

/** A table column as data: how its cell reads as text and what it sorts by. */
export type ColumnSpec<Row, Id extends string> = {
  id: Id;
  label: string;
  /** The value the column sorts by; null sorts last in both directions. */
  sortValue: (row: Row) => SortValue | null;
  /** The cell as plain text. */
  text: (row: Row) => string;
};
