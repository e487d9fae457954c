import type { Catalog } from "@/lib/catalog/schema";
import {
  MAX_BODY_BYTES,
  failure,
  handleRecommendRequest,
  type ApiRequest,
  type ApiResponse,
} from "@/lib/api/recommend-api";

/**
 * /api/recommend over HTTP: reading a body within MAX_BODY_BYTES (shared by both servers' readers) and the
 * whole answer over the web's own Request and Response, for Next.js's route (app/api/recommend/route.ts,
 * used by `next dev`). The production server (server.ts) reads Node.js's request with the same collector.
 * The answer itself is handleRecommendRequest's; this only reads the request and writes the response.
 */

export const RECOMMEND_PATH = "/api/recommend";

/** True when the request says up front that its body is over MAX_BODY_BYTES: refused without reading it. */
export function declaredTooLarge(contentLength: string | null | undefined): boolean {
  const declared = Number(contentLength ?? "NaN");
  return Number.isFinite(declared) && declared > MAX_BODY_BYTES;
}

/**
 * Collects a body chunk by chunk, as either server reads it. `add` returns false once the body has passed
 * MAX_BODY_BYTES: the reader stops there, so an oversized body is refused without being read whole.
 */
export function bodyCollector() {
  const chunks: Uint8Array[] = [];
  let size = 0;
  return {
    add(chunk: Uint8Array): boolean {
      size += chunk.byteLength;
      if (size > MAX_BODY_BYTES) return false;
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

async function readBody(request: Request): Promise<ApiRequest["body"]> {
  if (declaredTooLarge(request.headers.get("content-length"))) return { tooLarge: true };
  if (!request.body) return null;
  const reader = request.body.getReader();
  const collector = bodyCollector();
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

/** Answers one request to /api/recommend. Never rejects: a body that breaks off mid-way is a 400 too. */
export async function answerRecommendRequest(request: Request, catalog: Catalog, today: string): Promise<Response> {
  let body: ApiRequest["body"] = null;
  if (request.method === "POST") {
    try {
      body = await readBody(request);
    } catch {
      return new Response(BODY_UNREADABLE.body, BODY_UNREADABLE);
    }
  }
  const { searchParams } = new URL(request.url);
  const result = handleRecommendRequest(
    { method: request.method, contentType: request.headers.get("content-type"), body, query: searchParams },
    catalog,
    today,
  );
  return new Response(result.body, { status: result.status, headers: result.headers });
}
