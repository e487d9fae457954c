/**
 * `npm run bench:api`: load test of POST /api/recommend on the production build.
 *
 * Builds the app into .next-bench (never .next, which may be in use) when that build is missing or older than
 * any source file, serves it with the production server (server.ts) on 127.0.0.1:4330, checks one answer,
 * warms up, then drives 50 connections for 10 s with autocannon: first GET /icon.svg (a static file through
 * Next.js: this machine's floor, measured in the same run because the machine is noisy), then
 * POST /api/recommend with a valid JSON profile; then the API at fewer connections, to show how p99 grows.
 * Passes when the API run has no errors, no timeouts, no non-2xx answers and a p99 latency under 25 ms;
 * exits 1 otherwise. The server is stopped however the run ends.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { EXAMPLE_PROFILE } from "@/lib/profile/example-profile";
import { RoadmapSchema } from "@/lib/recommender/roadmap-schema";
import { guardNextFiles, HOST, killAll, run, serve, stop } from "./processes";

const ROOT = process.cwd();
const DIST_DIR = ".next-bench";
const PORT = 4330;
const ORIGIN = `http://${HOST}:${PORT}`;
const ENV = { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" };

const CONNECTIONS = 50;
const DURATION_S = 10;
const WARM_UP_S = 3;
const P99_TARGET_MS = 25;
/** After the main run, the API at these connection counts (SWEEP_S each): where the p99 target holds. */
const SWEEP = [1, 5, 10, 20, 30] as const;
const SWEEP_S = 4;

const API = {
  label: "POST /api/recommend",
  url: `${ORIGIN}/api/recommend`,
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(EXAMPLE_PROFILE),
} as const;
const BASELINE = { label: "GET /icon.svg (baseline)", url: `${ORIGIN}/icon.svg`, method: "GET" } as const;

type Target = typeof API | typeof BASELINE;

// ---------------------------------------------------------------------------------------------------------
// The build

/** Everything a build reads: a change to any of these (tests aside) makes .next-bench stale. */
const SOURCE_DIRS = ["app", "components", "lib", "data", "public"];
const SOURCE_FILES = [
  "next.config.ts",
  "proxy.ts",
  "server.ts",
  "scripts/build-server.ts",
  "package.json",
  "package-lock.json",
];
const NOT_BUILT = /\.(test|spec|perf)\.tsx?$/;

function newestSource(): { file: string; mtimeMs: number } {
  let newest = { file: "", mtimeMs: 0 };
  const visit = (file: string) => {
    const stat = statSync(file);
    if (stat.isDirectory()) for (const entry of readdirSync(file)) visit(join(file, entry));
    else if (!NOT_BUILT.test(file) && stat.mtimeMs > newest.mtimeMs) newest = { file, mtimeMs: stat.mtimeMs };
  };
  for (const path of [...SOURCE_DIRS, ...SOURCE_FILES]) if (existsSync(join(ROOT, path))) visit(path);
  return newest;
}

/** Why .next-bench must be (re)built, or undefined when its build is newer than every source. */
function buildNeeded(): string | undefined {
  const buildId = join(ROOT, DIST_DIR, "BUILD_ID");
  if (!existsSync(buildId)) return `${DIST_DIR} has no build`;
  const newest = newestSource();
  const built = statSync(buildId).mtimeMs;
  return newest.mtimeMs > built ? `${newest.file} is newer than the build in ${DIST_DIR}` : undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Processes

// Ctrl-C or a kill: stop the children first (synchronously: there is no time to wait).
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.once(signal, () => {
    killAll();
    process.exit(130);
  });
}

// ---------------------------------------------------------------------------------------------------------
// Load

/** One answer of each kind, checked before timing anything: a fast wrong answer is no result. */
async function checkAnswers(): Promise<void> {
  const icon = await fetch(BASELINE.url);
  await icon.arrayBuffer();
  if (icon.status !== 200) throw new Error(`${BASELINE.label} answered ${icon.status}`);
  const api = await fetch(API.url, { method: API.method, headers: API.headers, body: API.body });
  const body: unknown = await api.json();
  if (api.status !== 200) throw new Error(`${API.label} answered ${api.status}: ${JSON.stringify(body)}`);
  const roadmap = RoadmapSchema.safeParse(body);
  if (!roadmap.success) throw new Error(`${API.label} answered 200 with something that is not a roadmap`);
  console.log(`checked: ${API.label} → 200 with a roadmap of ${roadmap.data.steps.length} steps`);
}

function load(target: Target, seconds: number, connections: number): Promise<autocannon.Result> {
  return autocannon({
    url: target.url,
    method: target.method,
    ...("body" in target ? { headers: target.headers, body: target.body } : {}),
    connections,
    duration: seconds,
  });
}

