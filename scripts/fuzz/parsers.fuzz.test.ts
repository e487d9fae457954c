import fc from "fast-check";
import { test } from "vitest";
import { createSafeStorageNow } from "@/scripts/fuzz/storage-now";
import { catalog } from "@/data/catalog";
import { RUNS, fuzzSeed, parserProperties } from "@/scripts/fuzz/parsers";

/**
 * The parsers of outside input, fuzzed (scripts/fuzz/parsers.ts says what each property checks). RUNS runs
 * each (FUZZ_RUNS, default 10,000); `npm run fuzz` runs the same properties a million times each.
 * A failure prints its seed: FUZZ_SEED=<seed> replays it.
 */

const properties = parserProperties({ catalog, createStorage: createSafeStorageNow });
const params = { numRuns: RUNS, seed: fuzzSeed() };
// 10,000 runs take a few seconds each; a busy 2-core machine can make that many times longer.
const TIMEOUT = 180_000;

test(
  "profileFromQuery: any query decodes to a valid profile or named issues; valid links decode exactly",
  () => {
    fc.assert(properties.profileFromQuery, params);
  },
  TIMEOUT,
);

test(
  "restoreSavedState: any JSON restores to a valid state and says what it reset; valid states are kept",
  () => {
    fc.assert(properties.restoreSavedState, params);
  },
  TIMEOUT,
);

test(
  "createSafeStorage.getItem: any stored text, envelope and version reads as a valid state or null",
  () => {
    fc.assert(properties["createSafeStorage.getItem"], params);
  },
  TIMEOUT,
);

test(
  "handleRecommendRequest: any request gets a roadmap or a 4xx naming the problem, never a 5xx",
  () => {
    fc.assert(properties.handleRecommendRequest, params);
  },
  TIMEOUT,
);

test(
  "parseTeamCsv: any text is refused with a reason or read into valid people and explained rejected rows; valid files read exactly",
  () => {
    fc.assert(properties.parseTeamCsv, params);
  },
  TIMEOUT,
);
