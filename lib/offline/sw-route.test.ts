import { describe, expect, it } from "vitest";
import type { Precache } from "@/lib/offline/precache";
import { API_OFFLINE, routeRequest, type RequestFacts } from "@/lib/offline/sw-route";

const ORIGIN = "https://certpath.example";
const precache: Precache = {
  version: "v1",
  offlinePage: "/offline",
  staticPages: ["/", "/assess", "/levels/mlops-foundation", "/offline"],
  dynamicPages: ["/compare", "/roadmap"],
  assets: ["/_next/static/chunks/a1.js", "/icons/icon-192.png", "/manifest.webmanifest"],
};

const get = (path: string, facts: Partial<RequestFacts> = {}) =>
  routeRequest(
    { url: `${ORIGIN}${path}`, method: "GET", mode: "navigate", rscHeader: null, ...facts },
    ORIGIN,
    precache,
  );

describe("routeRequest", () => {
  it("answers prerendered pages from the cache, whatever their query or trailing slash", () => {
    expect(get("/")).toEqual({ strategy: "cache-first", key: "/" });
    expect(get("/assess?role=sre")).toEqual({ strategy: "cache-first", key: "/assess" });
    expect(get("/levels/mlops-foundation/")).toEqual({ strategy: "cache-first", key: "/levels/mlops-foundation" });
  });

  it("tries the network first for pages rendered per request, a share link falling back to the cached page", () => {
    expect(get("/roadmap?role=sre&hours=6")).toEqual({ strategy: "network-first", key: "/roadmap" });
    expect(get("/compare?ids=a,b")).toEqual({ strategy: "network-first", key: "/compare" });
  });

  it("answers build files from the cache, and leaves files it does not know to the browser", () => {
    expect(get("/_next/static/chunks/a1.js", { mode: "no-cors" })).toEqual({
      strategy: "cache-first",
      key: "/_next/static/chunks/a1.js",
    });
    expect(get("/_next/static/chunks/other.js", { mode: "no-cors" })).toEqual({ strategy: "pass" });
  });

  it("sends the API to the network only, whatever the method", () => {
    expect(get("/api/recommend?role=sre", { mode: "cors" })).toEqual({ strategy: "api" });
    expect(get("/api/recommend", { method: "POST", mode: "cors" })).toEqual({ strategy: "api" });
    expect(JSON.parse(API_OFFLINE.body)).toMatchObject({ error: expect.stringMatching(/offline/), issues: [] });
    expect(API_OFFLINE.headers["Cache-Control"]).toBe("no-store");
  });

  it("never touches another origin, nor a POST to a page", () => {
    expect(
      routeRequest(
        { url: "https://cdn.example/x.js", method: "GET", mode: "no-cors", rscHeader: null },
        ORIGIN,
        precache,
      ),
    ).toEqual({
      strategy: "pass",
    });
    expect(get("/assess", { method: "POST" })).toEqual({ strategy: "pass" });
  });

  it("sends Next.js's navigation data requests to the network, by header or by marker", () => {
    expect(get("/assess", { mode: "cors", rscHeader: "1" })).toEqual({ strategy: "rsc" });
    expect(get("/roadmap?_rsc=abc", { mode: "cors" })).toEqual({ strategy: "rsc" });
  });

  it("leaves the link-preview picture to the network: chat apps fetch it, the app never shows it", () => {
    // Drawn per request from the query, so it is neither precached nor a page (lib/offline/precache.ts).
    expect(get("/roadmap/image?role=sre&start=2027-01-04", { mode: "no-cors" })).toEqual({ strategy: "pass" });
    expect(get("/roadmap/image?role=sre")).toEqual({ strategy: "navigate" });
  });

  it("gives any other page the network, and the offline page without one", () => {
    expect(get("/no-such-page")).toEqual({ strategy: "navigate" });
    expect(get("/levels/unknown")).toEqual({ strategy: "navigate" });
  });
});