const ms = (n: number) => `${n.toFixed(0)} ms`;
const count = (n: number) => n.toLocaleString("en");
const COLUMNS = ["req/s", "p50", "p99", "max", "errors", "timeouts", "non-2xx", "requests"];

function row(label: string, r: autocannon.Result): string {
  const cells = [
    count(Math.round(r.requests.average)),
    ms(r.latency.p50),
    ms(r.latency.p99),
    ms(r.latency.max),
    count(r.errors),
    count(r.timeouts),
    count(r.non2xx),
    count(r.requests.total),
  ];
  return `  ${label.padEnd(26)}${cells.map((c) => c.padStart(9)).join("")}`;
}

async function main(): Promise<boolean> {
  const nextVersion: unknown = JSON.parse(readFileSync(join(ROOT, "node_modules/next/package.json"), "utf8")).version;
  console.log(`certpath bench:api: Next.js ${String(nextVersion)}, Node ${process.version}, ${cpus().length} CPUs`);

  const why = buildNeeded();
  if (why) {
    console.log(`build: ${why}`);
    const restore = guardNextFiles(ROOT, DIST_DIR);
    try {
      // The project's own build script (next build and what follows it, such as the CSP manifest).
      await run(`npm run build into ${DIST_DIR}`, "npm", ["run", "--silent", "build"], { cwd: ROOT, env: ENV });
    } finally {
      restore();
    }
  } else {
    console.log(`build: ${DIST_DIR} is newer than every source; reusing it`);
  }

  // Ready when a static file answers: the page or the API would be measured by their own first request.
  const server = await serve(PORT, "/icon.svg", { cwd: ROOT, env: ENV });
  console.log(`server.ts: PID ${server.child.pid}, ${ORIGIN}`);
  try {
    await checkAnswers();
    process.stdout.write(`warm-up: ${WARM_UP_S} s each … `);
    await load(BASELINE, WARM_UP_S, 10);
    await load(API, WARM_UP_S, 10);
    console.log("done");

    console.log(`load: ${CONNECTIONS} connections, ${DURATION_S} s each`);
    const baseline = await load(BASELINE, DURATION_S, CONNECTIONS);
    const api = await load(API, DURATION_S, CONNECTIONS);

    console.log("");
    console.log(`  ${"".padEnd(26)}${COLUMNS.map((c) => c.padStart(9)).join("")}`);
    console.log(row(BASELINE.label, baseline));
    console.log(row(API.label, api));
    const codes = Object.entries(api.statusCodeStats ?? {}).map(([code, s]) => `${code}: ${count(s.count ?? 0)}`);
    console.log(`  API status codes: ${codes.join(", ")}`);
    console.log(
      `  API/baseline: ${(api.requests.average / baseline.requests.average).toFixed(2)}× the requests per second, p99 ${ms(api.latency.p99)} vs ${ms(baseline.latency.p99)}`,
    );

    console.log("");
    console.log(`  API p99 by connections (${SWEEP_S} s each; the target is ${P99_TARGET_MS} ms at ${CONNECTIONS}):`);
    for (const connections of SWEEP) {
      const r = await load(API, SWEEP_S, connections);
      const verdict = r.latency.p99 < P99_TARGET_MS ? "under" : "over";
      console.log(
        `  ${String(connections).padStart(4)} connections: ${count(Math.round(r.requests.average))} req/s, p50 ${ms(r.latency.p50)}, p99 ${ms(r.latency.p99)} (${verdict} ${P99_TARGET_MS} ms)`,
      );
    }

    const failures = [
      api.errors > 0 && `${count(api.errors)} errors`,
      api.timeouts > 0 && `${count(api.timeouts)} timeouts`,
      api.non2xx > 0 && `${count(api.non2xx)} non-2xx answers`,
      !(api.latency.p99 < P99_TARGET_MS) && `p99 ${ms(api.latency.p99)} ≥ ${P99_TARGET_MS} ms`,
    ].filter((f) => f !== false);
    if (baseline.errors + baseline.timeouts + baseline.non2xx > 0) {
      console.log("  note: the baseline had errors, timeouts or non-2xx answers: the machine or server is struggling");
    }
    console.log("");
    console.log(failures.length === 0 ? "PASS" : `FAIL: ${API.label}: ${failures.join("; ")}`);
    return failures.length === 0;
  } finally {
    await stop(server);
  }
}

main().then(
  (passed) => {
    process.exitCode = passed ? 0 : 1;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    killAll();
    process.exitCode = 1;
  },
);
