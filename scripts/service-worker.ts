/**
 * Runs after `next build` (see the "build" script), after scripts/csp-manifest.ts: derives the precache list
 * from the build output (lib/offline/precache.ts), versions it by the content of every file it names, and
 * bundles worker/service-worker.ts with the list inlined into <distDir>/sw.js, which app/sw.js/route.ts serves.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { build } from "esbuild";
import { OFFLINE_PAGE, precacheList, type Precache } from "../lib/offline/precache";

const distDir = process.env.NEXT_DIST_DIR ?? ".next";

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(join(distDir, path), "utf8"));
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

const prerenderManifest = readJson("prerender-manifest.json");
const routes = isRecord(prerenderManifest) && isRecord(prerenderManifest.routes) ? prerenderManifest.routes : {};
const appPathsJson = readJson("app-path-routes-manifest.json");
const appPaths = Object.fromEntries(
  Object.entries(isRecord(appPathsJson) ? appPathsJson : {}).filter(
    (e): e is [string, string] => typeof e[1] === "string",
  ),
);
const staticDir = join(distDir, "static");
const list = precacheList({
  prerendered: Object.entries(routes).map(([route, entry]) => ({
    route,
    page: isRecord(entry) && typeof entry.dataRoute === "string",
  })),
  appPaths,
  staticFiles: files(staticDir).map((f) => relative(staticDir, f)),
  publicFiles: files("public").map((f) => relative("public", f)),
});
if (!list.staticPages.includes(OFFLINE_PAGE))
  throw new Error(`service-worker: ${OFFLINE_PAGE} is not a prerendered page`);

// The version covers every byte the worker caches: the build id (pages rendered per request), the prerendered
// pages' HTML and files, the build's static files and public/.
const hash = createHash("sha256");
hash.update(readFileSync(join(distDir, "BUILD_ID")));
hash.update(JSON.stringify(list));
for (const file of [...files(join(distDir, "server", "app")), ...files(staticDir), ...files("public")].sort()) {
  if (/\.(html|rsc|body|meta|js|css|png|svg|json|webmanifest|woff2?)$/.test(file)) hash.update(readFileSync(file));
}
const precache: Precache = { ...list, version: hash.digest("hex").slice(0, 16), offlinePage: OFFLINE_PAGE };

const result = await build({
  entryPoints: ["worker/service-worker.ts"],
  bundle: true,
  minify: true,
  format: "iife",
  target: "es2022",
  write: false,
  define: { __CERTPATH_PRECACHE__: JSON.stringify(precache) },
});
const code = result.outputFiles[0]?.text ?? "";
writeFileSync(join(distDir, "sw.js"), code);
console.log(
  `service-worker: ${join(distDir, "sw.js")} (${(code.length / 1024).toFixed(1)} KiB), version ${precache.version}: ` +
    `${precache.staticPages.length} prerendered pages, ${precache.dynamicPages.length} per-request pages, ${precache.assets.length} files`,
);
