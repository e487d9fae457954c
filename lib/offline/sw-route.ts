import type { Precache } from "@/lib/offline/precache";

/**
 * How the service worker answers one request. Pure, so every rule has a unit test; the worker
 * (worker/service-worker.ts) only carries the decision out.
 */
export type SwRoute =
  /** A precached page or file: from the cache (the network only if the cache has lost it). */
  | { strategy: "cache-first"; key: string }
  /** A page rendered per request (a share link, the compare view): the network, else the cached copy of `key`. */
  | { strategy: "network-first"; key: string }
  /** The API: the network only, never cached; offline, a JSON answer that says so. */
  | { strategy: "api" }
  /** Next.js fetching a page's data for a client-side navigation: the network only; offline, see RSC_OFFLINE. */
  | { strategy: "rsc" }
  /** Any other page: the network; offline, the offline page. */
  | { strategy: "navigate" }
  /** Not the worker's business (another origin, a POST to a page, a file not in the build): the browser's own. */
  | { strategy: "pass" };

export type RequestFacts = { url: string; method: string; mode: string; rscHeader: string | null };

/** A path without a trailing slash (but "/" stays "/"), as the precache list spells it. */
const normalise = (path: string) => (path.length > 1 ? path.replace(/\/+$/, "") : path);

export function routeRequest(request: RequestFacts, origin: string, precache: Precache): SwRoute {
  const url = new URL(request.url);
  if (url.origin !== origin) return { strategy: "pass" };
  const path = normalise(url.pathname);
  if (path === "/api" || path.startsWith("/api/")) return { strategy: "api" };
  if (request.method !== "GET") return { strategy: "pass" };
  if (request.rscHeader !== null || url.searchParams.has("_rsc")) return { strategy: "rsc" };
  // A prerendered page is the same HTML whatever its query (/assess?role=sre reads the query in the browser).
  if (precache.staticPages.includes(path)) return { strategy: "cache-first", key: path };
  // A share link or a compare view the server has never seen offline: the page's cached copy reads the query.
  if (precache.dynamicPages.includes(path)) return { strategy: "network-first", key: path };
  if (precache.assets.includes(url.pathname)) return { strategy: "cache-first", key: url.pathname };
  if (request.mode === "navigate") return { strategy: "navigate" };
  return { strategy: "pass" };
}

/** The API's answer when there is no network: the API's error shape, `{ error, issues }`, never cached. */
export const API_OFFLINE = {
  status: 503,
  headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" },
  body: JSON.stringify({
    error:
      "You are offline. The API needs the network; the pages you have opened before (the questionnaire, your roadmap, any share link) work without it.",
    issues: [],
  }),
} as const;

/**
 * The answer to Next.js's data request for a client-side navigation when there is no network. Next.js treats a
 * reply that is not RSC data as "load this address as a whole page" (a browser navigation, without logging an
 * error as a failed fetch does), and that navigation is answered from the cache or with the offline page.
 */
export const RSC_OFFLINE = {
  status: 200,
  headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  body: "offline",
} as const;
