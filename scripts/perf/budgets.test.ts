import { expect, test } from "vitest";
import {
  BARE_HEADERS_LABEL,
  byCategory,
  categoryMedian,
  checkJsBudgets,
  jsChecks,
  lighthouseChecks,
  median,
  percentile,
  PERF_ROUTES,
  ROADMAP_SHARE_PATH,
  summaryLine,
  type Check,
} from "@/scripts/perf/budgets";

const KIB = 1024;

test("median: the middle value, the mean of the two middles, NaN for nothing; the input is not reordered", () => {
  const runs = [90, 70, 80];
  expect(median(runs)).toBe(80);
  expect(runs).toEqual([90, 70, 80]);
  expect(median([4, 1, 3, 2])).toBe(2.5);
  expect(median([7])).toBe(7);
  expect(median([])).toBeNaN();
});

test("percentile: nearest rank, so p95 of 1..20 is 19 and p100 the largest; NaN for nothing; the input is not reordered", () => {
  const values = Array.from({ length: 20 }, (_, i) => 20 - i);
  expect(percentile(values, 95)).toBe(19);
  expect(percentile(values, 50)).toBe(10);
  expect(percentile(values, 100)).toBe(20);
  expect(percentile(values, 0)).toBe(1);
  expect(percentile([5], 99)).toBe(5);
  expect(percentile([], 95)).toBeNaN();
  expect(values[0]).toBe(20);
});

test("the routes and their budgets: / within 10 KiB of the bare page, the others within 45", () => {
  expect(PERF_ROUTES.map((r) => [r.path, r.maxDeltaKiB])).toEqual([
    ["/", 10],
    ["/assess", 45],
    [ROADMAP_SHARE_PATH, 45],
    ["/compare", 45],
    ["/compare/roles", 45],
    ["/team", 45],
  ]);
  const query = new URL(ROADMAP_SHARE_PATH, "http://x").searchParams;
  expect(Object.fromEntries(query)).toEqual({
    role: "sre",
    years: "5",
    skills: "python,cloud",
    held: "mlops-foundation",
    goal: "architect",
    interests: "sre,finops",
    hours: "8",
    start: "2027-01-04",
  });
});

test("a JS budget passes up to and including its allowance over the bare page, and fails a byte beyond", () => {
  const bare = 132 * KIB;
  const rows = checkJsBudgets(
    [
      { label: "at", gzipBytes: bare + 10 * KIB, maxDeltaKiB: 10 },
      { label: "over", gzipBytes: bare + 10 * KIB + 1, maxDeltaKiB: 10 },
      { label: "smaller", gzipBytes: bare - KIB, maxDeltaKiB: 10 },
    ],
    bare,
  );
  expect(rows.map((r) => [r.label, r.deltaBytes, r.pass])).toEqual([
    ["at", 10 * KIB, true],
    ["over", 10 * KIB + 1, false],
    ["smaller", -KIB, true],
  ]);
});

test("JS checks carry the figures in KiB", () => {
  const [check] = jsChecks(checkJsBudgets([{ label: "/assess", gzipBytes: 180 * KIB, maxDeltaKiB: 45 }], 132 * KIB));
  expect(check).toEqual({
    kind: "js",
    route: "/assess",
    name: "first-load JS",
    pass: false,
    figures: "180.0 KiB, +48.0 KiB over the bare page (allowed +45)",
    reasons: [],
  });
  expect(jsChecks(checkJsBudgets([{ label: "/", gzipBytes: 131 * KIB, maxDeltaKiB: 10 }], 132 * KIB))[0]?.figures).toBe(
    "131.0 KiB, −1.0 KiB over the bare page (allowed +10)",
  );
});

test("categoryMedian ignores runs without a score, and has none when no run scored", () => {
  expect(categoryMedian([100, null, 96])).toEqual({ runs: [100, null, 96], median: 98 });
  expect(categoryMedian([null, null])).toEqual({ runs: [null, null], median: null });
});

