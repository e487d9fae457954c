"use client";

import { useEffect, useState } from "react";
// The sections' styles belong to the page, not to the script below: the server renders the sections into the
// HTML, which must link their CSS to paint them styled before any script runs (and without one). Imported here,
// they are in the page's stylesheets; e2e/compare-decide.spec.ts checks that no stylesheet arrives later.
import "@/components/compare/compare.module.css";
import "@/components/compare/sortable-table.module.css";
import "@/components/program-map/program-map.module.css";
import "@/components/ui/control.module.css";
import { useBrowserValue } from "@/components/ui/browser-value";
import { HydrateOnUse } from "@/components/ui/hydrate-on-use";
import { PartNotLoaded, scriptPart } from "@/components/ui/script-part";
import { anchorElsewhere, type CompareView } from "@/lib/compare/compare-pages";
import type { CompareState } from "@/lib/compare/compare-state";
import { queryText } from "@/lib/compare/query-text";

/**
 * The compare page's tables, map and their data come as one script apart from the page's first load. The server
 * renders every section into the HTML, and the browser keeps that HTML as it is (HydrateOnUse): reading the page
 * needs no script, and its links work. The script is fetched on the person's first sign of use (a pointer move, a
 * touch, a key, a scroll) and drawn on their first use of a control, which is then replayed on it; a person who
 * only reads never runs it. Loading it at once and hydrating every table was most of /compare's Total Blocking
 * Time (issue 11 §2, docs/performance.md). What the browser also never receives is the same data a second time in
 * the page's RSC payload (a client component's props travel beside its markup), which was half of its 85 KB.
 *
 * It is precached for offline use like every other script (lib/offline/precache.ts). No Suspense boundary here on
 * purpose: React streams a boundary's content of more than 12.8 KB after the rest of the page, hidden until a
 * script reveals it (a later paint, and nothing at all without JavaScript). A client-side navigation to /compare
 * keeps the previous page until the script is here.
 */
const sections = scriptPart(() => import("@/components/compare/compare-sections"));

/** Settles once the sections' script has loaded or failed (for tests that render outside a browser's event loop). */
export const comparePageLoaded = sections.load;

type SectionsProps = { state: CompareState; problems: string[]; view: CompareView };
type ComparePageProps = SectionsProps & {
  /** The query the server rendered `state` from, as `queryText` writes it. */
  query: string;
};

function Sections(props: SectionsProps) {
  const arrived = sections.useArrived();
  if ("failed" in arrived) return <PartNotLoaded what="The comparison" />;
  return <arrived.module.CompareSections {...props} />;
}

export function ComparePage({ query, ...props }: ComparePageProps) {
  // A link to a section of the other page (/compare#roles, made before those tables moved) goes on to it.
  useEffect(() => {
    const elsewhere = anchorElsewhere(props.view, window.location.search, window.location.hash);
    if (elsewhere) window.location.replace(elsewhere);
  }, [props.view]);
  // The kept HTML no longer shows what the address asks for: it changed under it (Back, Forward, a link to
  // /compare with other settings), or the service worker answered an address it had never seen offline with the
  // cached /compare (issue 12). The sections are then drawn, once their script is here, and read the address.
  const asked = JSON.stringify(props);
  const [first] = useState(asked);
  // Read once hydrated (the server's snapshot is "the same"): later changes of the address are the sections' own.
  const offAddress = useBrowserValue(
    () => queryText(new URLSearchParams(window.location.search)) !== query,
    () => false,
  );
  return (
    <HydrateOnUse live={asked !== first || offAddress} prepare={sections.load}>
      <Sections {...props} />
    </HydrateOnUse>
  );
}
