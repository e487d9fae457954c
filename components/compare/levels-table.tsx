"use client";

import { createColumnHelper, type ColumnVisibilityState, type SortingState } from "@tanstack/react-table";
import { useId, useMemo, useState, type KeyboardEvent } from "react";
import styles from "@/components/compare/compare.module.css";
import control from "@/components/ui/control.module.css";
import { fromSorting, toSorting, useStateFromAddress, writeCompareQuery } from "@/components/compare/compare-url";
import { renderLevelCell } from "@/components/compare/level-cells";
import { useOpened } from "@/components/ui/use-opened";
import {
  SortableTable,
  sortAccessor,
  sortByCellValue,
  type SortableTableFeatures,
} from "@/components/compare/sortable-table";
import type { PathId } from "@/lib/catalog/ids";
import type { CompareState } from "@/lib/compare/compare-state";
import {
  createLevelFilter,
  LEVEL_COLUMN_IDS,
  LEVEL_COLUMNS,
  type LevelColumnId,
  type LevelRow,
} from "@/lib/compare/level-rows";
import { sharedColumns, sharedColumnsText } from "@/lib/compare/shared-columns";

const helper = createColumnHelper<SortableTableFeatures, LevelRow>();

/** Module scope, so TanStack sees the same columns on every render. Exported for the table benchmark. */
export const LEVEL_TABLE_COLUMNS = helper.columns(
  LEVEL_COLUMNS.map((spec) =>
    helper.accessor(sortAccessor(spec.sortValue), {
      id: spec.id,
      header: spec.label,
      meta: { label: spec.label, rowHeader: spec.id === "name" },
      enableHiding: spec.hideable,
      sortFn: sortByCellValue,
      sortUndefined: "last",
      cell: ({ row }) => renderLevelCell(spec.id, row.original, { summarise: true }),
    }),
  ),
);

export type LevelsTableState = Pick<CompareState, "sort" | "q" | "track" | "path" | "hide">;

const pickLevelsState = ({ sort, q, track, path, hide }: CompareState): LevelsTableState => ({
  sort,
  q,
  track,
  path,
  hide,
});

type LevelsTableProps = {
  rows: LevelRow[];
  tracks: { id: string; name: string }[];
  paths: { id: PathId; name: string }[];
  initial: LevelsTableState;
};

