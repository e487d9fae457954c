import { expect, test } from "vitest";
import { byCategory, categoryMedian, checkJsBudgets, type Check } from "@/scripts/perf/budgets";
import { checkLines, formatTable, gapTable, jsTable, lighthouseTable } from "@/scripts/perf/report";

test("formatTable pads each column to its widest cell, aligns as asked and draws a rule under the header", () => {
  expect(
    formatTable(
      ["route", "KiB"],
      [
        ["/", "1.5"],
        ["/compare", "180.25"],
      ],
      ["left", "right"],
    ),
  ).toEqual(["route        KiB", "--------  ------", "/            1.5", "/compare  180.25"]);
});

test("formatTable treats missing cells as empty and trims trailing spaces", () => {
  expect(formatTable(["a", "b"], [["x"]])).toEqual(["a  b", "-  -", "x"]);
});

test("the JS table: the bare page first, then each route's KiB, delta, budget and verdict", () => {
  const rows = checkJsBudgets(
    [
      { label: "/", gzipBytes: 135 * 1024, maxDeltaKiB: 10 },
      { label: "/compare", gzipBytes: 190.5 * 1024, maxDeltaKiB: 45 },
    ],
    132 * 1024,
  );
  expect(jsTable(132 * 1024, rows)).toEqual([
    "route             KiB  Δ bare  budget  result",
    "--------------  -----  ------  ------  ------",
    "bare Next.js /  132.0",
    "/               135.0    +3.0   ≤ +10  PASS",
    "/compare        190.5   +58.5   ≤ +45  FAIL",
  ]);
});

test("the Lighthouse table: each category's median with its runs, n/a for a run without a score", () => {
  const perfect = byCategory(() => categoryMedian([100, 100, 100]));
  expect(
    lighthouseTable([
      { label: "bare Next.js /", categories: { ...perfect, performance: categoryMedian([99, 97, 98]) } },
      { label: "/roadmap?…", categories: { ...perfect, seo: categoryMedian([null, 92, 92]) } },
    ]),
  ).toEqual([
    "route                 performance      accessibility     best-practices                seo",
    "--------------  -----------------  -----------------  -----------------  -----------------",
    "bare Next.js /      98 (99 97 98)  100 (100 100 100)  100 (100 100 100)  100 (100 100 100)",
    "/roadmap?…      100 (100 100 100)  100 (100 100 100)  100 (100 100 100)     92 (n/a 92 92)",
  ]);
});

test("check lines: PASS or FAIL, route and check aligned, reasons indented beneath", () => {
  const checks: Check[] = [
    { kind: "js", route: "/", name: "first-load JS", pass: true, figures: "135.0 KiB", reasons: [] },
    {
      kind: "lighthouse",
      route: "/compare",
      name: "seo",
      pass: false,
      figures: "median 92",
      reasons: ["meta-description (…)"],
    },
  ];
  expect(checkLines(checks)).toEqual([
    "PASS  /         first-load JS  135.0 KiB",
    "FAIL  /compare  seo            median 92",
    "        - meta-description (…)",
  ]);
});

test("gapTable: each route's performance median minus each reference's, signed; n/a where a median is missing", () => {
  const lines = gapTable(
    [
      { label: "bare", median: 93 },
      { label: "bare + headers", median: 85 },
    ],
    [
      { label: "/", median: 82 },
      { label: "/team", median: 88 },
      { label: "/compare", median: null },
    ],
  );
  expect(lines[0]).toBe("route     performance  vs bare (93)  vs bare + headers (85)");
  expect(lines.slice(2)).toEqual([
    "/                  82           −11                      −3",
    "/team              88            −5                      +3",
    "/compare          n/a           n/a                     n/a",
  ]);
});
