import { createHash } from "node:crypto";
import type { ApiContext, ApiRequest, ApiResponse } from "@/lib/api/api-types";
import type { Catalog } from "@/lib/catalog/schema";

/**
 * GET /api/catalog: the whole catalog as JSON, exactly as certpath uses it (the ids the URLs, the CLI and the
 * recommend API take; every entry with its `source`). A pure function of the request and the catalog; the
 * table in lib/api/routes.ts answers HEAD and other methods, and both servers carry HTTP to and from it.
 *
 * Caching: the catalog changes only with a release, so answers may be kept for an hour (`max-age`), and a
 * client that sends the ETag back gets a bodiless 304 while the catalog is unchanged. The ETag is a hash of
 * the body, so it changes exactly when the body does, whichever server instance answers.
 */

export const CATALOG_MAX_AGE_SECONDS = 3600;

type Document = { body: string; etag: string };
const documents = new WeakMap<Catalog, Document>();

/** The catalog's JSON and its ETag, computed once per catalog object. */
export function catalogDocument(catalog: Catalog): Document {
  let doc = documents.get(catalog);
  if (!doc) {
    const body = JSON.stringify(catalog);
    doc = { body, etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"` };
    documents.set(catalog, doc);
  }
  return doc;
}

/**
 * Whether an If-None-Match header matches `etag`: "*", or any tag in its comma-separated list, compared weakly
 * (a W/ prefix is ignored), as RFC 9110 asks for If-None-Match.
 */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.trim() === "*" || header.split(",").some((tag) => bare(tag) === bare(etag));
}

/** Answers GET /api/catalog: 200 with the catalog, or 304 when the client's copy is current. Never throws. */
export function handleCatalogRequest(request: ApiRequest, { catalog }: ApiContext): ApiResponse {
  const { body, etag } = catalogDocument(catalog);
  const headers = {
    "Content-Type": "application/json; charset=utf-8",
    "Cache-Control": `public, max-age=${CATALOG_MAX_AGE_SECONDS}`,
    ETag: etag,
  };
  if (matchesIfNoneMatch(request.headers["if-none-match"], etag)) return { status: 304, headers, body: "" };
  return { status: 200, headers, body };
}
