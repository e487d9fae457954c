/// <reference lib="webworker" />
/**
 * certpath's service worker, bundled after `next build` by scripts/service-worker.ts into <distDir>/sw.js with
 * its precache list (lib/offline/precache.ts) inlined, and served at /sw.js by app/sw.js/route.ts.
 *
 * - install: fetch every page and file of this build into one cache named after the build's version; if any
 *   fetch fails, the install fails and the previous version stays in charge (the browser tries again later).
 * - waiting: an update waits until the person presses "Reload" (components/offline/app-updates.tsx), so an open
 *   page never runs on another build's files; then every open page reloads onto the new version.
 * - activate: delete every other version's cache, then take control of the open pages.
 * - fetch: lib/offline/sw-route.ts decides; nothing from another origin or from /api/ is ever cached.
 */
import { SKIP_WAITING } from "@/lib/offline/messages";
import type { Precache } from "@/lib/offline/precache";
import { API_OFFLINE, RSC_OFFLINE, routeRequest, type SwRoute } from "@/lib/offline/sw-route";

declare const self: ServiceWorkerGlobalScope;
/** Replaced by the build step (esbuild `define`) with this build's precache list. */
declare const __CERTPATH_PRECACHE__: Precache;

const PRECACHE = __CERTPATH_PRECACHE__;
const CACHE_PREFIX = "certpath-";
const CACHE = `${CACHE_PREFIX}${PRECACHE.version}`;
/** Fetches at a time while installing: enough to be quick, few enough not to crowd out the page's own requests. */
const INSTALL_CONCURRENCY = 4;

async function fetchForCache(url: string): Promise<Response> {
  // Build assets have content-hashed names, so the HTTP cache may answer; pages and the rest come fresh.
  const response = await fetch(url, { cache: url.startsWith("/_next/static/") ? "default" : "reload" });
  if (!response.ok || response.redirected) throw new Error(`precache: ${url} answered ${response.status}`);
  return response;
}

async function install(): Promise<void> {
  const cache = await caches.open(CACHE);
  const queue = [...PRECACHE.staticPages, ...PRECACHE.dynamicPages, ...PRECACHE.assets];
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      await cache.put(url, await fetchForCache(url));
    }
  };
  await Promise.all(Array.from({ length: INSTALL_CONCURRENCY }, worker));
}

async function activate(): Promise<void> {
  const names = await caches.keys();
  await Promise.all(names.filter((n) => n.startsWith(CACHE_PREFIX) && n !== CACHE).map((n) => caches.delete(n)));
  await self.clients.claim();
}

async function cached(key: string): Promise<Response | undefined> {
  const cache = await caches.open(CACHE);
  return cache.match(key, { ignoreVary: true });
}

async function offlinePage(): Promise<Response> {
  return (await cached(PRECACHE.offlinePage)) ?? Response.error();
}

const answer = ({ status, headers, body }: { status: number; headers: Record<string, string>; body: string }) =>
  new Response(body, { status, headers });

async function respond(route: Exclude<SwRoute, { strategy: "pass" }>, request: Request): Promise<Response> {
  switch (route.strategy) {
    case "cache-first": {
      const hit = await cached(route.key);
      if (!hit) return fetch(request);
      // A worker's address is the URL of the response its script came in, and a cached response keeps the URL it
      // was stored under, without the query: Turbopack's worker bootstrap reads its chunk list from `?params=`,
      // so /team's planner failed to start ("Missing worker bootstrap config") and planned on the page's main
      // thread instead, online or not, once this worker was installed. A new Response has no URL of its own, so
      // the worker gets the address it asked for.
      if (request.destination === "worker")
        return new Response(hit.body, { status: hit.status, statusText: hit.statusText, headers: hit.headers });
      return hit;
    }
    case "network-first":
      // The cached copy is replayed with the headers it was stored with: its Content-Security-Policy names the
      // nonce of its own scripts, so a fresh header never meets a stale body.
      return fetch(request).catch(async () => (await cached(route.key)) ?? offlinePage());
    case "api":
      return fetch(request).catch(() => answer(API_OFFLINE));
    case "rsc":
      return fetch(request).catch(() => answer(RSC_OFFLINE));
    case "navigate":
      return fetch(request).catch(() => offlinePage());
  }
}

self.addEventListener("install", (event) => {
  event.waitUntil(install());
});

self.addEventListener("activate", (event) => {
  event.waitUntil(activate());
});

self.addEventListener("message", (event) => {
  // Sent by the "Reload" button: the person has agreed to move every open page to this version.
  if (event.data === SKIP_WAITING) void self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  const route = routeRequest(
    { url: request.url, method: request.method, mode: request.mode, rscHeader: request.headers.get("RSC") },
    self.location.origin,
    PRECACHE,
  );
  if (route.strategy === "pass") return;
  event.respondWith(respond(route, request));
});
