"use client";

import { createColumnHelper } from "@tanstack/react-table";
import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import { CertificationLink, TextList } from "@/components/compare/level-cells";
import { sortAccessor, sortByCellValue, type SortableTableFeatures } from "@/components/compare/sortable-table";
import { UrlSortedTable } from "@/components/compare/url-sorted-table";
import type { CompareState, SortSpec } from "@/lib/compare/compare-state";
import { ROLE_COLUMN_IDS, ROLE_COLUMNS, type RoleColumnId, type RoleMatrixRow } from "@/lib/compare/reference-tables";

const helper = createColumnHelper<SortableTableFeatures, RoleMatrixRow>();

function renderCell(id: RoleColumnId, row: RoleMatrixRow): ReactNode {
  switch (id) {
    case "role":
      // The questionnaire starts with this role already chosen.
      return <Link href={`/assess?role=${encodeURIComponent(row.id)}`}>{row.name}</Link>;
    case "recommended":
      return (
        <ol>
          {row.recommended.map((c) => (
            <li key={c.id}>
              <CertificationLink id={c.id}>{c.name}</CertificationLink>
            </li>
          ))}
        </ol>
      );
    case "paths":
      return <TextList items={row.paths.map((p) => p.name)} />;
    default:
      return ROLE_COLUMNS.find((c) => c.id === id)?.text(row);
  }
}

const COLUMNS = helper.columns(
  ROLE_COLUMNS.map((spec) =>
    helper.accessor(sortAccessor(spec.sortValue), {
      id: spec.id,
      header: spec.label,
      meta: { label: spec.label, rowHeader: spec.id === "role" },
      sortFn: sortByCellValue,
      sortUndefined: "last",
      cell: ({ row }) => renderCell(spec.id, row.original),
    }),
  ),
);

const toPatch = (roleSort: SortSpec<RoleColumnId> | null) => ({ roleSort });
const fromState = (state: CompareState) => state.roleSort;

/** Roles as rows, with the certifications and learning paths recommended for each. */
export function RoleMatrix({
  rows,
  initialSort,
}: {
  rows: RoleMatrixRow[];
  initialSort: SortSpec<RoleColumnId> | null;
}) {
  return (
    <UrlSortedTable
      caption="Recommended certifications by role"
      columns={COLUMNS}
      data={rows}
      columnIds={ROLE_COLUMN_IDS}
      initialSort={initialSort}
      toPatch={toPatch}
      fromState={fromState}
    />
  );
}
