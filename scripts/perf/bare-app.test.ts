import { expect, test } from "vitest";
import { bareAppFiles, commonAncestor } from "@/scripts/perf/bare-app";

test("the bare app: an ES module package, a root layout with html and body, a page with one heading", () => {
  const files = bareAppFiles("/");
  expect(Object.keys(files).sort()).toEqual([
    "app/layout.tsx",
    "app/page.tsx",
    "next.config.mjs",
    "package.json",
    "tsconfig.json",
  ]);
  expect(JSON.parse(files["package.json"] ?? "")).toMatchObject({ type: "module", private: true });
  expect(files["app/layout.tsx"]).toContain("<html>");
  expect(files["app/layout.tsx"]).toContain("<body>{children}</body>");
  expect(files["app/page.tsx"]?.match(/<h1>/g)).toHaveLength(1);
  expect(files["app/page.tsx"]).not.toContain("use client");
});

test("its Turbopack root is the one given, so a symlinked node_modules outside the temp dir resolves", () => {
  expect(bareAppFiles("/work")["next.config.mjs"]).toContain('"turbopack":{"root":"/work"}');
});

test("with headers, its config sends them on every path; without, it has no headers function", () => {
  const config = (files: Record<string, string>) => files["next.config.mjs"] ?? "";
  const headers = [{ key: "Cross-Origin-Opener-Policy", value: "same-origin" }];
  expect(config(bareAppFiles("/", headers))).toContain(
    'config.headers = async () => [{ source: "/:path*", headers: [{"key":"Cross-Origin-Opener-Policy","value":"same-origin"}] }];',
  );
  expect(config(bareAppFiles("/"))).not.toContain("headers");
  expect(config(bareAppFiles("/"))).toMatch(/export default config;\n$/);
});

test("commonAncestor: the deepest shared directory, / at worst", () => {
  expect(commonAncestor("/tmp/certpath-perf-x/bare", "/work/main/node_modules")).toBe("/");
  expect(commonAncestor("/work/tmp/a", "/work/main/node_modules")).toBe("/work");
  expect(commonAncestor("/work/main/a", "/work/main")).toBe("/work/main");
  expect(commonAncestor("/work/mainly", "/work/main")).toBe("/work");
});
