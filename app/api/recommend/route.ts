import { catalog } from "@/data/catalog";
import { MAX_BODY_BYTES, handleRecommendRequest, type ApiRequest, type ApiResponse } from "@/lib/api/recommend-api";
import { todayIso } from "@/lib/dates/iso-date";

/** GET /api/recommend?role=sre&… and POST /api/recommend with a JSON profile. Logic: lib/api/recommend-api.ts. */

export const dynamic = "force-dynamic";

/** Reads at most MAX_BODY_BYTES + 1 bytes, so an oversized body is refused without being read whole. */
async function readBody(request: Request): Promise<ApiRequest["body"]> {
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) return { tooLarge: true };
  if (!request.body) return null;
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      return { tooLarge: true };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { text: new TextDecoder().decode(bytes) };
}

function toResponse(result: ApiResponse): Response {
  return new Response(result.body, { status: result.status, headers: result.headers });
}

async function handle(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const body = request.method === "POST" ? await readBody(request) : null;
  return toResponse(
    handleRecommendRequest(
      { method: request.method, contentType: request.headers.get("content-type"), body, query: url.searchParams },
      catalog,
      todayIso(),
    ),
  );
}

export const GET = handle;
export const POST = handle;
export const PUT = handle;
export const PATCH = handle;
export const DELETE = handle;
export const OPTIONS = handle;
