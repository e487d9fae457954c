import { createHash } from "node:crypto";

/**
 * The Content-Security-Policy and the other security headers. Pure: the proxy (proxy.ts) and the build
 * step that records the prerendered pages' inline-script hashes (scripts/csp-manifest.ts) both use it.
 *
 * Prerendered pages keep their static HTML, so their inline scripts are allowed by hash; pages rendered per
 * request get a fresh nonce, which Next.js puts on its own scripts. Neither needs 'unsafe-inline' or
 * 'unsafe-eval' in script-src.
 */

/** sha256 of an inline script's text, as a CSP hash source. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/** The text of every inline <script> (one without a src attribute) in an HTML document. */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? "";
    if (/\bsrc\s*=/i.test(attributes)) continue;
    scripts.push(match[2] ?? "");
  }
  return scripts;
}

/** The hash sources for every inline script of a page, de-duplicated and sorted. */
export function pageScriptHashes(html: string): string[] {
  return [
    ...new Set(
      inlineScripts(html)
        .filter((s) => s !== "")
        .map(scriptHash),
    ),
  ].sort();
}

export type CspOptions = {
  /** A per-request nonce (base64) for pages rendered per request. */
  nonce?: string;
  /** Hash sources allowed for inline scripts (prerendered pages, the theme script). */
  hashes: readonly string[];
  /** Next.js's dev server needs eval for its tooling; never in production. */
  dev?: boolean;
};

/** The policy, as one header value. */
export function contentSecurityPolicy({ nonce, hashes, dev = false }: CspOptions): string {
  const script = ["'self'", ...(nonce ? [`'nonce-${nonce}'`] : []), ...hashes, ...(dev ? ["'unsafe-eval'"] : [])];
  const directives: [string, string[]][] = [
    ["default-src", ["'self'"]],
    ["script-src", script],
    // React and Next.js set style attributes (the route announcer, for one); styles cannot run code.
    ["style-src", ["'self'", "'unsafe-inline'"]],
    ["img-src", ["'self'", "data:", "blob:"]],
    ["font-src", ["'self'"]],
    ["connect-src", ["'self'", ...(dev ? ["ws:"] : [])]],
    // The service worker (/sw.js) and the web app manifest come from this origin only.
    ["worker-src", ["'self'"]],
    ["manifest-src", ["'self'"]],
    ["object-src", ["'none'"]],
    ["base-uri", ["'none'"]],
    ["frame-ancestors", ["'none'"]],
    ["form-action", ["'self'"]],
  ];
  return directives.map(([name, values]) => `${name} ${values.join(" ")}`).join("; ");
}

/**
 * The policy of responses that are not pages (the JSON API, the icon): they run nothing and load nothing, so
 * the policy is fixed and next.config.ts sets it; the proxy, which costs about half the server's throughput
 * under load (`npm run bench:api`), does not run for them (see NOT_PAGES).
 */
export const RESOURCE_POLICY = [
  "default-src 'none'",
  "script-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join("; ");

/** RESOURCE_POLICY as a header, as next.config.ts and server.ts both send it. */
export const RESOURCE_CSP_HEADER = { key: "Content-Security-Policy", value: RESOURCE_POLICY } as const;

/** Paths answered by something other than a page (in next.config.ts's pattern syntax): they get RESOURCE_POLICY. */
export const NOT_PAGES = [
  "/api/:path*",
  "/icon.svg",
  "/favicon.ico",
  "/manifest.webmanifest",
  "/icons/:path*",
  // The link-preview picture (app/(planner)/roadmap/image/route.tsx): a PNG.
  "/roadmap/image",
] as const;

/**
 * The service worker's own policy (its script's response headers govern what the worker may do): it fetches
 * this origin's pages and files to cache them and runs nothing else. Sent by app/sw.js/route.ts, which the
 * proxy skips like NOT_PAGES.
 */
export const WORKER_POLICY = [
  "default-src 'none'",
  "connect-src 'self'",
  "script-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join("; ");

/** The path of the service worker and the headers of its script. */
export const WORKER_PATH = "/sw.js";
export const WORKER_HEADERS = {
  "Content-Security-Policy": WORKER_POLICY,
  // Every update check reaches the server; the browser compares the bytes to find a new version.
  "Cache-Control": "no-cache",
} as const;

/** Headers every response carries (the CSP comes from the proxy for pages, from RESOURCE_POLICY otherwise). */
export const SECURITY_HEADERS: readonly { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // The share link carries answers in its query: never send it to another site.
  { key: "Referrer-Policy", value: "no-referrer" },
  {
    key: "Permissions-Policy",
    value:
      "accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), usb=(), xr-spatial-tracking=(), clipboard-read=(), clipboard-write=(self)",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
  { key: "X-Frame-Options", value: "DENY" },
];

/** Maps a prerendered HTML file (relative to .next/server/app) to the URL path it answers. */
export function routeOfHtmlFile(relativePath: string): string {
  const withoutExt = relativePath.replace(/\\/g, "/").replace(/\.html$/, "");
  // Route groups such as (planner) are not part of the URL.
  const segments = withoutExt.split("/").filter((s) => !/^\(.*\)$/.test(s));
  const path = segments.join("/");
  return path === "index" ? "/" : `/${path}`;
}
