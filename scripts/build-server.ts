/**
 * `npm run build`'s last step: server.ts and what it imports from lib/ and data/, bundled to one JavaScript
 * file, `<distDir>/server.mjs`, so `npm start` runs plain Node.js (no TypeScript loader at run time). Packages
 * stay imports (`next`, `zod`, … from node_modules), so the bundle holds only the project's own code.
 */
import { join } from "node:path";
import { build } from "esbuild";

const outfile = join(process.env.NEXT_DIST_DIR ?? ".next", "server.mjs");
const t0 = performance.now();
await build({
  entryPoints: ["server.ts"],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  tsconfig: "tsconfig.json",
  logLevel: "warning",
});
console.log(`build-server: ${outfile} in ${Math.round(performance.now() - t0)} ms`);
