import { readFileSync } from "node:fs";
import { join } from "node:path";
import { NextResponse, type NextRequest } from "next/server";
import { PRE_PAINT_SCRIPT } from "@/components/layout/pre-paint-script";
import { contentSecurityPolicy, scriptHash } from "@/lib/security/csp";

/**
 * Sets the Content-Security-Policy of every response. A prerendered page gets the hashes of its own inline
 * scripts (recorded after the build by scripts/csp-manifest.ts), so it stays static; anything rendered per
 * request gets a fresh nonce, which Next.js reads from the request's policy and puts on its scripts.
 */

type Manifest = Record<string, string[]>;
let manifest: Manifest | undefined;

function prerendered(): Manifest {
  if (manifest) return manifest;
  try {
    const file = join(process.cwd(), process.env.NEXT_DIST_DIR ?? ".next", "csp-hashes.json");
    const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
    const entries = typeof parsed === "object" && parsed !== null ? Object.entries(parsed) : [];
    manifest = Object.fromEntries(
      entries.filter((e): e is [string, string[]] => Array.isArray(e[1]) && e[1].every((h) => typeof h === "string")),
    );
  } catch {
    // `next dev`, or a build without its manifest: every page is rendered per request with a nonce.
    manifest = {};
  }
  return manifest;
}

const PRE_PAINT_HASH = scriptHash(PRE_PAINT_SCRIPT);
const dev = process.env.NODE_ENV === "development";

/** True when the path's percent-encoding is broken, as in `/levels/%E0%A4%A`. */
function malformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

export function proxy(request: NextRequest) {
  const pages = prerendered();
  // A link whose percent-encoding is broken (tampered with, or cut short) would get a bare "Internal Server
  // Error" from Next.js: it gets the not-found page instead, which says so and links onwards, with a 404.
  const malformed = malformedPath(request.nextUrl.pathname);
  const path = request.nextUrl.pathname.replace(/(.)\/$/, "$1");
  const own = !malformed && Object.hasOwn(pages, path) ? pages[path] : undefined;
  if (own && !dev) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", contentSecurityPolicy({ hashes: [PRE_PAINT_HASH, ...own] }));
    return response;
  }
  // 128 random bits (CSP3 asks for at least that), 24 characters: a UUID's text in base64 was 48 for 122 bits,
  // and the nonce is written on every script and stylesheet of the page, about 15 times (issue 11 §2).
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  // An unknown address is answered with the prerendered 404 page: allow its scripts too.
  const notFound = (Object.hasOwn(pages, "/_not-found") ? pages["/_not-found"] : undefined) ?? [];
  const policy = contentSecurityPolicy({ nonce, hashes: [PRE_PAINT_HASH, ...notFound], dev });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  const response = malformed
    ? NextResponse.rewrite(new URL("/_not-found", request.url), { request: { headers } })
    : NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Pages only: not build assets, nor the API (every /api/ path), the icons, the manifest and the link-preview
  // picture (/roadmap/image), whose fixed policy comes from next.config.ts, nor the service worker, whose route
  // sends its own (lib/security/csp.ts NOT_PAGES and WORKER_PATH; proxy.test.ts checks that these lists and this
  // one agree).
  matcher: [
    "/((?!_next/static|_next/image|api/|icon\\.svg$|favicon\\.ico$|manifest\\.webmanifest$|icons/|sw\\.js$|roadmap/image$).*)",
  ],
};
