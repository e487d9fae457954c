import { startVitest } from "vitest/node";

/**
 * The certifications-table benchmark: runs components/compare/levels-table.perf.tsx in vitest (jsdom, the
 * project's vitest config) with React's production build, and reports whether it met its target. The file
 * prints its own figures; it is a vitest file because rendering a component needs vitest's CSS-module and
 * JSX handling, which plain tsx lacks.
 */
export const TABLE_BENCH_FILE = "components/compare/levels-table.perf.tsx";
/** The People table of /team: 5,000 planned people (issue 10). */
export const PEOPLE_TABLE_BENCH_FILE = "components/team/people-table.perf.tsx";

/** Sets NODE_ENV, which Next.js's types mark read-only (it is not, in a script). */
function setNodeEnv(value: string | undefined): void {
  if (value === undefined) Reflect.deleteProperty(process.env, "NODE_ENV");
  else Object.assign(process.env, { NODE_ENV: value });
}

/** Runs a table benchmark file; resolves true when it met its target. */
export async function runTableBench(file = TABLE_BENCH_FILE): Promise<boolean> {
  const previous = process.env.NODE_ENV;
  // React as users run it; vitest keeps a NODE_ENV that is already set (it only defaults it to "test").
  setNodeEnv("production");
  try {
    const vitest = await startVitest(
      "test",
      [file],
      { run: true, watch: false, config: "vitest.config.ts" },
      { test: { include: [file] } },
    );
    const failed = vitest.state.getCountOfFailedTests() > 0 || vitest.state.getUnhandledErrors().length > 0;
    const ran = vitest.state.getFiles().length > 0;
    await vitest.close();
    return ran && !failed;
  } finally {
    setNodeEnv(previous);
  }
}
