import { expect, test } from "vitest";
import { catalog } from "@/data/catalog";
import {
  CATALOG_MAX_AGE_SECONDS,
  catalogDocument,
  handleCatalogRequest,
  matchesIfNoneMatch,
} from "@/lib/api/catalog-api";
import { answerApi, findApiRoute } from "@/lib/api/routes";
import { answerWebRequest } from "@/lib/api/web-request";
import { CatalogSchema } from "@/lib/catalog/schema";

const get = (ifNoneMatch?: string) =>
  handleCatalogRequest(
    { method: "GET", headers: { "if-none-match": ifNoneMatch }, body: null, query: new URLSearchParams() },
    { catalog, today: "2027-01-04" },
  );

test("GET answers the whole catalog as JSON, each entry with its source, cacheable with an ETag", () => {
  const res = get();
  expect(res.status).toBe(200);
  expect(res.headers["Content-Type"]).toBe("application/json; charset=utf-8");
  expect(res.headers["Cache-Control"]).toBe(`public, max-age=${CATALOG_MAX_AGE_SECONDS}`);
  expect(res.headers.ETag).toMatch(/^"[\w-]{20,}"$/);
  // What a client reads back is a valid catalog, and the very one the app uses.
  const parsed = CatalogSchema.parse(JSON.parse(res.body));
  expect(parsed).toEqual(catalog);
  expect(parsed.certifications.map((c) => c.id)).toContain("mlops-foundation");
  for (const list of [parsed.certifications, parsed.roles, parsed.paths, parsed.providers, parsed.faq]) {
    for (const entry of list) expect(entry.source.kind).toMatch(/^(guide|derived|estimate)$/);
  }
});

test("a matching If-None-Match is a bodiless 304 with the same ETag; a stale one gets the catalog", () => {
  const { etag } = catalogDocument(catalog);
  for (const header of [etag, `W/${etag}`, `"old", ${etag}`, "*"]) {
    const res = get(header);
    expect(res.status, header).toBe(304);
    expect(res.body).toBe("");
    expect(res.headers.ETag).toBe(etag);
    expect(res.headers["Cache-Control"]).toMatch(/max-age=\d+/);
  }
  expect(get('"stale"').status).toBe(200);
  expect(get("").status).toBe(200);
});

test("the ETag follows the content: a changed catalog has another, an equal one the same", () => {
  const changed = structuredClone(catalog);
  changed.faq = changed.faq.slice(1);
  expect(catalogDocument(changed).etag).not.toBe(catalogDocument(catalog).etag);
  expect(catalogDocument(structuredClone(catalog)).etag).toBe(catalogDocument(catalog).etag);
});

test("If-None-Match parsing: lists, weak tags and blanks", () => {
  expect(matchesIfNoneMatch(undefined, '"a"')).toBe(false);
  expect(matchesIfNoneMatch('"b", W/"a"', '"a"')).toBe(true);
  expect(matchesIfNoneMatch('"ab"', '"a"')).toBe(false);
  expect(matchesIfNoneMatch(" * ", '"a"')).toBe(true);
});

test("served from the API table: HEAD mirrors GET without a body, other methods are a 405, a Request gets a 304", async () => {
  const route = findApiRoute("/api/catalog");
  expect(route?.handle).toBe(handleCatalogRequest);
  const req = { method: "HEAD", headers: {}, body: null, query: new URLSearchParams() };
  const head = answerApi(route, "/api/catalog", req, { catalog, today: "2027-01-04" });
  expect(head.status).toBe(200);
  expect(head.body).toBe("");
  expect(head.headers.ETag).toBe(catalogDocument(catalog).etag);
  const post = answerApi(route, "/api/catalog", { ...req, method: "POST" }, { catalog, today: "2027-01-04" });
  expect(post.status).toBe(405);
  expect(post.headers.Allow).toBe("GET, HEAD");

  const { etag } = catalogDocument(catalog);
  const web = await answerWebRequest(
    new Request("http://localhost/api/catalog", { headers: { "If-None-Match": etag } }),
    { catalog, today: "2027-01-04" },
  );
  expect(web.status).toBe(304);
  expect(web.headers.get("etag")).toBe(etag);
});