/** Every certification in one table: sortable by any column, filtered by text, track and path, columns hideable. */
export function LevelsTable({ rows, tracks, paths, initial }: LevelsTableProps) {
  const ids = { filter: useId(), hint: useId(), track: useId(), path: useId() };
  const [sorting, setSorting] = useState<SortingState>(() => toSorting(initial.sort));
  const [q, setQ] = useState(initial.q);
  const [track, setTrack] = useState(initial.track);
  const [path, setPath] = useState(initial.path);
  // Columns every certification shares are hidden until the person shows them (`hide` null: that default).
  const shared = useMemo(() => sharedColumns(rows, LEVEL_COLUMNS), [rows]);
  const sharedIds = useMemo(() => shared.map((c) => c.id), [shared]);
  const [chosenHide, setChosenHide] = useState<LevelColumnId[] | null>(initial.hide);
  const hide = chosenHide ?? sharedIds;
  const hiddenShared = shared.filter((c) => hide.includes(c.id));
  // The Columns boxes are drawn once the menu opens: closed, they would only lengthen the page's HTML (issue 11
  // §2), and before the script runs they could not change anything. Opened before hydration, it fills on mount.
  const { ref: menuRef, opened: menuOpened, onToggle: onMenuToggle } = useOpened();
  useStateFromAddress(initial, pickLevelsState, (asked) => {
    setSorting(toSorting(asked.sort));
    setQ(asked.q);
    setTrack(asked.track);
    setPath(asked.path);
    setChosenHide(asked.hide);
  });

  const visible = useMemo(() => LEVEL_COLUMN_IDS.filter((id) => !hide.includes(id)), [hide]);
  const columnVisibility = useMemo<ColumnVisibilityState>(
    () => Object.fromEntries(hide.map((id) => [id, false])),
    [hide],
  );
  const filterRows = useMemo(() => createLevelFilter(rows, visible), [rows, visible]);
  const data = useMemo(() => filterRows({ q, track, path }), [filterRows, q, track, path]);
  const filtered = q.trim() !== "" || track !== null || path !== null;

  const sort = (next: SortingState) => {
    setSorting(next);
    writeCompareQuery({ sort: fromSorting(next, LEVEL_COLUMN_IDS) });
  };
  const changeQ = (value: string) => {
    setQ(value);
    writeCompareQuery({ q: value });
  };
  const changeTrack = (value: string) => {
    const next = tracks.find((t) => t.id === value)?.id ?? null;
    setTrack(next);
    writeCompareQuery({ track: next });
  };
  const changePath = (value: string) => {
    const next = paths.find((p) => p.id === value)?.id ?? null;
    setPath(next);
    writeCompareQuery({ path: next });
  };
  const toggleColumn = (id: LevelColumnId, show: boolean) => {
    const next = LEVEL_COLUMN_IDS.filter((c) => (c === id ? !show : hide.includes(c)));
    // Back to the default set: the address says nothing, as it did at first.
    const isDefault = next.length === sharedIds.length && next.every((c) => sharedIds.includes(c));
    setChosenHide(isDefault ? null : next);
    writeCompareQuery({ hide: isDefault ? null : next });
  };
  // The Columns menu opens over the content; Escape closes it and returns focus to its button.
  const closeMenuOnEscape = (event: KeyboardEvent<HTMLDetailsElement>) => {
    const details = menuRef.current;
    if (event.key !== "Escape" || !details?.open) return;
    details.open = false;
    details.querySelector("summary")?.focus();
  };
  const clearFilters = () => {
    setQ("");
    setTrack(null);
    setPath(null);
    writeCompareQuery({ q: "", track: null, path: null });
  };

  return (
    <div>
      <div className={styles.controls}>
        <div className={`${control.control} ${styles.field}`}>
          <label htmlFor={ids.filter}>Filter</label>
          <span id={ids.hint} className={styles.hint}>
            Matches text in any visible column
          </span>
          <input
            id={ids.filter}
            type="search"
            value={q}
            maxLength={200}
            aria-describedby={ids.hint}
            onChange={(e) => changeQ(e.target.value)}
          />
        </div>
        <div className={`${control.control} ${styles.field}`}>
          <label htmlFor={ids.track}>Track</label>
          <select id={ids.track} value={track ?? ""} onChange={(e) => changeTrack(e.target.value)}>
            <option value="">All tracks</option>
            {tracks.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
        <div className={`${control.control} ${styles.field}`}>
          <label htmlFor={ids.path}>Learning path</label>
          <select id={ids.path} value={path ?? ""} onChange={(e) => changePath(e.target.value)}>
            <option value="">All learning paths</option>
            {paths.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <details ref={menuRef} className={styles.columnsMenu} onKeyDown={closeMenuOnEscape} onToggle={onMenuToggle}>
          <summary>Columns</summary>
          {menuOpened && (
            <fieldset>
              <legend>Show these columns</legend>
              {LEVEL_COLUMNS.filter((c) => c.hideable).map((c) => (
                <label key={c.id} className={styles.check}>
                  <input
                    type="checkbox"
                    checked={!hide.includes(c.id)}
                    onChange={(e) => toggleColumn(c.id, e.target.checked)}
                  />
                  {c.label}
                </label>
              ))}
            </fieldset>
          )}
        </details>
      </div>
      <div className={styles.statusRow}>
        <p role="status" className={styles.status}>
          {`Showing ${data.length} of ${rows.length} certifications`}
        </p>
        {filtered && (
          <button type="button" className="button button-secondary" onClick={clearFilters}>
            Clear filters
          </button>
        )}
      </div>
      {hiddenShared.length > 0 && (
        <p className={styles.hint} data-testid="shared-columns">
          {`Hidden because every certification shares them (show them from Columns): ${sharedColumnsText(hiddenShared)}`}
        </p>
      )}
      {visible.includes("recommended") && (
        <p className={styles.hint}>
          Recommended order is the order the guide suggests taking them in: the program levels from Foundation to
          Expert, each neighbouring certification just after the level it follows (1 comes first).
        </p>
      )}
      <SortableTable
        caption="All certifications"
        columns={LEVEL_TABLE_COLUMNS}
        data={data}
        sorting={sorting}
        onSortingChange={sort}
        columnVisibility={columnVisibility}
        emptyMessage="No certification matches these filters. Clear the filters to see them all."
        hydrateOnUse
      />
    </div>
  );
}
