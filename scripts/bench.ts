/**
 * `npm run bench`: time per `recommend` call on the real catalog and on a generated catalog of 10,000
 * certifications in 50 tracks, then time per sort of the certifications table over that generated catalog
 * (scripts/bench-table.ts). Prints the figures and fails (exit 1) when a target is missed.
 * Figures are medians of several rounds, measured in this run, so a noisy machine shows as spread.
 */
import fc from "fast-check";
import { catalog } from "@/data/catalog";
import { CatalogSchema, type Catalog } from "@/lib/catalog/schema";
import { syntheticCatalog } from "@/lib/catalog/synthetic";
import { arbitraryProfile } from "@/lib/profile/arbitrary-profile";
import type { Profile } from "@/lib/profile/schema";
import { recommend } from "@/lib/recommender/recommend";
import { knownIdsOf } from "@/lib/saved/saved-state";
import { planTeam } from "@/lib/team/plan-team";
import { runTeamJob } from "@/lib/team/team-job";
import { syntheticTeam } from "@/lib/team/synthetic-team";
import { PEOPLE_TABLE_BENCH_FILE, runTableBench, TABLE_BENCH_FILE } from "@/scripts/bench-table";

const TARGET_REAL_US = 50;
const TARGET_GENERATED_MS = 20;
/** Planning a whole team of 5,000 people (issue 10). */
const TARGET_TEAM_MS = 250;
const TEAM_SIZE = 5_000;
const ROUNDS = 7;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Median milliseconds per call over ROUNDS rounds of `calls` calls, cycling through `profiles`. */
function timePerCall(c: Catalog, profiles: Profile[], calls: number): { median: number; min: number; max: number } {
  let sink = 0;
  for (let i = 0; i < Math.min(calls, 1_000); i++)
    sink += recommend(profiles[i % profiles.length] as Profile, c).steps.length;
  const rounds: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now();
    for (let i = 0; i < calls; i++) sink += recommend(profiles[i % profiles.length] as Profile, c).steps.length;
    rounds.push((performance.now() - t0) / calls);
  }
  if (sink < 0) console.log(sink); // keeps the calls from being optimised away
  return { median: median(rounds), min: Math.min(...rounds), max: Math.max(...rounds) };
}

const sample = (c: Catalog) => fc.sample(arbitraryProfile(c), { numRuns: 256, seed: 20270104 });

const realProfiles = sample(catalog);
const real = timePerCall(catalog, realProfiles, 20_000);

const t0 = performance.now();
const generated = CatalogSchema.parse(syntheticCatalog(10_000, 50));
const parseMs = performance.now() - t0;
const genProfiles = sample(generated);
const t1 = performance.now();
recommend(genProfiles[0] as Profile, generated);
const firstCallMs = performance.now() - t1;
const gen = timePerCall(generated, genProfiles, 200);

const sizeRatio = generated.certifications.length / catalog.certifications.length;
const timeRatio = gen.median / real.median;
const fmt = (n: number, digits = 1) => n.toFixed(digits);

const rows = [
  [
    "real catalog",
    `${catalog.certifications.length} certifications`,
    `${fmt(real.median * 1000)} µs/call`,
    `(rounds ${fmt(real.min * 1000)}–${fmt(real.max * 1000)} µs)`,
    `target < ${TARGET_REAL_US} µs`,
  ],
  [
    "generated catalog",
    `${generated.certifications.length} certifications, ${generated.tracks.length} tracks`,
    `${fmt(gen.median, 3)} ms/call`,
    `(rounds ${fmt(gen.min, 3)}–${fmt(gen.max, 3)} ms)`,
    `target < ${TARGET_GENERATED_MS} ms`,
  ],
];
console.log("recommend() benchmark (median of %d rounds, Node %s)", ROUNDS, process.version);
for (const row of rows) console.log(`  ${row.join("  ")}`);
console.log(`  generated/real time ratio ${fmt(timeRatio)} for a size ratio of ${fmt(sizeRatio)} (linear bound)`);
console.log(
  `  one-off: parsing the generated catalog ${fmt(parseMs)} ms; first call incl. index build ${fmt(firstCallMs, 2)} ms`,
);

