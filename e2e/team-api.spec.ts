import { postChunked } from "./http-helpers";
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";

/** POST /api/team over HTTP against the production server: the shapes, the limits and the headers. */

const post = (request: APIRequestContext, data: string, contentType = "application/json") =>
  request.post("/api/team", { data, headers: { "content-type": contentType } });

/** The headers an answer of the API carries whatever its path: compared with /api/recommend's. */
const SHARED = [
  "content-type",
  "cache-control",
  "content-security-policy",
  "x-content-type-options",
  "referrer-policy",
  "permissions-policy",
  "cross-origin-opener-policy",
];

test("POST /api/team plans every valid person and lists the others by index", async ({ request }) => {
  const response = await post(
    request,
    JSON.stringify({
      people: [
        { name: "Ana", role: "sre", years: 5, skills: ["python", "cloud"], hours: 8, start: "2027-01-04" },
        { name: "Bad", role: "pilot" },
        { name: "Bo", role: "ml-engineer", start: "2027-01-04" },
      ],
    }),
  );
  expect(response.status()).toBe(200);
  const body = (await response.json()) as {
    people: { name: string; roadmap: { steps: unknown[] } }[];
    rejected: { index: number; issues: { path: string; message: string }[] }[];
  };
  expect(Object.keys(body)).toEqual(["people", "rejected"]);
  expect(body.people.map((p) => p.name)).toEqual(["Ana", "Bo"]);
  // Exactly what /api/recommend answers for the same profile.
  const single = await request.post("/api/recommend", {
    data: JSON.stringify({ role: "sre", years: 5, skills: ["python", "cloud"], hours: 8, start: "2027-01-04" }),
    headers: { "content-type": "application/json" },
  });
  expect(body.people[0]?.roadmap).toEqual(await single.json());
  expect(body.rejected).toEqual([{ index: 1, issues: [{ path: "role", message: expect.stringContaining("pilot") }] }]);

  const recommend = await request.get("/api/recommend?role=sre&start=2027-01-04");
  for (const name of SHARED) expect(response.headers()[name], name).toBe(recommend.headers()[name]);
  expect(response.headers()["x-powered-by"]).toBeUndefined();
});

test("the wrong shape 400, over 1,000 people 413, another content type 415, another method 405", async ({
  request,
}) => {
  for (const data of ["{", "[]", '{"people":{}}', '{"team":[]}']) {
    const response = await post(request, data);
    expect(response.status(), data).toBe(400);
    expect(((await response.json()) as { error: string }).error).not.toBe("");
  }
  const many = { people: Array.from({ length: 1001 }, (_, i) => ({ name: `P${i}`, role: "sre" })) };
  const tooMany = await post(request, JSON.stringify(many));
  expect(tooMany.status()).toBe(413);
  expect(((await tooMany.json()) as { error: string }).error).toContain("1,000");

  const big = await post(request, JSON.stringify({ people: [{ name: "x".repeat(600 * 1024), role: "sre" }] }));
  expect(big.status()).toBe(413);
  expect(big.headers()["content-type"]).toBe("application/json; charset=utf-8");

  expect((await post(request, "name,role\nAna,sre", "text/csv")).status()).toBe(415);
  for (const method of ["GET", "PUT", "DELETE"]) {
    const response = await request.fetch("/api/team", { method });
    expect(response.status(), method).toBe(405);
    expect(response.headers()["allow"]).toBe("POST");
  }
});

test("a body streamed without a length is refused with 413 once it passes 512 KiB", async ({ baseURL }) => {
  // 4 MiB in 4 KiB chunks with no Content-Length: only reading tells how big it is.
  expect(await postChunked(`${baseURL}/api/team`, { total: 4 * 1024 * 1024, chunk: 4096 })).toBe(413);
});
