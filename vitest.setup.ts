import { afterEach, beforeEach, vi } from "vitest";

// Testing Library and its matchers are for the component tests (jsdom, see vitest.config.ts): the plain .ts tests
// run in Node and skip loading them (react-dom and friends), which was most of each such file's setup time.
const dom = typeof document === "undefined" ? undefined : await import("@testing-library/react");
if (dom) await import("@testing-library/jest-dom/vitest");
// findBy…/waitFor wait up to 5 s (Testing Library's default is 1 s). Parts of the app load their code on first
// use (React.lazy, import() on a click), and under a loaded CI machine the test runner's first transform of that
// code alone took over a second: the wait is for the code to arrive, and what must be true is unchanged.
dom?.configure({ asyncUtilTimeout: 5_000 });

// A console.error during a test is a bug (React warnings, hydration mismatches): fail the test on it.
beforeEach(() => {
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error called: ${args.map(String).join(" ")}`);
  });
});
afterEach(() => {
  dom?.cleanup();
  localStorageClear();
  // Components that push history entries (the questionnaire's steps) must not leave their address behind.
  if (typeof window !== "undefined") window.history.replaceState(null, "", "/");
  vi.restoreAllMocks();
});

function localStorageClear() {
  if (typeof localStorage !== "undefined") localStorage.clear();
}
