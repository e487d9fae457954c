/**
 * `npm run perf:csp`: what the CSP choice costs, measured. The app keeps its prerendered pages static and
 * allows their inline scripts by hash; the other route, Next.js's CSP guide, gives every page a per-request
 * nonce, which makes every page render on each request. This builds both from the working tree, as two
 * copies that differ in one line (the nonce copy's root layout says `export const dynamic = "force-dynamic"`,
 * so proxy.ts finds no prerendered page and gives each a nonce), serves them side by side, checks that each
 * answers with the policy it should, then measures on the same machine in the same run:
 * - time to first byte: TTFB_REQUESTS sequential requests per page after a warm-up, median and p95;
 * - Lighthouse performance (mobile): median of LIGHTHOUSE_RUNS runs per page, the builds interleaved.
 * The copies live in .next-csp-hashes and .next-csp-nonces (ignored like every .next-* folder) and go at the end.
 */
import { execFileSync } from "node:child_process";
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { LIGHTHOUSE_RUNS, median, percentile } from "@/scripts/perf/budgets";
import { lighthouseRetrying } from "./lighthouse";
import { killAll, run, serve, stopAll } from "./processes";

const ROOT = process.cwd();
const ROUTES = ["/", "/assess", "/compare", "/levels/mlops-foundation"] as const;
const TTFB_WARM_UP = 20;
const TTFB_REQUESTS = 200;
const ENV = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

type Variant = { name: "hashes" | "nonces"; dir: string; port: number; origin?: string };
const VARIANTS: Variant[] = [
  { name: "hashes", dir: join(ROOT, ".next-csp-hashes"), port: 4350 },
  { name: "nonces", dir: join(ROOT, ".next-csp-nonces"), port: 4351 },
];

/**
 * The working tree's files (tracked and new, not ignored) copied into `dir`. Not package-lock.json: without
 * one, Next.js takes this repo as the workspace root, so the copy compiles against its node_modules.
 */
function copyProject(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: ROOT,
    encoding: "utf8",
  })
    .split("\0")
    .filter((f) => f !== "" && f !== "package-lock.json");
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    try {
      copyFileSync(join(ROOT, file), join(dir, file));
    } catch {
      // Listed by git but deleted in the working tree: not part of the build.
    }
  }
}

/** Milliseconds until the response's headers arrive, for `count` requests one after another. */
async function ttfb(url: string, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    const response = await fetch(url);
    times.push(performance.now() - t0);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  }
  return times;
}

/** The policy a variant must answer with: hashes and no nonce on a static page, or a nonce. */
async function checkPolicy(variant: Variant, origin: string): Promise<void> {
  const policy = (await fetch(`${origin}/`)).headers.get("content-security-policy") ?? "";
  const nonce = /'nonce-/.test(policy);
  if ((variant.name === "nonces") !== nonce) {
    throw new Error(`the ${variant.name} build answered / with a policy that ${nonce ? "has" : "lacks"} a nonce`);
  }
  console.log(`checked: ${variant.name} build answers / with ${nonce ? "a nonce" : "hashes"}`);
}

const fixed = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "n/a");

async function main(): Promise<void> {
  console.log(`certpath perf:csp: Node ${process.version}, ${cpus().length} CPUs`);
  for (const variant of VARIANTS) {
    copyProject(variant.dir);
    if (variant.name === "nonces") {
      appendFileSync(join(variant.dir, "app/layout.tsx"), '\nexport const dynamic = "force-dynamic";\n');
    }
    await run(`build the ${variant.name} copy`, "npm", ["run", "--silent", "build"], { cwd: variant.dir, env: ENV });
  }
  for (const variant of VARIANTS) {
    variant.origin = (await serve(variant.port, "/", { cwd: variant.dir, env: ENV })).origin;
    await checkPolicy(variant, variant.origin);
  }

  const work = mkdtempSync(join(tmpdir(), "certpath-csp-"));
  const chromeTmp = join(work, "chrome-tmp");
  mkdirSync(chromeTmp);
  const rows: string[] = [];
  try {
    const ttfbs = new Map<string, number[]>();
    for (const route of ROUTES) {
      for (const variant of VARIANTS) {
        const url = `${variant.origin}${route}`;
        await ttfb(url, TTFB_WARM_UP);
        ttfbs.set(`${variant.name} ${route}`, await ttfb(url, TTFB_REQUESTS));
      }
    }
    const scores = new Map<string, (number | null)[]>();
    for (let i = 1; i <= LIGHTHOUSE_RUNS; i++) {
      for (const route of ROUTES) {
        for (const variant of VARIANTS) {
          const where = { outFile: join(work, "lhr.json"), cwd: work, chromeTmp, env: ENV };
          const summary = await lighthouseRetrying(`${variant.origin}${route}`, where, (line) =>
            console.log(`  run ${i} ${variant.name} ${route}: ${line}`),
          );
          const key = `${variant.name} ${route}`;
          scores.set(key, [...(scores.get(key) ?? []), summary.scores.performance]);
          console.log(`  run ${i} ${variant.name} ${route}: performance ${summary.scores.performance ?? "n/a"}`);
        }
      }
    }
    const cell = (name: string, route: string) => {
      const times = ttfbs.get(`${name} ${route}`) ?? [];
      const perf = (scores.get(`${name} ${route}`) ?? []).filter((s): s is number => s !== null);
      return `${fixed(median(times))} / ${fixed(percentile(times, 95))} ms, perf ${fixed(median(perf), 0)}`;
    };
    rows.push(`${"page".padEnd(26)}${"hashes (static pages)".padEnd(34)}nonces (every page per request)`);
    for (const route of ROUTES)
      rows.push(`${route.padEnd(26)}${cell("hashes", route).padEnd(34)}${cell("nonces", route)}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log("");
  console.log(
    `TTFB median / p95 of ${TTFB_REQUESTS} sequential requests; Lighthouse performance median of ${LIGHTHOUSE_RUNS} mobile runs`,
  );
  for (const row of rows) console.log(`  ${row}`);
}

async function cleanUp(): Promise<void> {
  await stopAll();
  for (const variant of VARIANTS) rmSync(variant.dir, { recursive: true, force: true });
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    killAll();
    for (const variant of VARIANTS) rmSync(variant.dir, { recursive: true, force: true });
    process.exit(130);
  });
}

let exitCode = 0;
try {
  await main();
} catch (error) {
  console.error(`perf:csp: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  await cleanUp();
}
process.exit(exitCode);
