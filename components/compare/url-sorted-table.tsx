"use client";

import type { SortingState } from "@tanstack/react-table";
import { useState, type ReactNode } from "react";
import { fromSorting, toSorting, useStateFromAddress, writeCompareQuery } from "@/components/compare/compare-url";
import { SortableTable, type TableColumns } from "@/components/compare/sortable-table";
import type { CompareState, SortSpec } from "@/lib/compare/compare-state";

type UrlSortedTableProps<TData extends { id: string }, Id extends string> = {
  caption: ReactNode;
  columns: TableColumns<TData>;
  data: readonly TData[];
  /** The table's column ids: a sort on any other column is not written to the URL. */
  columnIds: readonly Id[];
  initialSort: SortSpec<Id> | null;
  /** The URL state this table's sort is kept in. */
  toPatch: (sort: SortSpec<Id> | null) => Partial<CompareState>;
  /** Reads this table's sort from a compare state (the address's, after hydration). */
  fromState: (state: CompareState) => SortSpec<Id> | null;
};

/** A sortable table whose only state is its sort, kept in the compare page's URL. */
export function UrlSortedTable<TData extends { id: string }, Id extends string>({
  caption,
  columns,
  data,
  columnIds,
  initialSort,
  toPatch,
  fromState,
}: UrlSortedTableProps<TData, Id>) {
  const [sorting, setSorting] = useState<SortingState>(() => toSorting(initialSort));
  useStateFromAddress(initialSort, fromState, (sort) => setSorting(toSorting(sort)));
  const sort = (next: SortingState) => {
    setSorting(next);
    writeCompareQuery(toPatch(fromSorting(next, columnIds)));
  };
  // Rendered per request from the same rows the browser has: the server's HTML stands until the table is used.
  return (
    <SortableTable
      caption={caption}
      columns={columns}
      data={data}
      sorting={sorting}
      onSortingChange={sort}
      hydrateOnUse
    />
  );
}
