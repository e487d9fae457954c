"use client";

import { createColumnHelper } from "@tanstack/react-table";
import type { ReactNode } from "react";
import { CertificationLink, TextList } from "@/components/compare/level-cells";
import { sortAccessor, sortByCellValue, type SortableTableFeatures } from "@/components/compare/sortable-table";
import { UrlSortedTable } from "@/components/compare/url-sorted-table";
import type { CompareState, SortSpec } from "@/lib/compare/compare-state";
import { PATH_COLUMN_IDS, PATH_COLUMNS, type PathColumnId, type PathRow } from "@/lib/compare/reference-tables";

const helper = createColumnHelper<SortableTableFeatures, PathRow>();

function renderCell(id: PathColumnId, row: PathRow): ReactNode {
  switch (id) {
    case "certifications":
      if (row.certifications.length === 0) return "None yet";
      return (
        <ol>
          {row.certifications.map((c) => (
            <li key={c.id}>
              <CertificationLink id={c.id}>{c.name}</CertificationLink>
            </li>
          ))}
        </ol>
      );
    case "providers":
      return row.providers.length === 0 ? "None listed" : <TextList items={row.providers.map((p) => p.name)} />;
    default:
      return PATH_COLUMNS.find((c) => c.id === id)?.text(row);
  }
}

const COLUMNS = helper.columns(
  PATH_COLUMNS.map((spec) =>
    helper.accessor(sortAccessor(spec.sortValue), {
      id: spec.id,
      header: spec.label,
      meta: { label: spec.label, rowHeader: spec.id === "path" },
      sortFn: sortByCellValue,
      sortUndefined: "last",
      cell: ({ row }) => renderCell(spec.id, row.original),
    }),
  ),
);

const toPatch = (pathSort: SortSpec<PathColumnId> | null) => ({ pathSort });
const fromState = (state: CompareState) => state.pathSort;

/** The learning paths, their certifications in order and the providers that train for them. */
export function PathsTable({ rows, initialSort }: { rows: PathRow[]; initialSort: SortSpec<PathColumnId> | null }) {
  return (
    <UrlSortedTable
      caption="Learning paths"
      columns={COLUMNS}
      data={rows}
      columnIds={PATH_COLUMN_IDS}
      initialSort={initialSort}
      toPatch={toPatch}
      fromState={fromState}
    />
  );
}
