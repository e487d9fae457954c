import {
  BARE_LABEL,
  kib,
  LIGHTHOUSE_CATEGORIES,
  type CategoryRuns,
  type Check,
  type JsBudgetRow,
  type LighthouseCategory,
} from "@/scripts/perf/budgets";

export type Align = "left" | "right";

/** A plain-text table: a header, a rule, then the rows; columns padded to their widest cell. */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[] = [],
): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    widths
      .map((w, i) => {
        const cell = cells[i] ?? "";
        return align[i] === "right" ? cell.padStart(w) : cell.padEnd(w);
      })
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)];
}

/** The first-load JS table: the bare page, then each route with its delta, budget and verdict. */
export function jsTable(bareGzipBytes: number, rows: readonly JsBudgetRow[]): string[] {
  return formatTable(
    ["route", "KiB", "Δ bare", "budget", "result"],
    [
      [BARE_LABEL, kib(bareGzipBytes), "", "", ""],
      ...rows.map((r) => [
        r.label,
        kib(r.gzipBytes),
        `${r.deltaBytes >= 0 ? "+" : "−"}${kib(Math.abs(r.deltaBytes))}`,
        `≤ +${r.maxDeltaKiB}`,
        r.pass ? "PASS" : "FAIL",
      ]),
    ],
    ["left", "right", "right", "right", "left"],
  );
}

const cell = (c: CategoryRuns) =>
  `${c.median ?? "n/a"} (${c.runs.map((s) => (s === null ? "n/a" : String(s))).join(" ")})`;

/** The Lighthouse table: per page, each category's median with the runs it came from. */
export function lighthouseTable(
  rows: readonly { label: string; categories: Record<LighthouseCategory, CategoryRuns> }[],
): string[] {
  return formatTable(
    ["route", ...LIGHTHOUSE_CATEGORIES],
    rows.map((r) => [r.label, ...LIGHTHOUSE_CATEGORIES.map((c) => cell(r.categories[c]))]),
    ["left", ...LIGHTHOUSE_CATEGORIES.map((): Align => "right")],
  );
}

const signed = (n: number) => (n >= 0 ? `+${n}` : `−${-n}`);

/**
 * Each route's performance median against each reference's (the bare page, and the bare page with certpath's
 * headers): the gaps, in points, that the checks and docs/performance.md talk about.
 */
export function gapTable(
  references: readonly { label: string; median: number | null }[],
  routes: readonly { label: string; median: number | null }[],
): string[] {
  return formatTable(
    ["route", "performance", ...references.map((r) => `vs ${r.label} (${r.median ?? "n/a"})`)],
    routes.map((route) => [
      route.label,
      String(route.median ?? "n/a"),
      ...references.map((r) => (route.median === null || r.median === null ? "n/a" : signed(route.median - r.median))),
    ]),
    ["left", "right", ...references.map((): Align => "right")],
  );
}

/** One line per check, `PASS`/`FAIL`, then its reasons indented beneath it. */
export function checkLines(checks: readonly Check[]): string[] {
  const routeWidth = Math.max(0, ...checks.map((c) => c.route.length));
  const nameWidth = Math.max(0, ...checks.map((c) => c.name.length));
  return checks.flatMap((c) => [
    `${c.pass ? "PASS" : "FAIL"}  ${c.route.padEnd(routeWidth)}  ${c.name.padEnd(nameWidth)}  ${c.figures}`,
    ...c.reasons.map((r) => `        - ${r}`),
  ]);
}
