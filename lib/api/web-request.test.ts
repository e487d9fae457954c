import fc from "fast-check";
import { expect, test } from "vitest";
import { catalog } from "@/data/catalog";
import { RECOMMEND_MAX_BODY_BYTES as MAX_BODY_BYTES } from "@/lib/api/recommend-api";
import { answerWebRequest, bodyCollector, declaredTooLarge } from "@/lib/api/web-request";
import { EXAMPLE_PROFILE } from "@/lib/profile/example-profile";
import { profileToQuery } from "@/lib/profile/share-query";
import { recommend } from "@/lib/recommender/recommend";

const TODAY = "2027-01-04";
const URL_ = "http://localhost/api/recommend";
const answer = (request: Request) => answerWebRequest(request, { catalog, today: TODAY });
const postJson = (body: BodyInit, headers: Record<string, string> = {}) => {
  const init: RequestInit & { duplex: "half" } = {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
    duplex: "half",
  };
  return new Request(URL_, init);
};

/** A body that arrives in 1 KiB chunks with no Content-Length, counting how many bytes were pulled from it. */
function streamedBody(totalBytes: number) {
  const pulled = { bytes: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.bytes >= totalBytes) return controller.close();
      pulled.bytes += 1024;
      controller.enqueue(new Uint8Array(1024).fill(0x20));
    },
  });
  return { stream, pulled };
}

test("POST with a JSON profile and GET with the share query answer recommend()'s object", async () => {
  const expected = JSON.stringify(recommend(EXAMPLE_PROFILE, catalog));
  const post = await answer(postJson(JSON.stringify(EXAMPLE_PROFILE)));
  expect(post.status).toBe(200);
  expect(await post.text()).toBe(expected);
  expect(post.headers.get("content-type")).toBe("application/json; charset=utf-8");
  const get = await answer(new Request(`${URL_}?${profileToQuery(EXAMPLE_PROFILE)}`));
  expect(get.status).toBe(200);
  expect(await get.text()).toBe(expected);
});

test("a body declared over 16 KiB is refused with 413 without being read", async () => {
  const { stream, pulled } = streamedBody(64 * 1024);
  const response = await answer(postJson(stream, { "content-length": String(MAX_BODY_BYTES + 1) }));
  expect(response.status).toBe(413);
  expect(pulled.bytes).toBeLessThanOrEqual(2 * 1024); // at most what a stream buffers before anyone reads
});

test("a body streamed without a length is cut off just past 16 KiB with 413", async () => {
  const { stream, pulled } = streamedBody(1024 * 1024);
  const response = await answer(postJson(stream));
  expect(response.status).toBe(413);
  expect(pulled.bytes).toBeLessThan(MAX_BODY_BYTES + 4 * 1024);
  expect(await response.json()).toMatchObject({ error: expect.stringContaining("16384 bytes") });
});

test("a body that breaks off mid-way answers 400 with JSON, not an exception", async () => {
  const broken = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"role":'));
      controller.error(new Error("connection reset"));
    },
  });
  const response = await answer(postJson(broken));
  expect(response.status).toBe(400);
  expect(await response.json()).toEqual({ error: "The request body could not be read.", issues: [] });
  expect(response.headers.get("cache-control")).toBe("no-store");
});

test("other methods answer 405 with Allow, which lists HEAD", async () => {
  const response = await answer(new Request(URL_, { method: "PUT", body: "{}" }));
  expect(response.status).toBe(405);
  expect(response.headers.get("allow")).toBe("GET, HEAD, POST");
});

test("HEAD answers GET's status and headers without a body", async () => {
  const get = await answer(new Request(`${URL_}?role=sre`));
  const head = await answer(new Request(`${URL_}?role=sre`, { method: "HEAD" }));
  expect(head.status).toBe(200);
  expect(head.body).toBeNull();
  expect(head.headers.get("content-type")).toBe(get.headers.get("content-type"));
  expect(Number(head.headers.get("content-length"))).toBe((await get.arrayBuffer()).byteLength);
});

test("an /api/ path the table does not have answers 404 in the API's JSON shape", async () => {
  const response = await answer(new Request("http://localhost/api/nothing-here"));
  expect(response.status).toBe(404);
  expect(await response.json()).toMatchObject({ error: expect.stringContaining("/api/recommend"), issues: [] });
});

test("the body collector: refuses exactly when the chunks pass 16 KiB, otherwise returns their text, whatever the bytes", () => {
  fc.assert(
    fc.property(fc.array(fc.uint8Array({ maxLength: 4096 }), { maxLength: 12 }), fc.boolean(), (chunks, padded) => {
      const all = padded ? [...chunks, new Uint8Array(MAX_BODY_BYTES - 1)] : chunks;
      const total = all.reduce((n, c) => n + c.byteLength, 0);
      const collector = bodyCollector(MAX_BODY_BYTES);
      const accepted = all.every((chunk) => collector.add(chunk));
      expect(accepted).toBe(total <= MAX_BODY_BYTES);
      if (accepted) expect(collector.body()).toEqual({ text: new TextDecoder().decode(Buffer.concat(all)) });
    }),
    { numRuns: 500 },
  );
});

test("a declared length decides only when it is a number over the limit", () => {
  expect(declaredTooLarge(String(MAX_BODY_BYTES + 1), MAX_BODY_BYTES)).toBe(true);
  for (const header of [String(MAX_BODY_BYTES), "0", null, undefined, "", "lots", "-1"]) {
    expect(declaredTooLarge(header, MAX_BODY_BYTES)).toBe(false);
  }
});
