import fc from "fast-check";
import { expect, test } from "vitest";
import { catalog } from "@/data/catalog";
import { isJsonContentType, type ApiRequest } from "@/lib/api/api-types";
import { handleRecommendRequest, RECOMMEND_MAX_BODY_BYTES } from "@/lib/api/recommend-api";
import { answerApi, findApiRoute } from "@/lib/api/routes";
import { EXAMPLE_PROFILE } from "@/lib/profile/example-profile";
import { profileToQuery } from "@/lib/profile/share-query";
import { recommend } from "@/lib/recommender/recommend";

const TODAY = "2027-01-04";
/** A request to /api/recommend through its row of the table, as both servers answer it. */
const call = (request: Partial<ApiRequest>) =>
  answerApi(
    findApiRoute("/api/recommend"),
    "/api/recommend",
    {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: null,
      query: new URLSearchParams(),
      ...request,
    },
    { catalog, today: TODAY },
  );
const post = (payload: unknown, contentType = "application/json") =>
  call({
    body: { text: typeof payload === "string" ? payload : JSON.stringify(payload) },
    headers: { "content-type": contentType },
  });
const json = (body: string): unknown => JSON.parse(body);

test("POST with a JSON profile and GET with the share query both return exactly recommend()'s object", () => {
  const expected = JSON.stringify(recommend(EXAMPLE_PROFILE, catalog));
  const fromPost = post(EXAMPLE_PROFILE);
  expect(fromPost.status).toBe(200);
  expect(fromPost.body).toBe(expected);
  const fromGet = call({ method: "GET", query: new URLSearchParams(profileToQuery(EXAMPLE_PROFILE)) });
  expect(fromGet.status).toBe(200);
  expect(fromGet.body).toBe(expected);
});

test("every response is JSON with charset and not cached", () => {
  for (const response of [post(EXAMPLE_PROFILE), post("{"), call({ method: "DELETE" }), post({ role: "x" })]) {
    expect(response.headers["Content-Type"]).toBe("application/json; charset=utf-8");
    expect(response.headers["Cache-Control"]).toBe("no-store");
    expect(() => json(response.body)).not.toThrow();
  }
});

test("invalid fields answer 400 naming each field; unknown fields are rejected", () => {
  const response = post({ role: "pilot", hours: 0, colour: "blue" });
  expect(response.status).toBe(400);
  const body = json(response.body) as { error: string; issues: { path: string; message: string }[] };
  expect(body.error).toMatch(/invalid fields/);
  expect(body.issues.map((i) => i.path)).toEqual(["role", "hours", "colour"]);
  expect(body.issues[0]?.message).toContain('"pilot"');
});

test("malformed JSON → 400, non-JSON content type → 415, oversized body → 413, other methods → 405 with Allow", () => {
  expect(post("{role:").status).toBe(400);
  expect(post(EXAMPLE_PROFILE, "text/plain").status).toBe(415);
  expect(call({ headers: {}, body: { text: "{}" } }).status).toBe(415);
  expect(call({ body: { tooLarge: true } }).status).toBe(413);
  for (const method of ["PUT", "PATCH", "DELETE", "OPTIONS"]) {
    const response = call({ method });
    expect(response.status).toBe(405);
    expect(response.headers.Allow).toBe("GET, HEAD, POST");
  }
  expect(RECOMMEND_MAX_BODY_BYTES).toBe(16_384);
  expect(findApiRoute("/api/recommend")?.maxBodyBytes).toBe(RECOMMEND_MAX_BODY_BYTES);
});

test("the handler alone answers what its row lets through: GET and POST", () => {
  const context = { catalog, today: TODAY };
  const get = handleRecommendRequest(
    { method: "GET", headers: {}, body: null, query: new URLSearchParams("role=sre") },
    context,
  );
  expect(get.status).toBe(200);
  const post = handleRecommendRequest(
    { method: "POST", headers: { "content-type": "text/plain" }, body: { text: "{}" }, query: new URLSearchParams() },
    context,
  );
  expect(post.status).toBe(415);
});

test("JSON content types are recognised with parameters and any case, and nothing else", () => {
  expect(isJsonContentType("application/json")).toBe(true);
  expect(isJsonContentType("Application/JSON; charset=UTF-8")).toBe(true);
  expect(isJsonContentType("application/jsonp")).toBe(false);
  expect(isJsonContentType("text/json")).toBe(false);
  expect(isJsonContentType(null)).toBe(false);
});

test("the body parser never throws and never answers 5xx, whatever arrives", () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.string(),
        fc.jsonValue().map((v) => JSON.stringify(v)),
        fc.record({ role: fc.string(), years: fc.anything() }).map((v) => JSON.stringify(v)),
      ),
      (text) => {
        const response = post(text);
        expect([200, 400]).toContain(response.status);
        expect(() => json(response.body)).not.toThrow();
      },
    ),
    { numRuns: 10_000 },
  );
});
