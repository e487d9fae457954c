/**
 * What the service worker keeps for offline use, derived from the build output rather than typed by hand, so
 * a page added later (a prerendered one or one rendered per request) is covered without touching this list.
 * Pure: scripts/service-worker.ts reads the build's manifests and files and passes them in.
 */

/** The page shown for an address that needs the network while there is none (app/offline/page.tsx). */
export const OFFLINE_PAGE = "/offline";

export type BuildOutput = {
  /** prerender-manifest.json's routes: each prerendered path and whether it is a page (it has an RSC data route). */
  prerendered: readonly { route: string; page: boolean }[];
  /** app-path-routes-manifest.json: "/(planner)/roadmap/page" → "/roadmap", "/api/recommend/route" → "/api/recommend". */
  appPaths: Readonly<Record<string, string>>;
  /** Files under <distDir>/static, relative to it ("chunks/0a1b.js"). */
  staticFiles: readonly string[];
  /** Files under public/, relative to it ("icons/icon-192.png"). */
  publicFiles: readonly string[];
};

export type PrecacheList = {
  /** Prerendered pages: answered from the cache, exactly the HTML and headers the server sent. */
  staticPages: string[];
  /** Pages rendered per request: the network first, the copy cached at install when offline. */
  dynamicPages: string[];
  /** Everything else a page loads: scripts, styles, icons, the web app manifest. */
  assets: string[];
};

export type Precache = PrecacheList & {
  /** Changes whenever any cached byte can change; names the cache, so an update never mixes two builds. */
  version: string;
  offlinePage: string;
};

/** Never cached: the API (network only) and Next.js's internal pages; the worker itself is not a page either. */
function excluded(path: string): boolean {
  return path.startsWith("/api/") || path === "/api" || path.startsWith("/_") || path === "/sw.js";
}

/** The precache list of a build: every prerendered page and file, every page without parameters, every asset. */
export function precacheList(build: BuildOutput): PrecacheList {
  const staticPages = build.prerendered.filter((r) => r.page && !excluded(r.route)).map((r) => r.route);
  const prerenderedFiles = build.prerendered.filter((r) => !r.page && !excluded(r.route)).map((r) => r.route);
  const known = new Set(build.prerendered.map((r) => r.route));
  const dynamicPages = Object.entries(build.appPaths)
    .filter(([file, route]) => file.endsWith("/page") && !route.includes("[") && !known.has(route) && !excluded(route))
    .map(([, route]) => route);
  const assets = [
    ...prerenderedFiles,
    ...build.staticFiles.map((f) => `/_next/static/${f.replace(/\\/g, "/")}`),
    ...build.publicFiles.map((f) => `/${f.replace(/\\/g, "/")}`),
  ];
  const sorted = (list: string[]) => [...new Set(list)].sort();
  return { staticPages: sorted(staticPages), dynamicPages: sorted(dynamicPages), assets: sorted(assets) };
}
