import { expect, test } from "vitest";
import { nextEnvForDefaultDistDir, nextEnvPointsAtDistDir, onlyDistDirIncludesAdded } from "@/scripts/perf/next-files";

const BEFORE = `{
  "compilerOptions": { "strict": true, "paths": { "@/*": ["./*"] } },
  "include": ["next-env.d.ts", "**/*.ts", ".next/types/**/*.ts"],
  "exclude": ["node_modules", ".next-*"]
}
`;
/** What `next build` with distDir .next-perf writes back: the same object, reformatted, two includes added. */
const AFTER = `${JSON.stringify(
  {
    compilerOptions: { strict: true, paths: { "@/*": ["./*"] } },
    include: [
      "next-env.d.ts",
      "**/*.ts",
      ".next/types/**/*.ts",
      ".next-perf/types/**/*.ts",
      ".next-perf/dev/types/**/*.ts",
    ],
    exclude: ["node_modules", ".next-*"],
  },
  null,
  2,
)}\n`;

test("a tsconfig that Next.js only reformatted and gave the distDir's type globs can be put back", () => {
  expect(onlyDistDirIncludesAdded(BEFORE, AFTER, ".next-perf")).toBe(true);
});

test("anything else changed meanwhile (an option, another include, unparsable text) is left alone", () => {
  expect(onlyDistDirIncludesAdded(BEFORE, AFTER.replace('"strict": true', '"strict": false'), ".next-perf")).toBe(
    false,
  );
  expect(onlyDistDirIncludesAdded(BEFORE, AFTER.replace(".next-perf/dev/types", "src/types"), ".next-perf")).toBe(
    false,
  );
  expect(onlyDistDirIncludesAdded(BEFORE, AFTER, ".next-other")).toBe(false);
  expect(onlyDistDirIncludesAdded(BEFORE, "{ oops", ".next-perf")).toBe(false);
  expect(onlyDistDirIncludesAdded(BEFORE, BEFORE, ".next-perf")).toBe(false);
});

test("a tsconfig without an include list gets one from Next.js: that too can be put back", () => {
  const before = `{ "compilerOptions": {} }`;
  expect(
    onlyDistDirIncludesAdded(
      before,
      JSON.stringify({ compilerOptions: {}, include: [".next-perf/types/**/*.ts"] }),
      ".next-perf",
    ),
  ).toBe(true);
});

const envFor = (distDir: string) => `/// <reference types="next" />
/// <reference types="next/image-types/global" />
import "./${distDir}/types/routes.d.ts";
import "./${distDir}/types/root-params.d.ts";
`;

test("next-env.d.ts: restore only when the build pointed it at the perf folder", () => {
  expect(nextEnvPointsAtDistDir(envFor(".next"), envFor(".next-perf"), ".next-perf")).toBe(true);
  expect(nextEnvPointsAtDistDir(undefined, envFor(".next-perf"), ".next-perf")).toBe(true);
  // Another build (into .next) rewrote it after ours: theirs stands.
  expect(nextEnvPointsAtDistDir(envFor(".next"), envFor(".next"), ".next-perf")).toBe(false);
  expect(nextEnvPointsAtDistDir(envFor(".next-perf"), envFor(".next-perf"), ".next-perf")).toBe(false);
  expect(nextEnvPointsAtDistDir(envFor(".next"), undefined, ".next-perf")).toBe(false);
});

test("next-env.d.ts pointed back at .next, whatever another build left in it before ours", () => {
  expect(nextEnvForDefaultDistDir(envFor(".next-perf"), ".next-perf")).toBe(envFor(".next"));
  expect(nextEnvForDefaultDistDir(envFor(".next"), ".next-perf")).toBeUndefined();
  // Another tool's folder is not ours to change.
  expect(nextEnvForDefaultDistDir(envFor(".next-bench"), ".next-perf")).toBeUndefined();
});
