import { expect, test } from "vitest";
import {
  describeFailures,
  LighthouseResultSchema,
  recurringFailures,
  summariseRun,
  type RunSummary,
} from "@/scripts/perf/lighthouse-result";

/** A Lighthouse 12 result cut down to the fields that matter, shaped as `--output=json` writes it. */
function lhr(overrides: { seoScore?: number | null; contrastScore?: number; consoleItems?: unknown[] } = {}) {
  return {
    lighthouseVersion: "12.8.2",
    requestedUrl: "http://127.0.0.1:4320/compare",
    finalDisplayedUrl: "http://127.0.0.1:4320/compare",
    fetchTime: "2026-01-01T00:00:00.000Z",
    runWarnings: [],
    configSettings: { formFactor: "mobile", throttlingMethod: "simulate" },
    environment: { networkUserAgent: "Mozilla/5.0", benchmarkIndex: 2143.5 },
    categories: {
      performance: {
        id: "performance",
        title: "Performance",
        score: 0.874,
        auditRefs: [
          { id: "largest-contentful-paint", weight: 25, group: "metrics", acronym: "LCP" },
          { id: "cumulative-layout-shift", weight: 25, group: "metrics" },
          { id: "unused-javascript", weight: 0, group: "diagnostics" },
        ],
      },
      accessibility: {
        id: "accessibility",
        title: "Accessibility",
        score: overrides.contrastScore === 0 ? 0.95 : 1,
        auditRefs: [
          { id: "color-contrast", weight: 7 },
          { id: "aria-allowed-attr", weight: 10 },
        ],
      },
      "best-practices": {
        id: "best-practices",
        title: "Best Practices",
        score: overrides.consoleItems ? 0.96 : 1,
        auditRefs: [{ id: "errors-in-console", weight: 1 }],
      },
      seo: {
        id: "seo",
        title: "SEO",
        score: overrides.seoScore === undefined ? 1 : overrides.seoScore,
        auditRefs: [
          { id: "meta-description", weight: 1 },
          { id: "link-text", weight: 1 },
          { id: "structured-data", weight: 0 },
        ],
      },
    },
    audits: {
      "largest-contentful-paint": {
        id: "largest-contentful-paint",
        title: "Largest Contentful Paint",
        score: 0.72,
        scoreDisplayMode: "numeric",
        numericValue: 3120,
        displayValue: "3.1 s",
      },
      "cumulative-layout-shift": {
        id: "cumulative-layout-shift",
        title: "Cumulative Layout Shift",
        score: 1,
        scoreDisplayMode: "numeric",
        displayValue: "0",
      },
      "unused-javascript": {
        id: "unused-javascript",
        title: "Reduce unused JavaScript",
        score: 0,
        scoreDisplayMode: "metricSavings",
        details: { type: "opportunity", items: [{ url: "http://127.0.0.1:4320/_next/static/chunks/a.js" }] },
      },
      "color-contrast": {
        id: "color-contrast",
        title: "Background and foreground colors do not have a sufficient contrast ratio.",
        score: overrides.contrastScore ?? 1,
        scoreDisplayMode: "binary",
        details: {
          type: "table",
          items: [
            {
              node: {
                type: "node",
                selector: "th > button",
                snippet: '<button type="button">Level</button>',
                explanation: "Fix any of the following:\n  Element has insufficient color contrast of 3.9",
              },
            },
          ],
        },
      },
      "aria-allowed-attr": {
        id: "aria-allowed-attr",
        title: "`[aria-*]` attributes match their roles",
        score: null,
        scoreDisplayMode: "notApplicable",
      },
      "errors-in-console": {
        id: "errors-in-console",
        title: "Browser errors were logged to the console",
        score: overrides.consoleItems ? 0 : 1,
        scoreDisplayMode: "binary",
        details: { type: "table", items: overrides.consoleItems ?? [] },
      },
      "meta-description": {
        id: "meta-description",
        title: "Document does not have a meta description",
        score: overrides.seoScore === null ? null : overrides.seoScore === 0 ? 0 : 1,
        scoreDisplayMode: overrides.seoScore === null ? "error" : "binary",
        ...(overrides.seoScore === null ? { errorMessage: "Required MetaElements gatherer did not run." } : {}),
      },
      "link-text": {
        id: "link-text",
        title: "Links do not have descriptive text",
        score: overrides.seoScore === 0.9 ? 0 : 1,
        scoreDisplayMode: "binary",
        displayValue: "1 link found",
        details: { type: "table", items: [{ href: "http://127.0.0.1:4320/assess", text: "Start", textLang: "en" }] },
      },
      // Insight audits carry an object, not a list, in details.items.
      "document-latency-insight": {
        id: "document-latency-insight",
        title: "Document request latency",
        score: 1,
        scoreDisplayMode: "metricSavings",
        details: { type: "checklist", items: { noRedirects: { label: "Avoids redirects", value: true } } },
      },
      "structured-data": {
        id: "structured-data",
        title: "Structured data is valid",
        score: null,
        scoreDisplayMode: "manual",
      },
    },
  };
}

