"use client";

import {
  columnVisibilityFeature,
  createSortedRowModel,
  functionalUpdate,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnHelper,
  type Cell,
  type ColumnVisibilityState,
  type Row,
  type RowData,
  type SortingState,
} from "@tanstack/react-table";
import { memo, useEffect, useId, useState, type ReactNode } from "react";
import styles from "@/components/compare/sortable-table.module.css";
import { afterIntent } from "@/components/ui/after-intent";
import { HydrateOnUse } from "@/components/ui/hydrate-on-use";
import { compareSortValues, compareText, type SortValue } from "@/lib/compare/sort-values";

/**
 * An accessible sortable table on TanStack Table v9, following the W3C sortable table pattern: a caption,
 * `<th scope="col" aria-sort>` whose text is a `<button>` that toggles the sort (click, Enter or Space),
 * a polite live region that says how the table is now sorted, and a focusable, labelled scroll region so the
 * table stays usable on a 360 px screen. The sort is controlled: the caller owns it (and keeps it in the URL).
 *
 * Features and columns live at module scope (TanStack re-processes rows when they change identity), and
 * this file must not be compiled by React Compiler: the table instance is mutable and memoised rows rely on
 * TanStack's stable row objects.
 */

/** What every column tells the shell: its plain-text label, and whether its cells head their row. */
export type ColumnMeta = { label: string; rowHeader?: boolean };

export const TABLE_FEATURES = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  sortedRowModel: createSortedRowModel(),
  // A type-only slot (TanStack strips it at runtime): it types `columnDef.meta` for this feature set.
  columnMeta: {} as ColumnMeta,
});
type Features = typeof TABLE_FEATURES;
/** The feature set every compare table shares: `createColumnHelper<SortableTableFeatures, Row>()`. */
export type SortableTableFeatures = Features;

/** The column list `createColumnHelper<typeof TABLE_FEATURES, TData>().columns([...])` returns. */
export type TableColumns<TData extends RowData> = ReturnType<ColumnHelper<Features, TData>["columns"]>;

/**
 * Sorts by the column's value as lib/compare orders it (numbers ordinally, ranges by bounds, lists by
 * length then text). Pair it with `sortUndefined: "last"` and an accessor that turns null into undefined,
 * so missing values sort last in both directions.
 */
export function sortByCellValue<TData extends RowData>(
  a: Row<Features, TData>,
  b: Row<Features, TData>,
  columnId: string,
): number {
  return compareSortValues(a.getValue(columnId), b.getValue(columnId));
}

/** An accessor for a lib column's sort value, with null as undefined (TanStack's marker for "missing"). */
export function sortAccessor<TData>(
  sortValue: (row: TData) => SortValue | null,
): (row: TData) => SortValue | undefined {
  return (row) => sortValue(row) ?? undefined;
}

const NO_VISIBILITY: ColumnVisibilityState = {};
const warmTextComparison = () => void compareText("", "");
const rowIdOf = (row: { id: string }) => row.id;

type SortableTableProps<TData extends { id: string }> = {
  caption: ReactNode;
  columns: TableColumns<TData>;
  /** Keep this array's identity stable between meaningful changes (useMemo): a new array re-processes rows. */
  data: readonly TData[];
  sorting: SortingState;
  onSortingChange: (next: SortingState) => void;
  columnVisibility?: ColumnVisibilityState;
  /** Shown in the body when there are no rows. */
  emptyMessage?: ReactNode;
  /**
   * Rows rendered at first; a "Show more" button adds as many again. The whole data set is still sorted:
   * only the DOM is limited, which keeps a sort of thousands of rows fast (see `npm run bench`).
   */
  pageSize?: number;
  /**
   * The table is the server's HTML until it is used (components/ui/hydrate-on-use.tsx): hydrating it is not
   * paid at load. Only where the server renders the same rows as the browser's first render (/compare).
   */
  hydrateOnUse?: boolean;
};

/** What the live region says after a sort: "Sorted by Level, ascending". */
export function sortAnnouncement(sorting: SortingState, label: (id: string) => string | undefined): string {
  const sorted = sorting[0];
  const text = sorted ? label(sorted.id) : undefined;
  return sorted && text ? `Sorted by ${text}, ${sorted.desc ? "descending" : "ascending"}` : "";
}

export function SortableTable<TData extends { id: string }>({
  pageSize = 100,
  hydrateOnUse = false,
  ...props
}: SortableTableProps<TData>) {
  const { columns, data, sorting, columnVisibility = NO_VISIBILITY } = props;
  const [limit, setLimit] = useState(pageSize);
  // What the server rendered: once any of it changes, the table follows the state in the browser for good (a new
  // sort, filter or column set, or more rows, is a new value: identities never come back to the first ones).
  const [first] = useState({ data, sorting, columnVisibility });
  const changed =
    data !== first.data ||
    sorting !== first.sorting ||
    columnVisibility !== first.columnVisibility ||
    limit !== pageSize;
  // The text comparer is built on first use (lib/compare/sort-values.ts); build it once the person starts using
  // the page, so neither the load nor the first sort pays for it.
  useEffect(() => afterIntent(warmTextComparison), []);

  const announcement = sortAnnouncement(sorting, (id) => columns.find((c) => c.id === id)?.meta?.label);
  const shown = Math.min(limit, data.length);
  const more = Math.min(pageSize, data.length - shown);
  const table = <TableOf {...props} columnVisibility={columnVisibility} limit={limit} />;

  return (
    <>
      {hydrateOnUse ? <HydrateOnUse live={changed}>{table}</HydrateOnUse> : table}
      {more > 0 && (
        <div className={styles.more}>
          <p>
            Showing the first {shown} of {data.length} rows.
          </p>
          <button type="button" className="button button-secondary" onClick={() => setLimit(limit + pageSize)}>
            Show {more} more {more === 1 ? "row" : "rows"}
          </button>
        </div>
      )}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </>
  );
}

