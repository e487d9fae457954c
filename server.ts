/**
 * The production server (`npm start`): Next.js answers everything except /api/recommend, which goes straight
 * to the function Next.js's route answers with (handleRecommendRequest, reading the body with the same
 * collector and limit), with the headers next.config.ts gives that path. Why: Next.js's request pipeline costs about 0.8 ms a request on this project's 2-core machine, so 50
 * concurrent API clients queued to a p99 of 77 ms under `next start`; answered directly, 14 ms
 * (`npm run bench:api`; README, "The API under load"). Pages keep every Next.js feature: the proxy, headers,
 * static pages. `next dev` does not use this file: there the route in app/api/recommend answers.
 *
 *   npm start [-- -p PORT] [-- -H HOST]     (PORT from the environment works too; default 3000, all interfaces)
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import next from "next";
import { catalog } from "@/data/catalog";
import { handleRecommendRequest, type ApiRequest, type ApiResponse } from "@/lib/api/recommend-api";
import { BODY_UNREADABLE, bodyCollector, declaredTooLarge, RECOMMEND_PATH } from "@/lib/api/recommend-http";
import { todayIso } from "@/lib/dates/iso-date";
import { RESOURCE_POLICY, SECURITY_HEADERS } from "@/lib/security/csp";

/** The methods app/api/recommend/route.ts exports; HEAD and anything else stay with Next.js, as before. */
const DIRECT_METHODS = new Set(["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

function options(): { port: number; hostname: string | undefined } {
  try {
    const { values } = parseArgs({
      options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
    });
    const text = values.port ?? process.env.PORT ?? "3000";
    const port = Number(text);
    if (!/^\d+$/.test(text) || port < 1 || port > 65535) throw new Error(`the port must be 1–65535, not "${text}"`);
    return { port, hostname: values.hostname };
  } catch (error) {
    console.error(`server: ${error instanceof Error ? error.message : String(error)}`);
    console.error("usage: npm start [-- -p PORT] [-- -H HOST]");
    process.exit(2);
  }
}

/** The body, read as route.ts reads it (the same collector and limit), straight off Node.js's request. */
function readBody(req: IncomingMessage): Promise<ApiRequest["body"]> {
  if (req.method !== "POST") return Promise.resolve(null);
  if (declaredTooLarge(req.headers["content-length"])) return Promise.resolve({ tooLarge: true });
  return new Promise((resolve, reject) => {
    const collector = bodyCollector();
    const onData = (chunk: Buffer) => {
      if (collector.add(chunk)) return;
      // Stop collecting: the rest is discarded as it arrives, never held, and the client, which may still be
      // sending, reads the 413 once it has finished (closing the connection now would fail its writes instead).
      req.off("data", onData);
      req.resume();
      resolve({ tooLarge: true });
    };
    req.on("data", onData);
    req.once("end", () => resolve(collector.body()));
    req.once("error", reject);
  });
}

function send(res: ServerResponse, { status, headers, body }: ApiResponse): void {
  res.statusCode = status;
  // What next.config.ts gives this path under Next.js: the security headers and the fixed resource policy.
  for (const { key, value } of SECURITY_HEADERS) res.setHeader(key, value);
  res.setHeader("Content-Security-Policy", RESOURCE_POLICY);
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.end(body);
}

async function answerDirectly(req: IncomingMessage, res: ServerResponse, method: string, url: URL): Promise<void> {
  let body: ApiRequest["body"];
  try {
    body = await readBody(req);
  } catch {
    return send(res, BODY_UNREADABLE);
  }
  const request = { method, contentType: req.headers["content-type"] ?? null, body, query: url.searchParams };
  send(res, handleRecommendRequest(request, catalog, todayIso()));
}

const { port, hostname } = options();
const app = next({ dev: false, dir: fileURLToPath(new URL(".", import.meta.url)), hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  const method = req.method ?? "GET";
  const url = new URL(req.url ?? "/", "http://localhost");
  if (url.pathname !== RECOMMEND_PATH || !DIRECT_METHODS.has(method)) {
    void handle(req, res);
    return;
  }
  answerDirectly(req, res, method, url).catch((error: unknown) => {
    // The handler answers every input with a 4xx of its own; this is a bug, so say so, and keep serving.
    console.error("server: /api/recommend failed:", error);
    if (res.headersSent) return res.destroy();
    res.writeHead(500, { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" });
    res.end(JSON.stringify({ error: "Something went wrong on our side; please try again.", issues: [] }));
  });
});

server.listen(port, hostname, () => {
  console.log(`certpath: ready on http://${hostname ?? "localhost"}:${port}`);
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    server.close();
    void app.close().finally(() => process.exit(0));
  });
}
