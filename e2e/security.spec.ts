import { request as httpRequest } from "node:http";
import { connect } from "node:net";
import { expect, test } from "./fixtures";
import { postChunked } from "./http-helpers";

/** The security headers on a page, a page rendered per request, the API and the 404 page. */

const EXPECTED = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cross-origin-opener-policy": "same-origin",
} as const;

function expectSecurityHeaders(headers: Record<string, string>, where: string) {
  for (const [name, value] of Object.entries(EXPECTED)) expect(headers[name], `${name} on ${where}`).toBe(value);
  const csp = headers["content-security-policy"] ?? "";
  const script =
    csp
      .split(";")
      .map((d) => d.trim())
      .find((d) => d.startsWith("script-src ")) ?? "";
  expect(script, `script-src on ${where}`).not.toBe("");
  expect(script).not.toContain("'unsafe-inline'");
  expect(script).not.toContain("'unsafe-eval'");
  for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"]) {
    expect(csp, `${directive} on ${where}`).toContain(directive);
  }
  const permissions = headers["permissions-policy"] ?? "";
  expect(permissions).toContain("camera=()");
  expect(permissions).toContain("geolocation=()");
  expect(permissions).toContain("clipboard-write=(self)");
  expect(headers["x-powered-by"], `no X-Powered-By on ${where}`).toBeUndefined();
}

test("every kind of response carries the security headers and a strict CSP", async ({ request }) => {
  const responses = {
    "a static page": await request.get("/"),
    "a page rendered per request": await request.get("/roadmap?role=sre&start=2027-01-04"),
    "a level page": await request.get("/levels/mlops-foundation"),
    "the API": await request.get("/api/recommend?role=sre&start=2027-01-04"),
    "the catalog API": await request.get("/api/catalog"),
    "a bad API request": await request.post("/api/recommend", {
      data: "{",
      headers: { "content-type": "application/json" },
    }),
    "the 404 page": await request.get("/no-such-page"),
    "the icon": await request.get("/icon.svg"),
    "the favicon": await request.get("/favicon.ico"),
    "the link-preview picture": await request.get("/roadmap/image?role=sre&start=2027-01-04"),
  };
  for (const [where, response] of Object.entries(responses)) expectSecurityHeaders(response.headers(), where);
  expect(responses["the 404 page"].status()).toBe(404);
  expect(responses["a bad API request"].status()).toBe(400);
  // Pages rendered per request get a fresh nonce each time; prerendered ones keep their hashes.
  const again = await request.get("/roadmap?role=sre&start=2027-01-04");
  expect(again.headers()["content-security-policy"]).not.toBe(
    responses["a page rendered per request"].headers()["content-security-policy"],
  );
  expect(responses["a page rendered per request"].headers()["content-security-policy"]).toMatch(
    /'nonce-[A-Za-z0-9+/]{22}=='/, // 128 random bits, in base64
  );
  expect(responses["a static page"].headers()["content-security-policy"]).toMatch(/'sha256-/);
  // What is not a page runs nothing: the fixed policy, not the proxy's.
  for (const where of [
    "the API",
    "a bad API request",
    "the icon",
    "the favicon",
    "the link-preview picture",
  ] as const) {
    expect(responses[where].headers()["content-security-policy"], where).toContain("default-src 'none'");
  }
  expect(responses["the icon"].status()).toBe(200);
});

test("the API answers bad input with 4xx JSON, never 5xx", async ({ request }) => {
  const post = (data: string, contentType = "application/json") =>
    request.post("/api/recommend", { data, headers: { "content-type": contentType } });
  const big = await post(JSON.stringify({ role: "sre", padding: "x".repeat(20_000) }));
  expect(big.status()).toBe(413);
  expect((await post("role=sre", "application/x-www-form-urlencoded")).status()).toBe(415);
  const invalid = await post(JSON.stringify({ role: "pilot", hours: 0 }));
  expect(invalid.status()).toBe(400);
  expect(invalid.headers()["content-type"]).toBe("application/json; charset=utf-8");
  expect(invalid.headers()["cache-control"]).toBe("no-store");
  expect(((await invalid.json()) as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual([
    "role",
    "hours",
  ]);
  const put = await request.put("/api/recommend", { data: "{}" });
  expect(put.status()).toBe(405);
  expect(put.headers()["allow"]).toBe("GET, HEAD, POST");
  const ok = await post(JSON.stringify({ role: "sre", start: "2027-01-04" }));
  expect(ok.status()).toBe(200);
  expect(((await ok.json()) as { steps: unknown[] }).steps.length).toBeGreaterThan(0);
  const unknown = await request.get("/api/no-such-endpoint");
  expect(unknown.status()).toBe(404);
  expect(unknown.headers()["content-type"]).toBe("application/json; charset=utf-8");
  expect(((await unknown.json()) as { error: string }).error).toContain("/api/recommend");
});

test("GET /api/catalog: the catalog with sources, cacheable, 304 when the ETag matches", async ({ request }) => {
  const first = await request.get("/api/catalog");
  expect(first.status()).toBe(200);
  const headers = first.headers();
  expect(headers["cache-control"]).toMatch(/max-age=\d+/);
  const etag = headers.etag ?? "";
  expect(etag).toMatch(/^"[\w-]+"$/);
  const body = (await first.json()) as { certifications: { id: string; source: { kind: string } }[] };
  expect(body.certifications.find((c) => c.id === "mlops-expert")?.source.kind).toBe("guide");
  const again = await request.get("/api/catalog", { headers: { "If-None-Match": etag } });
  expect(again.status()).toBe(304);
  expect(again.headers().etag).toBe(etag);
  expect(await again.body()).toHaveLength(0);
  expectSecurityHeaders(again.headers(), "a 304 from /api/catalog");
  expect((await request.get("/api/catalog", { headers: { "If-None-Match": '"stale"' } })).status()).toBe(200);
});

test("HEAD /api/recommend mirrors GET without a body", async ({ baseURL, request }) => {
  const path = "/api/recommend?role=sre&start=2027-01-04";
  const get = await request.get(path);
  // Node.js's own client, so that nothing reads a body a HEAD answer must not have.
  const head = await new Promise<{ status: number; headers: Record<string, unknown>; bytes: number }>(
    (resolve, reject) => {
      const req = httpRequest(`${baseURL}${path}`, { method: "HEAD" }, (res) => {
        let bytes = 0;
        res.on("data", (chunk: Buffer) => (bytes += chunk.byteLength));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes }));
      });
      req.on("error", reject);
      req.end();
    },
  );
  expect(head.status).toBe(200);
  expect(head.bytes).toBe(0);
  expect(head.headers["content-type"]).toBe(get.headers()["content-type"]);
  expect(head.headers["cache-control"]).toBe("no-store");
  expect(Number(head.headers["content-length"])).toBe((await get.body()).byteLength);
  expectSecurityHeaders(head.headers as Record<string, string>, "HEAD /api/recommend");
});

