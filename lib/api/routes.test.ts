import { expect, test } from "vitest";
import { catalog } from "@/data/catalog";
import { jsonBody, respond, type ApiRequest } from "@/lib/api/api-types";
import { allowedMethods, answerApi, API_ROUTES, findApiRoute, readsBody, type ApiRoute } from "@/lib/api/routes";
import { answerWebRequest, toWebResponse } from "@/lib/api/web-request";

const context = { catalog, today: "2027-01-04" };
const request = (over: Partial<ApiRequest> = {}): ApiRequest => ({
  method: "GET",
  headers: {},
  body: null,
  query: new URLSearchParams(),
  ...over,
});

/** Rows shaped like the ones the table is meant to take: a POST with a large JSON body, a GET with an ETag. */
const TEAM: ApiRoute = {
  path: "/api/team-example",
  methods: ["POST"],
  maxBodyBytes: 512 * 1024,
  handle: (req) => {
    const body = jsonBody(req);
    return body.ok ? respond(200, { received: body.json }) : body.response;
  },
};
const CATALOG: ApiRoute = {
  path: "/api/catalog-example",
  methods: ["GET"],
  maxBodyBytes: 0,
  handle: (req) =>
    req.headers["if-none-match"] === '"v1"'
      ? { status: 304, headers: { ETag: '"v1"' }, body: "" }
      : respond(200, { certifications: 1 }, { ETag: '"v1"', "Cache-Control": "no-cache" }),
};

test("every row has a unique /api/ path and at least one method", () => {
  const paths = API_ROUTES.map((r) => r.path);
  expect(new Set(paths).size).toBe(paths.length);
  for (const route of API_ROUTES) {
    expect(route.path).toMatch(/^\/api\/[a-z0-9-/]+$/);
    expect(route.methods.length).toBeGreaterThan(0);
    expect(findApiRoute(route.path)).toBe(route);
  }
  expect(findApiRoute("/api/recommend/")).toBeUndefined();
});

test("Allow lists HEAD after GET, and only where GET is", () => {
  expect(allowedMethods(TEAM)).toEqual(["POST"]);
  expect(allowedMethods(CATALOG)).toEqual(["GET", "HEAD"]);
});

test("a body is read only for a method the row answers that carries one", () => {
  expect(readsBody(TEAM, "POST")).toBe(true);
  expect(readsBody(TEAM, "post")).toBe(true);
  expect(readsBody(TEAM, "PUT")).toBe(false);
  expect(readsBody(CATALOG, "GET")).toBe(false);
  expect(readsBody(CATALOG, "HEAD")).toBe(false);
  expect(readsBody(undefined, "POST")).toBe(false);
});

test("a method the row does not list is a 405 naming the allowed ones, without running the handler", () => {
  let ran = false;
  const row: ApiRoute = { ...TEAM, handle: () => ((ran = true), respond(200, {})) };
  const response = answerApi(row, row.path, request({ method: "GET" }), context);
  expect(response.status).toBe(405);
  expect(response.headers.Allow).toBe("POST");
  expect(JSON.parse(response.body)).toMatchObject({ error: expect.stringContaining("use POST") });
  expect(ran).toBe(false);
});

test("a body over the row's limit is a 413 naming that limit", () => {
  const response = answerApi(TEAM, TEAM.path, request({ method: "POST", body: { tooLarge: true } }), context);
  expect(response.status).toBe(413);
  expect(response.body).toContain(String(512 * 1024));
});

test("HEAD is GET's answer without the body, with its length", () => {
  const get = answerApi(CATALOG, CATALOG.path, request(), context);
  const head = answerApi(CATALOG, CATALOG.path, request({ method: "HEAD" }), context);
  expect(head.status).toBe(200);
  expect(head.body).toBe("");
  expect(head.headers).toEqual({ ...get.headers, "Content-Length": String(get.body.length) });
});

test("a handler's 304 reaches the web Response with no body", async () => {
  const rows = [CATALOG];
  const answer = answerApi(
    findApiRoute(CATALOG.path, rows),
    CATALOG.path,
    request({ headers: { "if-none-match": '"v1"' } }),
    context,
  );
  expect(answer.status).toBe(304);
  const web = toWebResponse(answer, "GET");
  expect(web.status).toBe(304);
  expect(web.body).toBeNull();
  expect(web.headers.get("etag")).toBe('"v1"');
  // The real table, over the web adapter: an unknown path is the API's 404, not a page.
  const missing = await answerWebRequest(new Request("http://x/api/catalog-example"), context);
  expect(missing.status).toBe(404);
});

test("a JSON body: 415 for another content type, 400 for broken JSON, else the value", () => {
  const post = (contentType: string | undefined, text: string) =>
    answerApi(
      TEAM,
      TEAM.path,
      request({ method: "POST", headers: { "content-type": contentType }, body: { text } }),
      context,
    );
  expect(post("text/csv", "a,b").status).toBe(415);
  expect(post(undefined, "{}").status).toBe(415);
  expect(post("application/json", "{").status).toBe(400);
  const ok = post("application/json; charset=utf-8", '{"rows":[1,2]}');
  expect(ok.status).toBe(200);
  expect(JSON.parse(ok.body)).toEqual({ received: { rows: [1, 2] } });
});