type TableOfProps<TData extends { id: string }> = Omit<SortableTableProps<TData>, "pageSize" | "hydrateOnUse"> & {
  columnVisibility: ColumnVisibilityState;
  /** Rows drawn: the first `limit` of the sorted rows. */
  limit: number;
};

/** The table itself, on TanStack Table: its rows sorted, the first `limit` drawn. */
function TableOf<TData extends { id: string }>({
  caption,
  columns,
  data,
  sorting,
  onSortingChange,
  columnVisibility,
  emptyMessage = "Nothing to show.",
  limit,
}: TableOfProps<TData>) {
  const captionId = useId();
  const table = useTable({
    features: TABLE_FEATURES,
    columns,
    data,
    getRowId: rowIdOf,
    state: { sorting, columnVisibility },
    onSortingChange: (updater) => onSortingChange(functionalUpdate(updater, sorting)),
    // Two states per column, ascending first, one column at a time: what the W3C pattern describes.
    enableSortingRemoval: false,
    enableMultiSort: false,
    sortDescFirst: false,
  });

  const allRows = table.getRowModel().rows;
  const rows = allRows.length > limit ? allRows.slice(0, limit) : allRows;
  const visibleColumns = table.getVisibleLeafColumns();
  // Memoised rows re-render only when the visible columns change; a new sort just moves them.
  const visibleKey = visibleColumns.map((c) => c.id).join(",");

  return (
    <div role="region" aria-labelledby={captionId} tabIndex={0} className={styles.scroller}>
      <table className={styles.table}>
        <caption id={captionId} className={styles.caption}>
          {caption}
        </caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const column = header.column;
                if (header.isPlaceholder) return <th key={header.id} scope="col" />;
                // colSpan only when it spans: 1 is the default, and the page's HTML carries every attribute.
                const colSpan = header.colSpan > 1 ? header.colSpan : undefined;
                if (!column.getCanSort()) {
                  return (
                    <th key={header.id} scope="col" colSpan={colSpan}>
                      <table.FlexRender header={header} />
                    </th>
                  );
                }
                const direction = column.getIsSorted();
                // The arrow (▲ ▼ ↕) is drawn by CSS from aria-sort, outside the button's name: one attribute
                // says the state to assistive technology and to the eye (issue 11 §2: shorter HTML).
                return (
                  <th
                    key={header.id}
                    scope="col"
                    colSpan={colSpan}
                    aria-sort={direction === "asc" ? "ascending" : direction === "desc" ? "descending" : "none"}
                  >
                    <button type="button" onClick={() => column.toggleSorting()}>
                      <table.FlexRender header={header} />
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={visibleColumns.length} className={styles.empty}>
                {emptyMessage}
              </td>
            </tr>
          ) : (
            rows.map((row) => <BodyRow key={row.id} row={row} visibleKey={visibleKey} />)
          )}
        </tbody>
      </table>
    </div>
  );
}

type BodyRowProps<TData extends RowData> = {
  row: Row<Features, TData>;
  /** Not read: it changes when the visible columns do, which is what should re-render a memoised row. */
  visibleKey: string;
};

/**
 * A body cell's content: its column's `cell` renderer called as a function, not through `<FlexRender>`, which
 * mounts two components per cell (FlexRender and the renderer as a component). Every cell renderer here is a
 * plain function of its row (ESLint's rules-of-hooks rejects a hook in one), and a page of 100 rows of 14 cells
 * mounts 2,800 fewer components on a sort; /compare hydrates ~500 fewer at load (issue 11 §2).
 */
function cellContent<TData extends RowData>(cell: Cell<Features, TData, unknown>): ReactNode {
  const render = cell.column.columnDef.cell;
  return typeof render === "function" ? render(cell.getContext()) : (render ?? null);
}

function BodyRowImpl<TData extends RowData>({ row }: BodyRowProps<TData>) {
  return (
    <tr>
      {row.getVisibleCells().map((cell) =>
        cell.column.columnDef.meta?.rowHeader ? (
          <th key={cell.id} scope="row">
            {cellContent(cell)}
          </th>
        ) : (
          <td key={cell.id}>{cellContent(cell)}</td>
        ),
      )}
    </tr>
  );
}

// memo() drops the generic parameter; the cast restores it (the props are the same).
const BodyRow = memo(BodyRowImpl) as typeof BodyRowImpl;
