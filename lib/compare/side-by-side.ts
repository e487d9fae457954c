import type { Catalog } from "@/lib/catalog/schema";
import { LEVEL_COLUMNS, levelRows, type LevelColumnId, type LevelRow } from "@/lib/compare/level-rows";

/** The side-by-side view compares two to four certifications. */
export const SIDE_BY_SIDE_MIN = 2;
export const SIDE_BY_SIDE_MAX = 4;

export type SideBySideRow = {
  /** The attribute's column in the certifications table, so a view can render the cell the same way. */
  columnId: LevelColumnId;
  attribute: string;
  /** One text per certification, in the order of `columns`. */
  values: string[];
  /** True when the certifications do not all share the same value. */
  differs: boolean;
};

export type SideBySide = {
  /** The known certifications, in the order asked for (duplicates once, at most four). */
  columns: LevelRow[];
  /** Attributes as rows; the name is the column header, so it is not repeated as a row. */
  rows: SideBySideRow[];
  /** Ids that name no certification, in the order asked for. */
  unknown: string[];
  /** Known ids past the fourth, left out of the comparison. */
  ignored: string[];
};

/** The side-by-side comparison of `ids`, built from certification rows (what the compare page's client has). */
export function sideBySideFromRows(rows: readonly LevelRow[], ids: readonly string[]): SideBySide {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const columns: LevelRow[] = [];
  const unknown: string[] = [];
  const ignored: string[] = [];
  for (const id of new Set(ids)) {
    const row = byId.get(id);
    if (!row) unknown.push(id);
    else if (columns.length < SIDE_BY_SIDE_MAX) columns.push(row);
    else ignored.push(id);
  }
  const attributes = LEVEL_COLUMNS.filter((c) => c.id !== "name");
  return {
    columns,
    rows: attributes.map((column) => {
      const values = columns.map((row) => column.text(row));
      return {
        columnId: column.id,
        attribute: column.label,
        values,
        differs: values.some((v) => v !== values[0]),
      };
    }),
    unknown,
    ignored,
  };
}

/** The side-by-side comparison of two to four certifications in `catalog`; unknown ids are reported, not thrown. */
export function sideBySide(catalog: Catalog, ids: readonly string[]): SideBySide {
  return sideBySideFromRows(levelRows(catalog), ids);
}
