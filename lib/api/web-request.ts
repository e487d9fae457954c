import { failure, type ApiContext, type ApiRequest, type ApiResponse } from "@/lib/api/api-types";
import { answerApi, findApiRoute, readsBody } from "@/lib/api/routes";

/**
 * The API over HTTP: reading a body within a route's limit (the collector both servers use) and the whole answer
 * over the web's own Request and Response, for Next.js's route (app/api/[...path]/route.ts). The production
 * server (server.ts) reads Node.js's request with the same collector. The answers are lib/api/routes.ts's.
 */

/** True when the request says up front that its body is over `maxBytes`: refused without reading it. */
export function declaredTooLarge(contentLength: string | null | undefined, maxBytes: number): boolean {
  const declared = Number(contentLength ?? "NaN");
  return Number.isFinite(declared) && declared > maxBytes;
}

/**
 * Collects a body chunk by chunk, as either server reads it. `add` returns false once the body has passed
 * `maxBytes`: the reader stops there, so an oversized body is refused without being read whole.
 */
export function bodyCollector(maxBytes: number) {
  const chunks: Uint8Array[] = [];
  let size = 0;
  return {
    add(chunk: Uint8Array): boolean {
      size += chunk.byteLength;
      if (size > maxBytes) return false;
      chunks.push(chunk);
      return true;
    },
    body(): ApiRequest["body"] {
      const bytes = new Uint8Array(size);
      let offset = 0;
      for (const chunk of chunks) {
        bytes.set(chunk, offset);
        offset += chunk.byteLength;
      }
      return { text: new TextDecoder().decode(bytes) };
    },
  };
}

async function readBody(request: Request, maxBytes: number): Promise<ApiRequest["body"]> {
  if (declaredTooLarge(request.headers.get("content-length"), maxBytes)) return { tooLarge: true };
  if (!request.body) return null;
  const reader = request.body.getReader();
  const collector = bodyCollector(maxBytes);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return collector.body();
    if (!collector.add(value)) {
      await reader.cancel();
      return { tooLarge: true };
    }
  }
}

/** The answer when a body breaks off before its end: the client has most likely gone, but say so in JSON. */
export const BODY_UNREADABLE: ApiResponse = failure(400, "The request body could not be read.");

/** Statuses whose response never has a body (a HEAD answer has none either). */
const NO_BODY = new Set([204, 304]);

/** An ApiResponse as the web's Response: no body for HEAD, 204 or 304. */
export function toWebResponse({ status, headers, body }: ApiResponse, method: string): Response {
  const empty = method.toUpperCase() === "HEAD" || NO_BODY.has(status);
  return new Response(empty ? null : body, { status, headers });
}

/** Answers one request to an /api/ path from the table. Never rejects: a body that breaks off mid-way is a 400. */
export async function answerWebRequest(request: Request, context: ApiContext): Promise<Response> {
  const url = new URL(request.url);
  const route = findApiRoute(url.pathname);
  let body: ApiRequest["body"] = null;
  if (route && readsBody(route, request.method)) {
    try {
      body = await readBody(request, route.maxBodyBytes);
    } catch {
      return toWebResponse(BODY_UNREADABLE, request.method);
    }
  }
  const headers = Object.fromEntries(request.headers);
  const apiRequest = { method: request.method, headers, body, query: url.searchParams };
  return toWebResponse(answerApi(route, url.pathname, apiRequest, context), request.method);
}