const failures = [
  real.median * 1000 >= TARGET_REAL_US && `real catalog ${fmt(real.median * 1000)} µs ≥ ${TARGET_REAL_US} µs`,
  gen.median >= TARGET_GENERATED_MS && `generated catalog ${fmt(gen.median, 3)} ms ≥ ${TARGET_GENERATED_MS} ms`,
  timeRatio > sizeRatio && `time ratio ${fmt(timeRatio)} is worse than linear (${fmt(sizeRatio)})`,
].filter(Boolean);
if (failures.length > 0) {
  console.error(`FAIL: ${failures.join("; ")}`);
  process.exitCode = 1;
} else {
  console.log("PASS: all recommend() targets met");
}

console.log("");
if (await runTableBench()) {
  console.log("PASS: the certifications table sorts within its target");
} else {
  console.error(`FAIL: the certifications table benchmark missed its target or failed (${TABLE_BENCH_FILE})`);
  process.exitCode = 1;
}

console.log("");
{
  // Planning a team of 5,000 different profiles (lib/team/synthetic-team.ts) as /team does it: its job
  // (lib/team/team-job.ts) plans each person's steps and warnings (recommendSteps) and works out the People
  // rows, coverage and load; that is the target. The CLI and API (planTeam) make whole roadmaps with every
  // reason: timed too, for information.
  const team = syntheticTeam(TEAM_SIZE, knownIdsOf(catalog));
  const job = { kind: "people", people: team, catalog } as const;
  runTeamJob({ ...job, people: team.slice(0, 500) });
  planTeam(team.slice(0, 500), catalog);
  const jobRounds: number[] = [];
  const cliRounds: number[] = [];
  let steps = 0;
  // The job's rounds first, then planTeam's: alternating them made each job round collect the garbage of
  // 5,000 whole roadmaps left by the planTeam round before it, which the page's worker never has.
  for (let r = 0; r < ROUNDS; r++) {
    const t = performance.now();
    const result = runTeamJob(job);
    jobRounds.push(performance.now() - t);
    if (!result.ok) throw new Error(`the team job failed: ${result.error}`);
  }
  for (let r = 0; r < ROUNDS; r++) {
    const t = performance.now();
    steps = planTeam(team, catalog).reduce((n, p) => n + p.roadmap.steps.length, 0);
    cliRounds.push(performance.now() - t);
  }
  const ms = median(jobRounds);
  const range = (rounds: number[]) => `rounds ${fmt(Math.min(...rounds))}–${fmt(Math.max(...rounds))} ms`;
  console.log(`team planning benchmark (median of ${ROUNDS} rounds)`);
  console.log(
    `  /team's job, ${TEAM_SIZE.toLocaleString("en")} people (${steps.toLocaleString("en")} steps, rows, coverage, load): ${fmt(ms)} ms  (${range(jobRounds)})  target < ${TARGET_TEAM_MS} ms`,
  );
  console.log(
    `  CLI and API (planTeam, whole roadmaps with reasons): ${fmt(median(cliRounds))} ms  (${range(cliRounds)})  no target`,
  );
  if (ms < TARGET_TEAM_MS) console.log("PASS: planning 5,000 people within its target");
  else {
    console.error(`FAIL: planning ${TEAM_SIZE} people took ${fmt(ms)} ms ≥ ${TARGET_TEAM_MS} ms`);
    process.exitCode = 1;
  }
}

console.log("");
if (await runTableBench(PEOPLE_TABLE_BENCH_FILE)) {
  console.log("PASS: the People table sorts within its target");
} else {
  console.error(`FAIL: the People table benchmark missed its target or failed (${PEOPLE_TABLE_BENCH_FILE})`);
  process.exitCode = 1;
}
