import { describe, expect, it } from "vitest";
import { NOT_PAGES } from "@/lib/security/csp";
import { config } from "./proxy";

/**
 * The matcher must be a literal for Next.js to read it, so it cannot be built from NOT_PAGES: this checks that
 * the two agree. Next.js anchors a matcher at both ends; ours is a plain regular expression otherwise.
 */
const matches = (path: string) => config.matcher.some((m) => new RegExp(`^${m}$`).test(path));

describe("the proxy's matcher", () => {
  it.each(NOT_PAGES)("skips %s, which gets the fixed resource policy from next.config.ts", (path) => {
    expect(matches(path)).toBe(false);
  });

  it.each(["/_next/static/chunks/app.js", "/_next/image"])("skips build asset %s", (path) => {
    expect(matches(path)).toBe(false);
  });

  it.each([
    "/",
    "/assess",
    "/roadmap",
    "/compare",
    "/levels/mlops-foundation",
    "/api/other",
    "/icon.svg.html",
    "/no-such-page",
  ])("runs for %s, which may be a page", (path) => {
    expect(matches(path)).toBe(true);
  });
});
