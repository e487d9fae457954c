"use client";

import { use } from "react";
// The sections' styles belong to the page, not to the script below: the server renders the sections into the
// HTML, which must link their CSS to paint them styled before any script runs (and without one). Imported here,
// they are in the page's stylesheets; e2e/compare-decide.spec.ts checks that no stylesheet arrives later.
import "@/components/compare/compare.module.css";
import "@/components/compare/sortable-table.module.css";
import "@/components/program-map/program-map.module.css";
import "@/components/ui/control.module.css";
import type { CompareSections } from "@/components/compare/compare-sections";
import type { CompareState } from "@/lib/compare/compare-state";

type Loaded = { sections: { CompareSections: typeof CompareSections } } | { failed: true };

/**
 * The compare page's tables, map and their data come as one script apart from the page's first load, fetched as
 * soon as this module runs (before the page hydrates). The server still renders every section into the HTML;
 * what the browser no longer receives is the same data a second time in the page's RSC payload (a client
 * component's props travel beside its markup), which was half of /compare's 85 KB (issue 11 §2).
 *
 * Until the script is here the server's HTML stays as it is and React waits to hydrate, as it waits for any
 * client component's script; it is precached for offline use like every other script (lib/offline/precache.ts).
 * No Suspense boundary here on purpose: React streams a boundary's content of more than 12.8 KB after the rest
 * of the page, hidden until a script reveals it (a later paint, and nothing at all without JavaScript). A
 * client-side navigation to /compare keeps the previous page until the script is here.
 */
let loaded: Loaded | undefined;
const loading: Promise<Loaded> = import("@/components/compare/compare-sections").then(
  (sections) => (loaded = { sections }),
  () => (loaded = { failed: true }),
);

/** Settles once the sections' script has loaded or failed (for tests that render outside a browser's event loop). */
export function comparePageLoaded(): Promise<unknown> {
  return loading;
}

type ComparePageProps = { state: CompareState; problems: string[] };

export function ComparePage(props: ComparePageProps) {
  const result = loaded ?? use(loading);
  if ("failed" in result) {
    return (
      <p role="alert">
        The comparison could not be loaded: the connection may have dropped. Reload the page to try again.
      </p>
    );
  }
  return <result.sections.CompareSections {...props} />;
}
