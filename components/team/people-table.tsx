"use client";

import { createColumnHelper, type SortingState } from "@tanstack/react-table";
import { useId, useMemo, useState } from "react";
import {
  SortableTable,
  sortAccessor,
  sortByCellValue,
  type SortableTableFeatures,
} from "@/components/compare/sortable-table";
import { DateText } from "@/components/roadmap/date-text";
import styles from "@/components/team/team.module.css";
import control from "@/components/ui/control.module.css";
import { rangeText } from "@/lib/recommender/roadmap-labels";
import {
  PEOPLE_COLUMN_IDS,
  PEOPLE_COLUMN_LABELS,
  PEOPLE_SORT_VALUES,
  filterPeople,
  personHref,
  type PersonRow,
} from "@/lib/team/people-rows";

const helper = createColumnHelper<SortableTableFeatures, PersonRow>();

function renderCell(id: (typeof PEOPLE_COLUMN_IDS)[number], row: PersonRow) {
  switch (id) {
    case "name":
      // Plain text in a link: whatever the name holds is shown as typed and never run.
      return <a href={personHref(row)}>{row.name}</a>;
    case "role":
      return row.role;
    case "next":
      return row.next?.name ?? "Nothing to plan";
    case "dates":
      return row.next ? (
        <>
          <DateText iso={row.next.start} /> to <DateText iso={row.next.end} />
        </>
      ) : (
        "–"
      );
    case "steps":
      return row.steps;
    case "hours":
      return row.steps === 0 ? "0" : rangeText(row.hours);
    case "end":
      return row.end ? <DateText iso={row.end} /> : "–";
    case "warnings":
      return row.warnings.length === 0 ? (
        "None"
      ) : (
        <ul>
          {row.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      );
  }
}

/** Module scope, so TanStack sees the same columns on every render. Exported for the table benchmark. */
export const PEOPLE_TABLE_COLUMNS = helper.columns(
  PEOPLE_COLUMN_IDS.map((id) =>
    helper.accessor(sortAccessor(PEOPLE_SORT_VALUES[id]), {
      id,
      header: PEOPLE_COLUMN_LABELS[id],
      meta: { label: PEOPLE_COLUMN_LABELS[id], rowHeader: id === "name" },
      sortFn: sortByCellValue,
      sortUndefined: "last",
      cell: ({ row }) => renderCell(id, row.original),
    }),
  ),
);

const INITIAL_SORT: SortingState = [];

/** The People table: one row per person, every column sortable both ways, a filter, names linking to plans. */
export function PeopleTable({ rows }: { rows: readonly PersonRow[] }) {
  const filterId = useId();
  const hintId = useId();
  const [sorting, setSorting] = useState<SortingState>(INITIAL_SORT);
  const [query, setQuery] = useState("");
  const data = useMemo(() => filterPeople(rows, query), [rows, query]);
  return (
    <>
      <div className={`${control.control} ${styles.field}`}>
        <label htmlFor={filterId}>Filter people</label>
        <p id={hintId} className={styles.hint}>
          By name, role or next certification.
        </p>
        <input
          id={filterId}
          type="search"
          aria-describedby={hintId}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          autoComplete="off"
        />
      </div>
      <p aria-live="polite" className={styles.hint}>
        {query.trim() === ""
          ? `${rows.length.toLocaleString("en")} ${rows.length === 1 ? "person" : "people"}.`
          : `${data.length.toLocaleString("en")} of ${rows.length.toLocaleString("en")} people match.`}
      </p>
      <SortableTable
        caption="People: each person's next certification and plan"
        columns={PEOPLE_TABLE_COLUMNS}
        data={data}
        sorting={sorting}
        onSortingChange={setSorting}
        emptyMessage="No one matches the filter."
        pageSize={50}
      />
    </>
  );
}
