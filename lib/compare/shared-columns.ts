import type { ColumnSpec } from "@/lib/compare/sort-values";

/**
 * Columns of the certifications table whose value is the same for every certification that has one (the
 * preparation time, the validity the program levels state, the study hours of the standard plan, the cost the
 * guide does not publish). They say nothing about which certification to choose, so the table hides them by
 * default and one line says what they have in common instead (issue 14 §5).
 */

export type SharedColumn<Id extends string> = {
  id: Id;
  label: string;
  /** The value they share, as the table would show it. */
  text: string;
  /** How many rows state a value (the rest have none: a neighbour has no validity in the guide). */
  stated: number;
  total: number;
  /** Marks some rows carry beside the shared value ("certpath's estimate"), with how many carry each. */
  marks: { label: string; count: number }[];
};

/** A column that may mark some cells as certpath's own: `plain` is the text without the mark. */
export type ShareableColumn<Row, Id extends string> = ColumnSpec<Row, Id> & {
  hideable: boolean;
  plain?: (row: Row) => string;
  mark?: (row: Row) => string | undefined;
};

/**
 * The shared columns among `columns`, in column order. A column is shared when all rows read the same, or when
 * every row that states a value states the same one. Needs two rows: one row shares everything with itself.
 */
export function sharedColumns<Row, Id extends string>(
  rows: readonly Row[],
  columns: readonly ShareableColumn<Row, Id>[],
): SharedColumn<Id>[] {
  if (rows.length < 2) return [];
  const shared: SharedColumn<Id>[] = [];
  for (const column of columns) {
    if (!column.hideable) continue;
    // The value compared is the text without its mark: a certpath estimate of 7–60 days still reads 7–60 days.
    const plain = column.plain ?? column.text;
    const texts = rows.map((row) => plain(row));
    const statedTexts = rows.filter((row) => column.sortValue(row) !== null).map((row) => plain(row));
    const allSame = texts.every((t) => t === texts[0]);
    const statedSame = statedTexts.length > 0 && statedTexts.every((t) => t === statedTexts[0]);
    if (!allSame && !statedSame) continue;
    shared.push({
      id: column.id,
      label: column.label,
      text: (allSame ? texts[0] : statedTexts[0]) ?? "",
      stated: allSame ? rows.length : statedTexts.length,
      total: rows.length,
      marks: countMarks(rows, column.mark),
    });
  }
  return shared;
}

function countMarks<Row>(rows: readonly Row[], mark: ((row: Row) => string | undefined) | undefined) {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const label = mark?.(row);
    if (label) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts].map(([label, count]) => ({ label, count }));
}

/** The line that replaces the shared columns: "Preparation time: 7–60 days for all 12. Validity: …". */
export function sharedColumnsText<Id extends string>(shared: readonly SharedColumn<Id>[]): string {
  return shared
    .map((c) => {
      const who = c.stated === c.total ? `for all ${c.total}` : `for the ${c.stated} that state one`;
      const marks = c.marks.map((m) => `${m.label} for ${m.count}`).join(", ");
      return `${c.label}: ${c.text} ${who}${marks ? ` (${marks})` : ""}.`;
    })
    .join(" ");
}