test("a body streamed without a length is refused with 413 once it passes 16 KiB", async ({ baseURL }) => {
  // 1 MiB in 1 KiB chunks with no Content-Length: only reading tells how big it is.
  expect(await postChunked(`${baseURL}/api/recommend`, { total: 1024 * 1024, chunk: 1024 })).toBe(413);
});

test("odd request targets get an answer and leave the server serving", async ({ baseURL, request }) => {
  const { hostname, port } = new URL(baseURL ?? "");
  const targets = [
    "*",
    "http://[",
    "//api/recommend",
    "/api/recommend/../recommend",
    "/levels/%E0%A4%A",
    "/assess?%zz",
  ];
  for (const target of targets) {
    const statusLine = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), hostname, () =>
        socket.write(`GET ${target} HTTP/1.1\r\nHost: ${hostname}\r\nConnection: close\r\n\r\n`),
      );
      let text = "";
      socket.on("data", (chunk: Buffer) => (text += chunk.toString("latin1")));
      socket.on("end", () => resolve(text.split("\r\n", 1)[0] ?? ""));
      socket.on("error", reject);
    });
    expect(statusLine, target).toMatch(/^HTTP\/1\.1 [1-4]\d\d /);
  }
  expect((await request.get("/api/recommend?role=sre&start=2027-01-04")).status()).toBe(200);
});

test("a link with broken percent-encoding shows the not-found page, not a server error", async ({
  page,
  expectNotFound,
}) => {
  expectNotFound("/levels/%E0%A4%A");
  const response = await page.goto("/levels/%E0%A4%A");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: /home/i }).first()).toBeVisible();
});
