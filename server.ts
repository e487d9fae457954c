/**
 * The production server (`npm start`). Next.js answers everything but /api/recommend, which this file answers
 * itself with the function the Next.js route uses (handleRecommendRequest, the body read with the same
 * collector and limit) and the headers next.config.ts gives that path.
 *
 * Why: Next.js's request pipeline costs about 0.8 ms a request on this project's 2-core machine, so under
 * `next start` 50 concurrent API clients queued to a p99 of 77 ms; answered here, 18 ms (`npm run bench:api`,
 * README "The API under load"). Pages keep everything Next.js does for them: the proxy, headers, static HTML.
 * `next dev` does not use this file; there app/api/recommend/route.ts answers.
 *
 *   npm start [-- -p PORT] [-- -H HOST]    (or PORT in the environment; default 3000 on every interface)
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import next from "next";
import { catalog } from "@/data/catalog";
import { failure, handleRecommendRequest, type ApiRequest, type ApiResponse } from "@/lib/api/recommend-api";
import { BODY_UNREADABLE, bodyCollector, declaredTooLarge, RECOMMEND_PATH } from "@/lib/api/recommend-http";
import { todayIso } from "@/lib/dates/iso-date";
import { RESOURCE_CSP_HEADER, SECURITY_HEADERS } from "@/lib/security/csp";

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

/** A path, or an absolute http(s) URL that parses: what Next.js can answer without an error of its own. */
function askable(target: string): boolean {
  if (target.startsWith("/")) return true;
  try {
    return /^https?:$/.test(new URL(target).protocol);
  } catch {
    return false;
  }
}

/** The answer to any other request target (`GET *`, `GET http://[`), which Next.js answers with a 500. */
const NOT_A_PATH: ApiResponse = {
  status: 400,
  headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  body: "Bad request: ask for a path, such as / or /assess.\n",
};

/** What next.config.ts gives an answer that is not a page under Next.js. */
const NOT_PAGE_HEADERS = [...SECURITY_HEADERS, RESOURCE_CSP_HEADER];

/** Writes an answer that is not a page, with those headers. */
function send(res: ServerResponse, { status, headers, body }: ApiResponse): void {
  res.statusCode = status;
  for (const { key, value } of NOT_PAGE_HEADERS) res.setHeader(key, value);
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
  const target = req.url ?? "";
  if (!askable(target)) return send(res, NOT_A_PATH);
  // Only the exact path, with or without a query; anything else, odd request targets included, is Next.js's.
  if (!(target === RECOMMEND_PATH || target.startsWith(`${RECOMMEND_PATH}?`)) || !DIRECT_METHODS.has(method)) {
    void handle(req, res);
    return;
  }
  answerDirectly(req, res, method, new URL(target, "http://localhost")).catch((error: unknown) => {
    // The handler answers every input with a 4xx of its own; this is a bug, so say so, and keep serving.
    console.error("server: /api/recommend failed:", error);
    if (res.headersSent) return res.destroy();
    send(res, failure(500, "Something went wrong on our side; please try again."));
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
