import { describe, expect, it } from "vitest";
import { NOT_PAGES, WORKER_PATH } from "@/lib/security/csp";
import { config } from "./proxy";

/**
 * The matcher must be a literal for Next.js to read it, so it cannot be built from NOT_PAGES: this checks that
 * the two agree. Next.js anchors a matcher at both ends; ours is a plain regular expression otherwise.
 */
const matches = (path: string) => config.matcher.some((m) => new RegExp(`^${m}$`).test(path));

describe("the proxy's matcher", () => {
  // NOT_PAGES is in next.config.ts's pattern syntax: ":path*" stands for any rest of the path.
  const examples = NOT_PAGES.flatMap((p) =>
    p.endsWith("/:path*") ? [p.replace(":path*", "recommend"), p.replace(":path*", "team/x")] : [p],
  );
  it.each(examples)("skips %s, which gets the fixed resource policy from next.config.ts", (path) => {
    expect(matches(path)).toBe(false);
  });

  it("skips the service worker, whose route sends its own policy", () => {
    expect(matches(WORKER_PATH)).toBe(false);
  });

  it.each(["/_next/static/chunks/app.js", "/_next/image", "/icons/icon-192.png"])("skips file %s", (path) => {
    expect(matches(path)).toBe(false);
  });

  it.each([
    "/",
    "/assess",
    "/roadmap",
    "/compare",
    "/levels/mlops-foundation",
    "/api",
    "/apis",
    "/icon.svg.html",
    "/no-such-page",
    "/offline",
    "/sw.js.map",
  ])("runs for %s, which may be a page", (path) => {
    expect(matches(path)).toBe(true);
  });
});
