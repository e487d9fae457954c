import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach, beforeEach, vi } from "vitest";

// A console.error during a test is a bug (React warnings, hydration mismatches): fail the test on it.
beforeEach(() => {
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error called: ${args.map(String).join(" ")}`);
  });
});
afterEach(() => {
  if (typeof document !== "undefined") cleanup();
  localStorageClear();
  // Components that push history entries (the questionnaire's steps) must not leave their address behind.
  if (typeof window !== "undefined") window.history.replaceState(null, "", "/");
  vi.restoreAllMocks();
});

function localStorageClear() {
  if (typeof localStorage !== "undefined") localStorage.clear();
}
