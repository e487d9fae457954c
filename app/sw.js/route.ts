import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { WORKER_HEADERS } from "@/lib/security/csp";

/**
 * /sw.js: the service worker, bundled after the build by scripts/service-worker.ts into <distDir>/sw.js (it
 * needs the finished build's page list, so it cannot be a file Next.js builds). Read once per server.
 * `Cache-Control: no-cache` makes every update check reach the server; the worker's own policy
 * (WORKER_HEADERS) lets it fetch from this origin and nothing else.
 */
export const dynamic = "force-dynamic";

let source: Promise<string | null> | undefined;

function load(): Promise<string | null> {
  source ??= readFile(join(process.cwd(), process.env.NEXT_DIST_DIR ?? ".next", "sw.js"), "utf8").catch(() => null);
  return source;
}

export async function GET(): Promise<Response> {
  const code = await load();
  if (code === null) {
    // `next dev`, or a build without its post-step: the app works without a worker (it registers none in dev).
    return new Response("// No service worker in this build: run `npm run build`.\n", {
      status: 404,
      headers: { ...WORKER_HEADERS, "Content-Type": "text/javascript; charset=utf-8" },
    });
  }
  return new Response(code, { headers: { ...WORKER_HEADERS, "Content-Type": "text/javascript; charset=utf-8" } });
}
