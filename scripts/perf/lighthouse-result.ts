import { z } from "zod";
import { byCategory, type LighthouseCategory } from "@/scripts/perf/budgets";

/**
 * The part of a Lighthouse result (LHR, `--output=json`) that `npm run perf` reads. The file comes from
 * another program, so it is parsed rather than trusted; unknown fields are ignored.
 */
const AuditSchema = z.object({
  id: z.string(),
  title: z.string(),
  score: z.number().nullable(),
  scoreDisplayMode: z.string(),
  displayValue: z.string().optional(),
  errorMessage: z.string().optional(),
  // Tables and lists have an array of items; some insight audits have an object there instead.
  details: z.object({ items: z.unknown().optional() }).optional(),
});

const CategorySchema = z.object({
  id: z.string(),
  score: z.number().nullable(),
  auditRefs: z.array(z.object({ id: z.string(), weight: z.number() })),
});

export const LighthouseResultSchema = z.object({
  lighthouseVersion: z.string(),
  requestedUrl: z.string().optional(),
  finalDisplayedUrl: z.string(),
  runtimeError: z.object({ code: z.string(), message: z.string() }).optional(),
  runWarnings: z.array(z.string()).default([]),
  configSettings: z.object({ formFactor: z.string() }),
  // Lighthouse's measure of how fast this machine ran a fixed piece of script when the run began (higher: faster).
  environment: z.object({ benchmarkIndex: z.number().optional() }).optional(),
  categories: z.record(z.string(), CategorySchema),
  audits: z.record(z.string(), AuditSchema),
});
export type LighthouseResult = z.infer<typeof LighthouseResultSchema>;

/** An audit that cost its category points in one run. */
export type FailingAudit = {
  id: string;
  title: string;
  score: number | null;
  displayValue?: string;
  /** What it found, one line each (console messages, offending elements, URLs): at most DETAIL_LIMIT. */
  details: string[];
};

/** One Lighthouse run reduced to what the checks and the report need. */
export type RunSummary = {
  /** Category scores out of 100, as Lighthouse shows them; null when the run produced none. */
  scores: Record<LighthouseCategory, number | null>;
  failing: Record<LighthouseCategory, FailingAudit[]>;
  runtimeError?: string;
  warnings: string[];
  /**
   * Lighthouse's benchmark index of the machine at the run (3,100 to 3,800 on 2026-12-02's machine, higher is
   * faster). Lantern replays the tasks as they ran, so scores from machines whose indices differ much do not compare.
   */
  benchmarkIndex?: number;
};

const DETAIL_LIMIT = 3;

/** Scores and failing audits of one run. An audit fails when it carries weight and scored below 1 or errored. */
export function summariseRun(lhr: LighthouseResult): RunSummary {
  const scores = byCategory((id) => {
    const score = lhr.categories[id]?.score;
    return score === null || score === undefined ? null : Math.round(score * 100);
  });
  const failing = byCategory((id) =>
    (lhr.categories[id]?.auditRefs ?? []).flatMap(({ id: auditId, weight }): FailingAudit[] => {
      const audit = lhr.audits[auditId];
      if (!audit || weight <= 0) return [];
      const errored = audit.scoreDisplayMode === "error";
      if (!errored && (audit.score === null || audit.score >= 1)) return [];
      const details = errored && audit.errorMessage ? [audit.errorMessage] : itemLines(audit.details?.items);
      const shown = audit.displayValue ? { displayValue: audit.displayValue } : {};
      return [{ id: audit.id, title: audit.title, score: audit.score, ...shown, details }];
    }),
  );
  return {
    scores,
    failing,
    ...(lhr.runtimeError ? { runtimeError: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` } : {}),
    warnings: lhr.runWarnings,
    ...(lhr.environment?.benchmarkIndex === undefined
      ? {}
      : { benchmarkIndex: Math.round(lhr.environment.benchmarkIndex) }),
  };
}

/** A failing audit over several runs: how often it failed and what it reported each time. */
export type RecurringAudit = {
  id: string;
  title: string;
  failedRuns: number;
  totalRuns: number;
  displayValues: string[];
  details: string[];
};

/** The audits that failed in a category in any run, most frequent first (ties keep Lighthouse's order). */
export function recurringFailures(runs: readonly RunSummary[], category: LighthouseCategory): RecurringAudit[] {
  const byId = new Map<string, RecurringAudit>();
  for (const run of runs) {
    for (const audit of run.failing[category]) {
      const seen = byId.get(audit.id) ?? {
        id: audit.id,
        title: audit.title,
        failedRuns: 0,
        totalRuns: runs.length,
        displayValues: [],
        details: [],
      };
      seen.failedRuns += 1;
      if (audit.displayValue) seen.displayValues.push(audit.displayValue);
      for (const d of audit.details)
        if (!seen.details.includes(d) && seen.details.length < DETAIL_LIMIT) seen.details.push(d);
      byId.set(audit.id, seen);
    }
  }
  return [...byId.values()].sort((a, b) => b.failedRuns - a.failedRuns);
}

/** One line per recurring failure: `id (title): values [n/N runs] — details`. */
export function describeFailures(failures: readonly RecurringAudit[]): string[] {
  return failures.map((f) => {
    const values = f.displayValues.length > 0 ? `: ${f.displayValues.join(", ")}` : "";
    const details = f.details.length > 0 ? ` | ${f.details.join(" | ")}` : "";
    return `${f.id} (${f.title})${values} [${f.failedRuns}/${f.totalRuns} runs]${details}`;
  });
}

const MAX_DETAIL_CHARS = 160;
const oneLine = (s: string) => {
  const flat = s.replace(/\s+/g, " ").trim();
  return flat.length > MAX_DETAIL_CHARS ? `${flat.slice(0, MAX_DETAIL_CHARS - 1)}…` : flat;
};

/** A short line for each of the first table items: a console message, an element, or a URL. */
function itemLines(items: unknown): string[] {
  const lines: string[] = [];
  if (!Array.isArray(items)) return lines;
  for (const item of items) {
    if (lines.length >= DETAIL_LIMIT) break;
    const line = itemLine(item);
    if (line && !lines.includes(line)) lines.push(line);
  }
  return lines;
}

function itemLine(item: unknown): string | undefined {
  if (!isRecord(item)) return undefined;
  // A link (link-text, crawlable-anchors): its words and where it goes.
  if (typeof item.text === "string" && typeof item.href === "string") return oneLine(`"${item.text}" → ${item.href}`);
  const node = isRecord(item.node) ? item.node : undefined;
  const source = isRecord(item.sourceLocation) ? item.sourceLocation : isRecord(item.source) ? item.source : undefined;
  const text = firstString(
    item.description,
    node && firstString(node.snippet, node.selector),
    item.url,
    source?.url,
    item.href,
    item.label,
  );
  if (text === undefined) return undefined;
  const explanation = node && typeof node.explanation === "string" ? ` (${node.explanation})` : "";
  return oneLine(`${text}${explanation}`);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const firstString = (...values: unknown[]): string | undefined =>
  values.find((v): v is string => typeof v === "string" && v.trim() !== "");