const perfect = byCategory(() => categoryMedian([100, 100, 100]));
const noReasons = byCategory((): string[] => []);

test("accessibility, best practices and SEO must have a median of 100", () => {
  const categories = { ...perfect, seo: categoryMedian([92, 100, 92]), accessibility: categoryMedian([100, 96, 100]) };
  const reasons = { ...noReasons, seo: ["meta-description (Document does not have a meta description) [2/3 runs]"] };
  const checks = lighthouseChecks("/compare", categories, { label: "bare", performance: 100 }, reasons);
  const by = (name: string) => checks.find((c) => c.name === name);
  expect(by("accessibility")?.pass).toBe(true);
  expect(by("accessibility")?.figures).toBe("median 100 (runs 100, 96, 100), required 100");
  expect(by("best-practices")?.pass).toBe(true);
  expect(by("seo")).toEqual({
    kind: "lighthouse",
    route: "/compare",
    name: "seo",
    pass: false,
    figures: "median 92 (runs 92, 100, 92), required 100",
    reasons: ["meta-description (Document does not have a meta description) [2/3 runs]"],
  });
});

test("performance may fall at most 2 points below the reference's median, which the figures name", () => {
  const reference = (performance: number | null) => ({ label: BARE_HEADERS_LABEL, performance });
  const at = (score: number, bare: number | null) =>
    lighthouseChecks(
      "/",
      { ...perfect, performance: categoryMedian([score, score, score]) },
      reference(bare),
      noReasons,
    )[0];
  expect(at(83, 85)?.pass).toBe(true);
  expect(at(83, 85)?.figures).toBe("median 83 (runs 83, 83, 83), bare + certpath's headers 85: −2 (allowed −2)");
  expect(at(82, 85)?.pass).toBe(false);
  expect(at(90, 85)?.pass).toBe(true);
  expect(at(90, 85)?.figures).toContain(": +5 (allowed −2)");
  expect(at(90, null)?.pass).toBe(false);
});

test("a category without a score fails, and reasons show for any category below 100 even when it passes", () => {
  const categories = { ...perfect, performance: categoryMedian([70, 72, 71]), seo: categoryMedian([null, null, null]) };
  const reasons = {
    ...noReasons,
    performance: ["largest-contentful-paint (Largest Contentful Paint): 3.1 s [3/3 runs]"],
    seo: ["run error: NO_FCP"],
  };
  const checks = lighthouseChecks("/assess", categories, { label: "bare", performance: 72 }, reasons);
  expect(checks.find((c) => c.name === "performance")).toMatchObject({ pass: true, reasons: reasons.performance });
  expect(checks.find((c) => c.name === "seo")).toMatchObject({
    pass: false,
    figures: "median n/a (runs n/a, n/a, n/a), required 100",
    reasons: ["run error: NO_FCP"],
  });
  expect(checks.find((c) => c.name === "accessibility")?.reasons).toEqual([]);
});

test("the summary line says PASS or FAIL, counts the checks and names the failures", () => {
  const check = (route: string, name: string, pass: boolean, kind: Check["kind"] = "lighthouse"): Check => ({
    kind,
    route,
    name,
    pass,
    figures: "",
    reasons: [],
  });
  expect(summaryLine([check("/", "first-load JS", true, "js"), check("/", "seo", true)], false)).toBe(
    "perf: PASS, 2 checks (1 JS budget, 1 Lighthouse check)",
  );
  expect(summaryLine([check("/", "first-load JS", true, "js")], true)).toBe(
    "perf: PASS, 1 check (1 JS budget, Lighthouse skipped)",
  );
  expect(
    summaryLine(
      [
        check("/assess", "first-load JS", false, "js"),
        check("/", "seo", true),
        check("/compare", "accessibility", false),
      ],
      false,
    ),
  ).toBe(
    "perf: FAIL, 2 of 3 checks (1 JS budget, 2 Lighthouse checks) failed: /assess first-load JS; /compare accessibility",
  );
});
