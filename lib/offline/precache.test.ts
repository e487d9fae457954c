import { describe, expect, it } from "vitest";
import { precacheList, type BuildOutput } from "@/lib/offline/precache";

const build: BuildOutput = {
  prerendered: [
    { route: "/", page: true },
    { route: "/assess", page: true },
    { route: "/levels/mlops-foundation", page: true },
    { route: "/offline", page: true },
    { route: "/_not-found", page: true },
    { route: "/_global-error", page: true },
    { route: "/icon.svg", page: false },
    { route: "/manifest.webmanifest", page: false },
  ],
  appPaths: {
    "/page": "/",
    "/(planner)/assess/page": "/assess",
    "/(planner)/roadmap/page": "/roadmap",
    "/(planner)/roadmap/image/route": "/roadmap/image",
    "/compare/page": "/compare",
    "/levels/[id]/page": "/levels/[id]",
    "/api/recommend/route": "/api/recommend",
    "/sw.js/route": "/sw.js",
    "/icon.svg/route": "/icon.svg",
    "/team/page": "/team",
  },
  staticFiles: ["chunks/a1.js", "chunks/b2.css", "media\\icon.svg"],
  publicFiles: ["icons/icon-192.png"],
};

describe("precacheList", () => {
  const list = precacheList(build);

  it("keeps every prerendered page, Next.js's internal pages aside", () => {
    expect(list.staticPages).toEqual(["/", "/assess", "/levels/mlops-foundation", "/offline"]);
  });

  it("adds every page rendered per request that has no parameters, a new one included", () => {
    expect(list.dynamicPages).toEqual(["/compare", "/roadmap", "/team"]);
  });

  it("caches the build's files, public/ and prerendered files, but never the API or the worker", () => {
    expect(list.assets).toEqual([
      "/_next/static/chunks/a1.js",
      "/_next/static/chunks/b2.css",
      "/_next/static/media/icon.svg",
      "/icon.svg",
      "/icons/icon-192.png",
      "/manifest.webmanifest",
    ]);
    const all = [...list.staticPages, ...list.dynamicPages, ...list.assets];
    expect(all.filter((p) => p.startsWith("/api") || p === "/sw.js" || p.includes("["))).toEqual([]);
    // The link-preview picture is drawn per request for chat apps: not a page, not a file to keep.
    expect(all).not.toContain("/roadmap/image");
  });
});
