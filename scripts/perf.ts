/**
 * `npm run perf [-- --skip-lighthouse] [-- --json out.json]`: the performance budget.
 *
 * Builds the app into .next-perf (never .next, which may be in use) and a bare Next.js App Router app into a
 * temp dir (the framework's floor, same Next.js and React), serves the app with its server.ts and the bare one
 * with `next start` (ports 4320 and 4321), and the same bare app sent with certpath's security headers (port
 * 4322), then measures each route's gzipped first-load JavaScript against the bare page's and its Lighthouse
 * scores (mobile, median of LIGHTHOUSE_RUNS runs) against the bare page with the headers
 * (PERFORMANCE_REFERENCE_LABEL), measured in the same run because this machine's scores drift. Prints tables, a PASS/FAIL line per check and a summary; exits 1
 * when anything fails.
 * The rules and the formatting live in scripts/perf; this file starts processes and moves figures between them.
 */
import { mkdtempSync, mkdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parsePerfArgs, PERF_USAGE } from "@/scripts/perf/args";
import { bareAppFiles, commonAncestor, type Header } from "@/scripts/perf/bare-app";
import { SECURITY_HEADERS } from "@/lib/security/csp";
import {
  BARE_HEADERS_LABEL,
  BARE_LABEL,
  byCategory,
  categoryMedian,
  median,
  checkJsBudgets,
  jsChecks,
  LIGHTHOUSE_CATEGORIES,
  LIGHTHOUSE_RUNS,
  lighthouseChecks,
  PERFORMANCE_REFERENCE_LABEL,
  PERF_ROUTES,
  summaryLine,
  type Check,
} from "@/scripts/perf/budgets";
import { gzipSize, scriptUrls } from "@/scripts/perf/first-load";
import { describeFailures, recurringFailures, type RunSummary } from "@/scripts/perf/lighthouse-result";
import { checkLines, gapTable, jsTable, lighthouseTable } from "@/scripts/perf/report";
import { lighthouseRetrying } from "./lighthouse";
import { guardNextFiles, NEXT_BIN, run, serve, stopAll } from "./processes";

const ROOT = process.cwd();
const DIST_DIR = ".next-perf";
const APP_PORT = 4320;
const BARE_PORT = 4321;
const BARE_HEADERS_PORT = 4322;
const ENV = { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" };

const parsed = parsePerfArgs(process.argv.slice(2));
if ("errors" in parsed) {
  for (const e of parsed.errors) console.error(`perf: ${e}`);
  console.error(PERF_USAGE);
  process.exit(2);
}
const args = parsed.args;
if (args.help) {
  console.log(PERF_USAGE);
  process.exit(0);
}

const workDir = mkdtempSync(join(tmpdir(), "certpath-perf-"));
const chromeTmp = join(workDir, "chrome-tmp");
mkdirSync(chromeTmp);

type ScriptSize = { url: string; bytes: number; gzipBytes: number };
type PageJs = { url: string; scripts: ScriptSize[]; gzipBytes: number };

/** The page's HTML, every script it names or preloads, each gzipped at level 9 and summed. */
async function firstLoadJs(url: string): Promise<PageJs> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const html = await response.text();
  const scripts: ScriptSize[] = [];
  for (const src of scriptUrls(html, url)) {
    const script = await fetch(src);
    if (!script.ok) throw new Error(`${src} (named by ${url}) answered ${script.status}`);
    const bytes = new Uint8Array(await script.arrayBuffer());
    scripts.push({ url: new URL(src).pathname, bytes: bytes.length, gzipBytes: gzipSize(bytes) });
  }
  return { url, scripts, gzipBytes: scripts.reduce((sum, s) => sum + s.gzipBytes, 0) };
}

function writeBareApp(dir: string, headers: readonly Header[] = []): void {
  const modules = join(ROOT, "node_modules");
  const root = commonAncestor(realpathSync(dir), realpathSync(modules));
  for (const [file, text] of Object.entries(bareAppFiles(root, headers))) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  symlinkSync(modules, join(dir, "node_modules"), "dir");
}

