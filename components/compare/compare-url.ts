import type { SortingState } from "@tanstack/react-table";
import { useEffect, useRef } from "react";
import { setAddress } from "@/components/ui/set-address";
import {
  compareStateFromQuery,
  compareStateToQuery,
  type CompareState,
  type SortSpec,
} from "@/lib/compare/compare-state";

/**
 * Keeps the compare page's state in its URL. Each section patches only its own keys: the rest is read back
 * from the current address, so sections stay independent. The address changes without a reload or a new
 * history entry (setAddress: Next.js's router follows it in a transition, not inside the click).
 */
export function writeCompareQuery(patch: Partial<CompareState>): void {
  if (typeof window === "undefined") return;
  const current = compareStateFromAddress();
  const query = compareStateToQuery({ ...current, ...patch });
  const url = `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`;
  setAddress(url);
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

/** The compare state the address bar holds now (what was asked for, whatever the server rendered). */
export function compareStateFromAddress(): CompareState {
  return compareStateFromQuery(new URLSearchParams(window.location.search)).state;
}

/**
 * After hydration, hands a section the part of the state the address asks for when it differs from what the
 * server rendered. Online they agree, so nothing happens; offline, the service worker answers
 * `/compare?ids=…` with the cached `/compare`, rendered for no query at all, and this brings the chosen view
 * back (issue 12). Values are compared as JSON: they are plain state.
 */
export function useStateFromAddress<T>(rendered: T, pick: (state: CompareState) => T, apply: (value: T) => void): void {
  // The first render's values: the effect runs once, after hydration, and must not rerun as the person changes
  // the view (each change writes the address itself).
  const first = useRef({ rendered, pick, apply });
  useEffect(() => {
    const { rendered: server, pick: part, apply: use } = first.current;
    const asked = part(compareStateFromAddress());
    if (JSON.stringify(asked) !== JSON.stringify(server)) use(asked);
  }, []);
}