const parse = (raw: unknown) => summariseRun(LighthouseResultSchema.parse(raw));

test("scores are out of 100, rounded as Lighthouse shows them", () => {
  expect(parse(lhr()).scores).toEqual({ performance: 87, accessibility: 100, "best-practices": 100, seo: 100 });
});

test("the machine's benchmark index is kept, rounded, when the result has one", () => {
  expect(parse(lhr()).benchmarkIndex).toBe(2144);
  const without: Record<string, unknown> = lhr();
  delete without.environment;
  expect(parse(without)).not.toHaveProperty("benchmarkIndex");
});

test("an audit fails when it carries weight and scored below 1; unweighted, passing and not-applicable audits do not", () => {
  const run = parse(lhr());
  expect(run.failing.performance).toEqual([
    {
      id: "largest-contentful-paint",
      title: "Largest Contentful Paint",
      score: 0.72,
      displayValue: "3.1 s",
      details: [],
    },
  ]);
  expect(run.failing.accessibility).toEqual([]);
  expect(run.failing.seo).toEqual([]);
});

test("a failing audit says what it found: the element and why, the console message", () => {
  const run = parse(
    lhr({
      contrastScore: 0,
      consoleItems: [
        {
          source: "network",
          description: "Failed to load resource: the server responded with a status of 404 ()",
          sourceLocation: { url: "http://127.0.0.1:4320/x.js" },
        },
        { source: "exception", description: "Error: boom\n    at f (a.js:1:1)" },
      ],
    }),
  );
  expect(run.failing.accessibility).toEqual([
    {
      id: "color-contrast",
      title: "Background and foreground colors do not have a sufficient contrast ratio.",
      score: 0,
      details: [
        '<button type="button">Level</button> (Fix any of the following: Element has insufficient color contrast of 3.9)',
      ],
    },
  ]);
  expect(run.failing["best-practices"][0]?.details).toEqual([
    "Failed to load resource: the server responded with a status of 404 ()",
    "Error: boom at f (a.js:1:1)",
  ]);
});

test("a link audit names the link's text and destination", () => {
  expect(parse(lhr({ seoScore: 0.9 })).failing.seo).toEqual([
    {
      id: "link-text",
      title: "Links do not have descriptive text",
      score: 0,
      displayValue: "1 link found",
      details: ['"Start" → http://127.0.0.1:4320/assess'],
    },
  ]);
});

test("an errored audit fails with its error message; a category without a score has null", () => {
  const run = parse(lhr({ seoScore: null }));
  expect(run.scores.seo).toBeNull();
  expect(run.failing.seo).toEqual([
    {
      id: "meta-description",
      title: "Document does not have a meta description",
      score: null,
      details: ["Required MetaElements gatherer did not run."],
    },
  ]);
});

test("a runtime error is kept; anything that is not a Lighthouse result is rejected", () => {
  const run = parse({ ...lhr(), runtimeError: { code: "NO_FCP", message: "The page did not paint any content." } });
  expect(run.runtimeError).toBe("NO_FCP: The page did not paint any content.");
  expect(() => LighthouseResultSchema.parse({ categories: {} })).toThrow();
  expect(() => LighthouseResultSchema.parse({ ...lhr(), audits: { x: { id: "x" } } })).toThrow();
});

test("failures over runs: counted, most frequent first, values kept per run, details once", () => {
  const failing = (contrast: boolean, labelValue?: string): RunSummary => {
    const run = parse(lhr({ contrastScore: contrast ? 0 : 1 }));
    return {
      ...run,
      failing: {
        ...run.failing,
        accessibility: [
          ...(labelValue
            ? [
                {
                  id: "label",
                  title: "Form elements have labels",
                  score: 0,
                  displayValue: labelValue,
                  details: ["input#hours"],
                },
              ]
            : []),
          ...run.failing.accessibility,
        ],
      },
    };
  };
  const runs = [failing(true, "1 element"), failing(true), failing(true, "1 element")];
  const recurring = recurringFailures(runs, "accessibility");
  expect(recurring.map((r) => [r.id, r.failedRuns, r.totalRuns])).toEqual([
    ["color-contrast", 3, 3],
    ["label", 2, 3],
  ]);
  expect(describeFailures(recurring)).toEqual([
    'color-contrast (Background and foreground colors do not have a sufficient contrast ratio.) [3/3 runs] | <button type="button">Level</button> (Fix any of the following: Element has insufficient color contrast of 3.9)',
    "label (Form elements have labels): 1 element, 1 element [2/3 runs] | input#hours",
  ]);
  expect(recurringFailures(runs, "seo")).toEqual([]);
});

test("long details are cut to one short line", () => {
  const run = parse(lhr({ consoleItems: [{ description: `Error: ${"x".repeat(400)}` }] }));
  const [line] = run.failing["best-practices"][0]?.details ?? [];
  expect(line?.length).toBe(160);
  expect(line?.endsWith("…")).toBe(true);
});
