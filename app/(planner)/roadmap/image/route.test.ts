import { expect, test } from "vitest";
import { pngSize } from "@/lib/offline/png-size";
import { GET } from "./route";

/** The route's answer to a query, as bytes with its headers. */
async function image(query: string) {
  const response = await GET(new Request(`http://certpath.test/roadmap/image${query}`));
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { response, bytes };
}

test.each([
  ["a share link", "?role=sre&years=5&held=mlops-foundation&goal=architect&hours=8&start=2027-01-04"],
  ["an unknown role", "?role=astronaut"],
  ["junk", "?role=%3Cscript%3E&%zz&hours=-1e999"],
  ["an oversized query", `?role=sre&skills=${"x".repeat(10_000)}`],
  ["no query", ""],
])("%s: a 1200 × 630 PNG, 200, cacheable for a day", async (_, query) => {
  const { response, bytes } = await image(query);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("image/png");
  expect(response.headers.get("cache-control")).toBe("public, max-age=86400");
  expect(Number(response.headers.get("content-length"))).toBe(bytes.byteLength);
  expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
});

test("the plan's picture differs from the generic one, and depends on the plan", async () => {
  const sre = await image("?role=sre&start=2027-01-04");
  const generic = await image("?role=astronaut");
  const manager = await image("?role=engineering-manager&start=2027-01-04");
  const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
  expect(hex(sre.bytes)).not.toBe(hex(generic.bytes));
  expect(hex(sre.bytes)).not.toBe(hex(manager.bytes));
  expect(hex((await image("?role=nobody")).bytes)).toBe(hex(generic.bytes));
});
