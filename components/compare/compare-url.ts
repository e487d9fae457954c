import type { SortingState } from "@tanstack/react-table";
import {
  compareStateFromQuery,
  compareStateToQuery,
  type CompareState,
  type SortSpec,
} from "@/lib/compare/compare-state";

/**
 * Keeps the compare page's state in its URL. Each section patches only its own keys: the rest is read back
 * from the current address, so sections stay independent. `history.replaceState` changes the address without
 * a reload or a new history entry (Next.js keeps `useSearchParams` in step with it).
 */
export function writeCompareQuery(patch: Partial<CompareState>): void {
  if (typeof window === "undefined") return;
  const current = compareStateFromQuery(new URLSearchParams(window.location.search)).state;
  const query = compareStateToQuery({ ...current, ...patch });
  const url = `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`;
  window.history.replaceState(null, "", url);
}

/** TanStack's sorting state for a URL sort (one column at most). */
export function toSorting(sort: SortSpec<string> | null): SortingState {
  return sort ? [{ id: sort.id, desc: sort.desc }] : [];
}

/** The URL sort for TanStack's sorting state, keeping only a column of `ids`. */
export function fromSorting<const Id extends string>(sorting: SortingState, ids: readonly Id[]): SortSpec<Id> | null {
  const first = sorting[0];
  const id = first ? ids.find((c) => c === first.id) : undefined;
  return first && id !== undefined ? { id, desc: first.desc } : null;
}
