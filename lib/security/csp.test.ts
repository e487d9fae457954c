import { createHash } from "node:crypto";
import { expect, test } from "vitest";
import {
  SECURITY_HEADERS,
  WORKER_POLICY,
  contentSecurityPolicy,
  inlineScripts,
  pageScriptHashes,
  routeOfHtmlFile,
  scriptHash,
} from "@/lib/security/csp";

const directive = (csp: string, name: string) =>
  csp
    .split(";")
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `));

test("script-src allows 'self', the nonce and the hashes, and never unsafe-inline or unsafe-eval in production", () => {
  const csp = contentSecurityPolicy({ nonce: "abc123==", hashes: ["'sha256-x'"] });
  expect(directive(csp, "script-src")).toBe("script-src 'self' 'nonce-abc123==' 'sha256-x'");
  expect(csp).not.toContain("unsafe-eval");
  expect(directive(csp, "script-src")).not.toContain("unsafe-inline");
  for (const d of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"]) {
    expect(csp).toContain(d);
  }
  expect(contentSecurityPolicy({ hashes: [], dev: true })).toContain("'unsafe-eval'");
});

test("pages may register a worker and link a manifest from this origin only; the worker itself may only fetch", () => {
  const csp = contentSecurityPolicy({ hashes: [] });
  expect(directive(csp, "worker-src")).toBe("worker-src 'self'");
  expect(directive(csp, "manifest-src")).toBe("manifest-src 'self'");
  expect(directive(WORKER_POLICY, "connect-src")).toBe("connect-src 'self'");
  expect(directive(WORKER_POLICY, "default-src")).toBe("default-src 'none'");
  expect(directive(WORKER_POLICY, "script-src")).toBe("script-src 'none'");
});

test("inline scripts are found, scripts with src are not, and hashes are sha256 base64 of the exact text", () => {
  const html = `<script src="/a.js" async=""></script><script>one()</script><script id="x">two()</script><script></script>`;
  expect(inlineScripts(html)).toEqual(["one()", "two()", ""]);
  const expected = `'sha256-${createHash("sha256").update("one()").digest("base64")}'`;
  expect(scriptHash("one()")).toBe(expected);
  expect(pageScriptHashes(html)).toEqual([scriptHash("one()"), scriptHash("two()")].sort());
});

test("prerendered files map to the paths they answer", () => {
  expect(routeOfHtmlFile("index.html")).toBe("/");
  expect(routeOfHtmlFile("assess.html")).toBe("/assess");
  expect(routeOfHtmlFile("(planner)/assess.html")).toBe("/assess");
  expect(routeOfHtmlFile("levels/mlops-expert.html")).toBe("/levels/mlops-expert");
  expect(routeOfHtmlFile("_not-found.html")).toBe("/_not-found");
});

test("the static headers deny what the app does not use but keep the clipboard for Copy link", () => {
  const byName = Object.fromEntries(SECURITY_HEADERS.map((h) => [h.key, h.value]));
  expect(byName["Referrer-Policy"]).toBe("no-referrer");
  expect(byName["X-Content-Type-Options"]).toBe("nosniff");
  expect(byName["Cross-Origin-Opener-Policy"]).toBe("same-origin");
  expect(byName["Permissions-Policy"]).toContain("clipboard-write=(self)");
  expect(byName["Permissions-Policy"]).toContain("camera=()");
});