async function main(): Promise<Check[]> {
  const nextVersion: unknown = JSON.parse(readFileSync(join(ROOT, "node_modules/next/package.json"), "utf8")).version;
  console.log(
    `certpath perf: Next.js ${String(nextVersion)}, Node ${process.version}, ${cpus().length} CPUs, ${args.skipLighthouse ? "JS budgets only" : `Lighthouse ${LIGHTHOUSE_RUNS} runs per page`}`,
  );

  // The project's own build script (next build and any step after it, such as a CSP manifest), into .next-perf.
  const restore = guardNextFiles(ROOT, DIST_DIR);
  try {
    await run(`build app into ${DIST_DIR} (npm run build)`, "npm", ["run", "--silent", "build"], {
      cwd: ROOT,
      env: ENV,
    });
  } finally {
    restore();
  }
  const bareDir = join(workDir, "bare");
  mkdirSync(bareDir);
  writeBareApp(bareDir);
  await run(`build bare Next.js app in ${bareDir}`, NEXT_BIN, ["build"], { cwd: bareDir, env: ENV });
  // Lighthouse's reference: the same page with the security headers every certpath page sends.
  const bareHeadersDir = join(workDir, "bare-headers");
  mkdirSync(bareHeadersDir);
  writeBareApp(bareHeadersDir, SECURITY_HEADERS);
  if (!args.skipLighthouse)
    await run(`build bare app with certpath's headers in ${bareHeadersDir}`, NEXT_BIN, ["build"], {
      cwd: bareHeadersDir,
      env: ENV,
    });

  const app = (await serve(APP_PORT, "/", { cwd: ROOT, env: ENV })).origin;
  const bare = (await serve(BARE_PORT, "/", { cwd: bareDir, env: ENV }, "next start")).origin;
  const bareHeaders = args.skipLighthouse
    ? null
    : (await serve(BARE_HEADERS_PORT, "/", { cwd: bareHeadersDir, env: ENV }, "next start")).origin;
  console.log(`serving: app ${app}, bare ${bare}${bareHeaders ? `, bare with headers ${bareHeaders}` : ""}`);

  const references = [
    { label: BARE_LABEL, url: `${bare}/` },
    ...(bareHeaders ? [{ label: BARE_HEADERS_LABEL, url: `${bareHeaders}/` }] : []),
  ];
  const pages = [...references, ...PERF_ROUTES.map((r) => ({ label: r.label, url: `${app}${r.path}` }))];

  const js = new Map<string, PageJs>();
  for (const page of pages) js.set(page.label, await firstLoadJs(page.url));
  const bareJs = js.get(BARE_LABEL)?.gzipBytes ?? NaN;
  const routesJs = PERF_ROUTES.map((r) => ({ ...r, gzipBytes: js.get(r.label)?.gzipBytes ?? NaN }));
  const rows = checkJsBudgets(routesJs, bareJs);

  console.log("");
  console.log(
    "First-load JavaScript, gzip -9 KiB: every script the HTML names or preloads (nomodule polyfills excluded)",
  );
  for (const line of jsTable(bareJs, rows)) console.log(`  ${line}`);
  for (const r of PERF_ROUTES.filter((r) => r.label !== r.path)) console.log(`  ${r.label} is ${r.path}`);

  const checks: Check[] = jsChecks(rows);
  const runs = new Map<string, RunSummary[]>(pages.map((p) => [p.label, []]));

  if (!args.skipLighthouse) {
    console.log("");
    console.log(
      `Lighthouse ${LIGHTHOUSE_RUNS} × ${pages.length} pages (mobile), pages interleaved so drift hits all alike`,
    );
    for (let i = 1; i <= LIGHTHOUSE_RUNS; i++) {
      for (const page of pages) {
        const t0 = performance.now();
        const where = { outFile: join(workDir, `lhr-${i}.json`), cwd: workDir, chromeTmp, env: ENV };
        const summary = await lighthouseRetrying(page.url, where, (line) =>
          console.log(`  run ${i} ${page.label}: ${line}`),
        );
        runs.get(page.label)?.push(summary);
        const scores = LIGHTHOUSE_CATEGORIES.map((c) => `${c} ${summary.scores[c] ?? "n/a"}`).join(", ");
        const error = summary.runtimeError ? `  (${summary.runtimeError})` : "";
        const index = summary.benchmarkIndex === undefined ? "" : `, benchmark index ${summary.benchmarkIndex}`;
        const took = `${((performance.now() - t0) / 1000).toFixed(1)} s`;
        console.log(`  run ${i} ${page.label}: ${scores} (${took}${index})${error}`);
      }
    }
    const medians = pages.map((p) => {
      const pageRuns = runs.get(p.label) ?? [];
      return { label: p.label, categories: byCategory((c) => categoryMedian(pageRuns.map((r) => r.scores[c]))) };
    });
    console.log("");
    console.log(`Lighthouse medians (the ${LIGHTHOUSE_RUNS} runs in brackets)`);
    for (const line of lighthouseTable(medians)) console.log(`  ${line}`);
    console.log(`  (the references' other scores are not checked)`);
    const indices = [...runs.values()]
      .flat()
      .flatMap((r) => (r.benchmarkIndex === undefined ? [] : [r.benchmarkIndex]));
    if (indices.length > 0)
      console.log(
        `  Lighthouse's benchmark index of this machine over the runs (higher is faster): median ${Math.round(median(indices))}, ${Math.min(...indices)} to ${Math.max(...indices)}`,
      );
    console.log("");
    console.log(`Performance gaps, in points (the checks use ${PERFORMANCE_REFERENCE_LABEL})`);
    const performanceOf = (m: (typeof medians)[number]) => ({
      label: m.label,
      median: m.categories.performance.median,
    });
    const referenceMedians = medians.slice(0, references.length);
    const routeMedians = medians.slice(references.length);
    for (const line of gapTable(referenceMedians.map(performanceOf), routeMedians.map(performanceOf)))
      console.log(`  ${line}`);

    const reference = {
      label: PERFORMANCE_REFERENCE_LABEL,
      performance: medians.find((m) => m.label === PERFORMANCE_REFERENCE_LABEL)?.categories.performance.median ?? null,
    };
    for (const { label, categories } of routeMedians) {
      const pageRuns = runs.get(label) ?? [];
      // A run that produced no scores explains a category only when no run did.
      const errors = pageRuns.flatMap((r) => (r.runtimeError ? [`run error: ${r.runtimeError}`] : []));
      const reasons = byCategory((c) => [
        ...(categories[c].median === null ? errors : []),
        ...describeFailures(recurringFailures(pageRuns, c)),
      ]);
      checks.push(...lighthouseChecks(label, categories, reference, reasons));
    }
  }

  console.log("");
  console.log("Checks");
  for (const line of checkLines(checks)) console.log(`  ${line}`);

  if (args.jsonPath) {
    const report = {
      generatedAt: new Date().toISOString(),
      next: nextVersion,
      node: process.version,
      cpus: cpus().length,
      pages: pages.map((p) => ({ label: p.label, url: p.url, js: js.get(p.label), lighthouse: runs.get(p.label) })),
      jsBudgets: rows,
      checks,
      pass: checks.every((c) => c.pass),
    };
    writeFileSync(args.jsonPath, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nfigures written to ${args.jsonPath}`);
  }
  return checks;
}

let cleaned = false;
async function cleanUp(): Promise<void> {
  if (cleaned) return;
  cleaned = true;
  await stopAll();
  rmSync(workDir, { recursive: true, force: true });
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.log(`\nperf: interrupted (${signal}), stopping servers`);
    void cleanUp().then(() => process.exit(130));
  });
}

let exitCode = 1;
try {
  const checks = await main();
  console.log("");
  console.log(summaryLine(checks, args.skipLighthouse));
  exitCode = checks.every((c) => c.pass) ? 0 : 1;
} catch (error) {
  console.log("");
  console.error(error instanceof Error ? error.message : String(error));
  console.log(`perf: ERROR, ${error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error)}`);
} finally {
  await cleanUp();
}
process.exit(exitCode);
