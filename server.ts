/**
 * The production server (`npm start`). Next.js answers everything but /api/ paths, which this file answers
 * itself from the table the Next.js route uses (lib/api/routes.ts: the same handlers, the body read with the
 * same collector and each row's limit) with the headers next.config.ts gives those paths.
 *
 * Why: Next.js's request pipeline costs about 0.8 ms a request on this project's 2-core machine, so under
 * `next start` 50 concurrent API clients queued to a p99 of 77 ms; answered here, 18 ms (`npm run bench:api`,
 * docs/performance.md). Pages keep everything Next.js does for them: the proxy, headers, static HTML.
 * `next dev` does not use this file; there app/api/[...path]/route.ts answers.
 *
 *   npm start [-- -p PORT] [-- -H HOST]    (or PORT in the environment; default 3000 on every interface)
 *
 * `npm run build` bundles this file to `.next/server.mjs` (scripts/build-server.ts), which `npm start` runs with
 * plain Node.js from the project directory: the app is the one in the working directory, as for `next start`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { catalog } from "@/data/catalog";
import { failure, type ApiRequest, type ApiResponse } from "@/lib/api/api-types";
import { answerApi, findApiRoute, readsBody } from "@/lib/api/routes";
import { BODY_UNREADABLE, bodyCollector, declaredTooLarge } from "@/lib/api/web-request";
import { todayIso } from "@/lib/dates/iso-date";
import { RESOURCE_CSP_HEADER, SECURITY_HEADERS } from "@/lib/security/csp";

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
function readBody(req: IncomingMessage, maxBytes: number): Promise<ApiRequest["body"]> {
  if (declaredTooLarge(req.headers["content-length"], maxBytes)) return Promise.resolve({ tooLarge: true });
  return new Promise((resolve, reject) => {
    const collector = bodyCollector(maxBytes);
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

/** Writes an answer that is not a page, with those headers (Node.js itself sends no body to a HEAD request). */
function send(res: ServerResponse, { status, headers, body }: ApiResponse): void {
  res.statusCode = status;
  for (const { key, value } of NOT_PAGE_HEADERS) res.setHeader(key, value);
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.end(status === 204 || status === 304 ? undefined : body);
}

/** Node.js's headers as the API reads them: lower-case names, repeated ones joined as HTTP joins them. */
function headersOf(req: IncomingMessage): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(req.headers)) out[name] = Array.isArray(value) ? value.join(", ") : value;
  return out;
}

async function answerApiPath(req: IncomingMessage, res: ServerResponse, method: string, url: URL): Promise<void> {
  const route = findApiRoute(url.pathname);
  let body: ApiRequest["body"] = null;
  if (route && readsBody(route, method)) {
    try {
      body = await readBody(req, route.maxBodyBytes);
    } catch {
      return send(res, BODY_UNREADABLE);
    }
  }
  const request = { method, headers: headersOf(req), body, query: url.searchParams };
  send(res, answerApi(route, url.pathname, request, { catalog, today: todayIso() }));
}

const { port, hostname } = options();
const app = next({ dev: false, dir: process.cwd(), hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  const method = req.method ?? "GET";
  const target = req.url ?? "";
  if (!askable(target)) return send(res, NOT_A_PATH);
  // Every /api/ path is the table's (an unknown one a JSON 404, as the Next.js route answers it); anything
  // else, absolute-URL request targets included, is Next.js's.
  if (!target.startsWith("/api/")) {
    void handle(req, res);
    return;
  }
  const url = new URL(target, "http://localhost");
  answerApiPath(req, res, method, url).catch((error: unknown) => {
    // The handlers answer every input with a 4xx of their own; this is a bug, so say so, and keep serving.
    console.error(`server: ${url.pathname} failed:`, error);
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
