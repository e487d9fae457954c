"use client";

import { createColumnHelper } from "@tanstack/react-table";
import type { ReactNode } from "react";
import { TextList } from "@/components/compare/level-cells";
import { sortAccessor, sortByCellValue, type SortableTableFeatures } from "@/components/compare/sortable-table";
import { UrlSortedTable } from "@/components/compare/url-sorted-table";
import type { CompareState, SortSpec } from "@/lib/compare/compare-state";
import {
  PROVIDER_COLUMN_IDS,
  PROVIDER_COLUMNS,
  type ProviderColumnId,
  type ProviderRow,
} from "@/lib/compare/reference-tables";

const helper = createColumnHelper<SortableTableFeatures, ProviderRow>();

function renderCell(id: ProviderColumnId, row: ProviderRow): ReactNode {
  if (id === "paths") return <TextList items={row.paths.map((p) => p.name)} />;
  // A sentence: as a paragraph it gets the width of prose (sortable-table.module.css), not a word per line.
  if (id === "focus") return <p>{row.focus}</p>;
  return PROVIDER_COLUMNS.find((c) => c.id === id)?.text(row);
}

const COLUMNS = helper.columns(
  PROVIDER_COLUMNS.map((spec) =>
    helper.accessor(sortAccessor(spec.sortValue), {
      id: spec.id,
      header: spec.label,
      meta: { label: spec.label, rowHeader: spec.id === "provider" },
      sortFn: sortByCellValue,
      sortUndefined: "last",
      cell: ({ row }) => renderCell(spec.id, row.original),
    }),
  ),
);

const toPatch = (providerSort: SortSpec<ProviderColumnId> | null) => ({ providerSort });
const fromState = (state: CompareState) => state.providerSort;

/** The training providers the guide names, with the paths they cover and what they offer. */
export function ProvidersTable({
  rows,
  initialSort,
}: {
  rows: ProviderRow[];
  initialSort: SortSpec<ProviderColumnId> | null;
}) {
  return (
    <UrlSortedTable
      caption="Training providers"
      columns={COLUMNS}
      data={rows}
      columnIds={PROVIDER_COLUMN_IDS}
      initialSort={initialSort}
      toPatch={toPatch}
      fromState={fromState}
    />
  );
}
