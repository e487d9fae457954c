/**
 * Runs after `next build` (see the "build" script): records the sha256 of every inline script of every
 * prerendered page, so the proxy can allow exactly those on those pages while they stay static.
 * Writes <distDir>/csp-hashes.json: { "/": ["'sha256-…'", …], "/assess": […], … }.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { pageScriptHashes, routeOfHtmlFile } from "../lib/security/csp";

const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const root = join(distDir, "server", "app");

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith(".html") ? [path] : [];
  });
}

const manifest: Record<string, string[]> = {};
for (const file of htmlFiles(root)) {
  manifest[routeOfHtmlFile(relative(root, file))] = pageScriptHashes(readFileSync(file, "utf8"));
}
writeFileSync(join(distDir, "csp-hashes.json"), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(
  `csp-manifest: ${Object.keys(manifest).length} prerendered pages hashed into ${join(distDir, "csp-hashes.json")}`,
);
