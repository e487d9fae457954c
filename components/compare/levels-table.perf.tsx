/** @vitest-environment jsdom */
/**
 * The table benchmark, run by `npm run bench` (scripts/bench.ts), never by the unit tests (the name does not
 * match `*.test.tsx`). It renders the certifications table over a generated catalog of 10,000 certifications
 * in jsdom, clicks sort headers and times each click until React has committed the new order to the DOM:
 * TanStack's sorted row model over all 10,000 rows plus rendering the rows on screen (the table renders
 * the first 100 and offers "Show more"). Target: median < 100 ms per sort.
 *
 * bench.ts runs this file with NODE_ENV=production, so React runs as users get it (the development build
 * is several times slower and has no bearing on them); React's test `act` does not exist there, so updates
 * are flushed with `flushSync`.
 */
import { useTable } from "@tanstack/react-table";
import * as React from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { expect, test } from "vitest";
import { LEVEL_TABLE_COLUMNS, LevelsTable } from "@/components/compare/levels-table";
import { TABLE_FEATURES } from "@/components/compare/sortable-table";
import { CatalogSchema } from "@/lib/catalog/schema";
import { syntheticCatalog } from "@/lib/catalog/synthetic";
import { DEFAULT_COMPARE_STATE } from "@/lib/compare/compare-state";
import {
  levelColumn,
  levelFilterOptions,
  levelRows,
  sortLevelRows,
  type LevelColumnId,
} from "@/lib/compare/level-rows";

const TARGET_MS = 100;
const ROUNDS = 5;
/** Columns of every kind: ordinal, text, range, list, number, and a column with nulls. */
const COLUMNS: LevelColumnId[] = ["level", "name", "prep", "skills", "recommended", "validity", "next"];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const fmt = (n: number) => n.toFixed(1);

test("sorting a 10,000-certification catalog in the certifications table", () => {
  const t0 = performance.now();
  const catalog = CatalogSchema.parse(syntheticCatalog(10_000, 50));
  const rows = levelRows(catalog);
  const buildMs = performance.now() - t0;
  const { tracks, paths } = levelFilterOptions(catalog);

  const container = document.createElement("div");
  document.body.append(container);
  const root = createRoot(container);
  const t1 = performance.now();
  // Every column shown (hide=none, in the props and in the address the table reads after mounting): by default
  // the four columns every certification shares are hidden, and the benchmark sorts by each column.
  window.history.replaceState(null, "", "/compare?hide=none");
  flushSync(() =>
    root.render(
      <LevelsTable rows={rows} tracks={tracks} paths={paths} initial={{ ...DEFAULT_COMPARE_STATE, hide: [] }} />,
    ),
  );
  const firstRenderMs = performance.now() - t1;

  const header = (id: LevelColumnId) => {
    const label = levelColumn(id).label;
    const th = [...container.querySelectorAll("thead th")].find((el) =>
      el.querySelector("button")?.textContent?.startsWith(label),
    );
    const button = th?.querySelector("button");
    if (!th || !button) throw new Error(`no sort button for ${id}`);
    return { th, button };
  };
  const firstRowId = () => container.querySelector("tbody th a")?.getAttribute("href")?.replace("/levels/", "");
  const click = (id: LevelColumnId, direction: "asc" | "desc"): number => {
    const { th, button } = header(id);
    const t = performance.now();
    flushSync(() => button.click());
    const ms = performance.now() - t;
    // Check the work was done: the header says so and the first row is lib's first row.
    expect(th.getAttribute("aria-sort")).toBe(direction === "asc" ? "ascending" : "descending");
    expect(firstRowId()).toBe(sortLevelRows(rows, id, direction)[0]?.id);
    return ms;
  };

  // The first sort by a column also computes its 10,000 cell values (TanStack caches them): timed apart.
  const firstSorts = COLUMNS.map((id) => click(id, "asc"));
  const times: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    for (const id of COLUMNS) {
      // A column that is not sorted sorts ascending first; a second click turns it descending.
      times.push(click(id, "asc"));
      times.push(click(id, "desc"));
    }
  }
  expect(container.querySelectorAll("tbody tr")).toHaveLength(100);
  root.unmount();

  // The sorted row model alone, headless: how much of a click is TanStack's sort.
  let table: ReturnType<typeof useTable<typeof TABLE_FEATURES, (typeof rows)[number]>> | undefined;
  function Headless() {
    table = useTable({
      features: TABLE_FEATURES,
      columns: LEVEL_TABLE_COLUMNS,
      data: rows,
      getRowId: (row) => row.id,
      sortDescFirst: false,
    });
    return null;
  }
  const headlessRoot = createRoot(document.createElement("div"));
  flushSync(() => headlessRoot.render(<Headless />));
  const sortOnly: number[] = [];
  for (let r = 0; r <= ROUNDS; r++) {
    for (const id of COLUMNS) {
      for (const desc of [false, true]) {
        const t = performance.now();
        table?.setSorting([{ id, desc }]);
        const first = table?.getRowModel().rows[0]?.id;
        if (r > 0) sortOnly.push(performance.now() - t);
        expect(first).toBe(sortLevelRows(rows, id, desc ? "desc" : "asc")[0]?.id);
      }
    }
  }
  headlessRoot.unmount();

  const perSort = median(times);
  console.log(
    [
      // React's production build has no `act` function: the surest sign of which build ran.
      `certifications table benchmark (React ${typeof Reflect.get(React, "act") === "function" ? "development" : "production"} build, jsdom)`,
      `  ${rows.length} rows, ${COLUMNS.length} columns × 2 directions × ${ROUNDS} rounds = ${times.length} sorts`,
      `  click → sorted and committed: ${fmt(perSort)} ms/sort median (range ${fmt(Math.min(...times))}–${fmt(Math.max(...times))} ms)  target < ${TARGET_MS} ms`,
      `  of which TanStack's sorted row model (headless): ${fmt(median(sortOnly))} ms/sort median`,
      `  first sort of each column (computes its cell values): ${fmt(median(firstSorts))} ms median, ${fmt(Math.max(...firstSorts))} ms max`,
      `  one-off: catalog parse + rows ${fmt(buildMs)} ms; first render (100 of ${rows.length} rows) ${fmt(firstRenderMs)} ms`,
    ].join("\n"),
  );
  expect(perSort, `median ${fmt(perSort)} ms per sort misses the ${TARGET_MS} ms target`).toBeLessThan(TARGET_MS);
}, 300_000);
