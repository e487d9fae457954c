import type { Catalog } from "@/lib/catalog/schema";
import {
  compareStateFromQuery,
  movedSettingsHref,
  setsNothingOn,
  type CompareQuery,
  type CompareState,
} from "@/lib/compare/compare-state";
import type { CompareView } from "@/lib/compare/compare-pages";
import { queryText } from "@/lib/compare/query-text";

export type CompareRoute =
  { redirect: string } | { view: CompareView; state: CompareState; problems: string[]; query: string };

/**
 * What a compare page answers for an address: its view, or a redirect when the link sets up only the other
 * page's tables (a link to /compare that sorts the role table was made before that table moved to
 * /compare/roles). A link with settings for both pages stays, and the page links to the other for the rest.
 * Without `catalog`, ids are read without checking that the catalog has them (the browser, offline: the page
 * the service worker answers with was rendered for no query, so the page asks this again of its address).
 */
export function compareRoute(view: CompareView, query: CompareQuery, catalog?: Catalog): CompareRoute {
  const { state, problems } = compareStateFromQuery(query, catalog);
  const moved = movedSettingsHref(view, state);
  if (moved !== null && problems.length === 0 && setsNothingOn(view, state)) return { redirect: moved };
  return { view, state, problems, query: queryText(query) };
}
