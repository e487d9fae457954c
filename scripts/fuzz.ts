/**
 * `npm run fuzz`: the parser properties of scripts/fuzz/parsers.ts (the same ones `npm test` runs 10,000 times
 * each), 1,000,000 runs each. FUZZ_RUNS sets the runs (FUZZ_RUNS=100_000 npm run fuzz), FUZZ_SEED replays a
 * seed, FUZZ_ONLY=<name>[,<name>] runs only those parsers (FUZZ_ONLY=parseTeamCsv npm run fuzz). Prints runs,
 * time and seed per parser; on a failure prints the shrunk counterexample and exits 1.
 */
import fc from "fast-check";
import { createSafeStorageNow } from "@/scripts/fuzz/storage-now";
import { catalog } from "@/data/catalog";
import { fuzzRuns, fuzzSeed, parserProperties } from "@/scripts/fuzz/parsers";

const runs = fuzzRuns(1_000_000);
const every = parserProperties({ catalog, createStorage: createSafeStorageNow });
const only = process.env.FUZZ_ONLY?.split(",")
  .map((name) => name.trim())
  .filter((name) => name !== "");
const unknown = (only ?? []).filter((name) => !Object.hasOwn(every, name));
if (unknown.length > 0) {
  console.error(`fuzz: FUZZ_ONLY names ${unknown.join(", ")}; the parsers are ${Object.keys(every).join(", ")}`);
  process.exit(2);
}
const properties = only ? Object.fromEntries(Object.entries(every).filter(([name]) => only.includes(name))) : every;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

console.log(
  `Fuzzing ${Object.keys(properties).length} parsers, ${runs.toLocaleString("en")} runs each (Node ${process.version})`,
);
/** fast-check's verdict, or what its input generators threw (which it does not catch). */
function check(property: fc.IProperty<[unknown]>, seed: number) {
  try {
    return { details: fc.check(property, { numRuns: runs, seed }) };
  } catch (error) {
    return { error };
  }
}

const failed: string[] = [];
const started = performance.now();
for (const [name, property] of Object.entries(properties)) {
  // A fresh seed unless one is being replayed; printed either way, so any run can be repeated.
  const seed = fuzzSeed() ?? (Date.now() ^ (Math.random() * 0x1_0000_0000)) | 0;
  const t0 = performance.now();
  const outcome = check(property, seed);
  if ("error" in outcome) {
    // fast-check reports failures of the property; an exception here came from making an input (scripts/fuzz).
    failed.push(name);
    console.log(`  ${name.padEnd(27)} FAILED while generating an input, seed ${seed}`);
    const { error } = outcome;
    console.error(`  what failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    console.error(`  replay: FUZZ_SEED=${seed} FUZZ_RUNS=${runs} npm run fuzz`);
    continue;
  }
  const { details } = outcome;
  const line = `  ${name.padEnd(27)} ${details.numRuns.toLocaleString("en").padStart(9)} runs  ${seconds(performance.now() - t0).padStart(7)}  seed ${details.seed}`;
  if (details.failed) {
    failed.push(name);
    console.log(`${line}  FAILED`);
    console.error(fc.defaultReportMessage(details));
    const error = details.errorInstance;
    console.error(`  what failed: ${error instanceof Error ? error.message : String(error)}`);
    console.error(`  replay: FUZZ_SEED=${details.seed} FUZZ_RUNS=${details.numRuns} npm run fuzz`);
  } else {
    console.log(`${line}  ok`);
  }
}
console.log(
  `Total ${seconds(performance.now() - started)}${failed.length > 0 ? `; failed: ${failed.join(", ")}` : ""}`,
);
process.exitCode = failed.length > 0 ? 1 : 0;
