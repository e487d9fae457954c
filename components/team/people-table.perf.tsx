/** @vitest-environment jsdom */
/**
 * The People table benchmark, run by `npm run bench` (scripts/bench.ts) with React's production build, never by
 * the unit tests. It renders the People table over 5,000 planned people in jsdom, clicks every column's sort
 * header both ways and times each click until the new order is committed to the DOM (TanStack's sorted row model
 * over all 5,000 rows plus the 50 rows on screen). Target: median < 150 ms per sort.
 */
import * as React from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { expect, test } from "vitest";
import { PeopleTable } from "@/components/team/people-table";
import { catalog } from "@/data/catalog";
import { compareSortValues } from "@/lib/compare/sort-values";
import {
  PEOPLE_COLUMN_IDS,
  PEOPLE_COLUMN_LABELS,
  PEOPLE_SORT_VALUES,
  peopleRows,
  type PeopleColumnId,
} from "@/lib/team/people-rows";
import { planTeam } from "@/lib/team/plan-team";
import { syntheticTeam } from "@/lib/team/synthetic-team";

const TARGET_MS = 150;
const ROUNDS = 3;
const PEOPLE = 5_000;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const fmt = (n: number) => n.toFixed(1);

test("sorting the 5,000-person People table", () => {
  const t0 = performance.now();
  const rows = peopleRows(planTeam(syntheticTeam(PEOPLE, catalog), catalog), catalog);
  const buildMs = performance.now() - t0;

  const container = document.createElement("div");
  document.body.append(container);
  const root = createRoot(container);
  const t1 = performance.now();
  flushSync(() => root.render(<PeopleTable rows={rows} />));
  const firstRenderMs = performance.now() - t1;

  const header = (id: PeopleColumnId) => {
    const th = [...container.querySelectorAll("thead th")].find((el) =>
      el.querySelector("button")?.textContent?.startsWith(PEOPLE_COLUMN_LABELS[id]),
    );
    const button = th?.querySelector("button");
    if (!th || !button) throw new Error(`no sort button for ${id}`);
    return { th, button };
  };
  /** The row lib's own comparison puts first: what the table's first row must show (ties: any of them). */
  const firstValue = (id: PeopleColumnId, desc: boolean) => {
    const value = PEOPLE_SORT_VALUES[id];
    const present = rows.filter((r) => value(r) !== null);
    const best = present.reduce((a, b) => {
      const c = compareSortValues(value(a) ?? 0, value(b) ?? 0);
      return (desc ? c < 0 : c > 0) ? b : a;
    });
    return value(best);
  };
  const click = (id: PeopleColumnId, direction: "asc" | "desc"): number => {
    const { th, button } = header(id);
    const t = performance.now();
    flushSync(() => button.click());
    const ms = performance.now() - t;
    expect(th.getAttribute("aria-sort")).toBe(direction === "asc" ? "ascending" : "descending");
    const firstRow = container.querySelector("tbody tr th")?.textContent;
    const first = rows.find((r) => r.name === firstRow);
    expect(first && PEOPLE_SORT_VALUES[id](first)).toEqual(firstValue(id, direction === "desc"));
    return ms;
  };

  const firstSorts = PEOPLE_COLUMN_IDS.map((id) => {
    const ms = click(id, "asc");
    click(id, "desc");
    return ms;
  });
  const times: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    for (const id of PEOPLE_COLUMN_IDS) {
      times.push(click(id, "asc"));
      times.push(click(id, "desc"));
    }
  }
  expect(container.querySelectorAll("tbody tr")).toHaveLength(50);
  root.unmount();

  const perSort = median(times);
  console.log(
    [
      `People table benchmark (React ${typeof Reflect.get(React, "act") === "function" ? "development" : "production"} build, jsdom)`,
      `  ${rows.length} people, ${PEOPLE_COLUMN_IDS.length} columns × 2 directions × ${ROUNDS} rounds = ${times.length} sorts`,
      `  click → sorted and committed: ${fmt(perSort)} ms/sort median (range ${fmt(Math.min(...times))}–${fmt(Math.max(...times))} ms)  target < ${TARGET_MS} ms`,
      `  first sort of each column (computes its cell values): ${fmt(median(firstSorts))} ms median, ${fmt(Math.max(...firstSorts))} ms max`,
      `  one-off: planning + rows ${fmt(buildMs)} ms; first render (50 of ${rows.length} rows) ${fmt(firstRenderMs)} ms`,
    ].join("\n"),
  );
  expect(perSort, `median ${fmt(perSort)} ms per sort misses the ${TARGET_MS} ms target`).toBeLessThan(TARGET_MS);
}, 300_000);
