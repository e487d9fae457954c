import { expect, test } from "vitest";
import { publicOrigin, type OriginFacts } from "@/lib/link-preview/public-origin";

const origin = (facts: Partial<OriginFacts>) =>
  publicOrigin({ host: null, forwardedHost: null, forwardedProto: null, ...facts })?.href;

test("the request's host, with https only when a proxy says the request came over it", () => {
  expect(origin({ host: "certpath.example" })).toBe("http://certpath.example/");
  expect(origin({ host: "127.0.0.1:4530" })).toBe("http://127.0.0.1:4530/");
  expect(origin({ host: "[::1]:3000" })).toBe("http://[::1]:3000/");
  expect(origin({ host: "internal:3000", forwardedHost: "certpath.example", forwardedProto: "https" })).toBe(
    "https://certpath.example/",
  );
  expect(origin({ host: "certpath.example", forwardedProto: "https, http" })).toBe("https://certpath.example/");
  expect(origin({ host: "certpath.example", forwardedProto: "gopher" })).toBe("http://certpath.example/");
});

test("CERTPATH_ORIGIN wins when it is an http(s) URL; only its origin is used", () => {
  expect(origin({ configured: "https://plans.example/some/path?q=1", host: "internal:3000" })).toBe(
    "https://plans.example/",
  );
  expect(origin({ configured: "javascript:alert(1)", host: "certpath.example" })).toBe("http://certpath.example/");
  expect(origin({ configured: "not a url", host: "certpath.example" })).toBe("http://certpath.example/");
  expect(origin({ configured: "   ", host: "certpath.example" })).toBe("http://certpath.example/");
});

test.each([
  ["no host", null],
  ["an empty host", ""],
  ["a host with a path", "evil.example/x"],
  ["a host with a user", "user@evil.example"],
  ["a host with spaces", "evil example"],
  ["a host with quotes", 'evil.example"><script>'],
  ["a port too long", "certpath.example:123456"],
])("%s gives no origin (Next.js keeps its own fallback)", (_, host) => {
  expect(origin({ host })).toBeUndefined();
});
