import type { Metadata, Viewport } from "next";
import { APP_VIEWPORT, AppDocument } from "@/components/layout/app-document";
import { PageNotFound } from "@/components/layout/page-not-found";
import { catalog } from "@/data/catalog";
import "./globals.css";

export const metadata: Metadata = { title: "Page not found · certpath" };

export const viewport: Viewport = APP_VIEWPORT;

/**
 * Every unknown address, /levels/<unknown id> included, gets this one prerendered page: a 404 that is the same
 * static HTML (and the same script hashes) on every visit, so it always hydrates under the CSP, and no unknown
 * address costs the server a cache entry (issue 11 §1). A global not-found page (next.config.ts
 * `experimental.globalNotFound`) rather than app/not-found.tsx: Next.js writes app/not-found.tsx's element tree
 * into every page's RSC payload, and this list of certifications cost every page ~2.7 KB of HTML (issue 11 §2);
 * app/not-found.tsx is kept to a heading and a link. It bypasses the root layout, so it draws the same document.
 */
export default function GlobalNotFound() {
  return (
    <AppDocument>
      <PageNotFound catalog={catalog} />
    </AppDocument>
  );
}
