import { expect, test } from "vitest";
import { parsePerfArgs } from "@/scripts/perf/args";

test("no arguments: everything runs, nothing is written", () => {
  expect(parsePerfArgs([])).toEqual({ args: { skipLighthouse: false, help: false } });
});

test("--skip-lighthouse and --json FILE, in either spelling and order", () => {
  const expected = { args: { skipLighthouse: true, help: false, jsonPath: "out.json" } };
  expect(parsePerfArgs(["--skip-lighthouse", "--json", "out.json"])).toEqual(expected);
  expect(parsePerfArgs(["--json=out.json", "--skip-lighthouse"])).toEqual(expected);
});

test("--help", () => {
  expect(parsePerfArgs(["--help"])).toEqual({ args: { skipLighthouse: false, help: true } });
});

test("unknown arguments and --json without a file are reported, one line each", () => {
  expect(parsePerfArgs(["--skip-lighthouses", "--json"])).toEqual({
    errors: ['unknown argument "--skip-lighthouses"', "--json needs a file name"],
  });
  expect(parsePerfArgs(["--json", "--skip-lighthouse"])).toEqual({ errors: ["--json needs a file name"] });
  expect(parsePerfArgs(["--json="])).toEqual({ errors: ["--json needs a file name"] });
});
