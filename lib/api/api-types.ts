import type { Catalog } from "@/lib/catalog/schema";
import type { QueryInput } from "@/lib/profile/share-query";

/**
 * The shapes every endpoint of the JSON API shares: a request described as plain values, the answer as a status,
 * headers and a body. Handlers (lib/api/*-api.ts) are pure functions from one to the other; the two servers
 * (app/api/[...path]/route.ts under `next dev`, server.ts in production) only translate HTTP to and from these.
 */

export type ApiRequest = {
  /** Upper case, as the client sent it. */
  method: string;
  /** The request's headers, names in lower case (`content-type`, `if-none-match`). */
  headers: Readonly<Record<string, string | undefined>>;
  /** The body as text; `tooLarge` when it passed its route's limit before it was read in full; null without one. */
  body: { text: string } | { tooLarge: true } | null;
  /** The query string (URLSearchParams from either server). */
  query: QueryInput;
};

export type ApiResponse = { status: number; headers: Record<string, string>; body: string };

/** What a handler may use besides the request: the catalog and today's date (ISO), both fixed per request. */
export type ApiContext = { catalog: Catalog; today: string };

export type ApiHandler = (request: ApiRequest, context: ApiContext) => ApiResponse;

/** The body of every error answer. */
export type ApiError = { error: string; issues: { path: string; message: string }[] };

export const JSON_HEADERS = { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" } as const;

/** A JSON answer with JSON_HEADERS (and any extra headers, which win). */
export const respond = (status: number, payload: unknown, headers: Record<string, string> = {}): ApiResponse => ({
  status,
  headers: { ...JSON_HEADERS, ...headers },
  body: JSON.stringify(payload),
});

/** An error answer in the API's one shape, `{ error, issues }`, with its JSON headers. */
export const failure = (
  status: number,
  error: string,
  issues: ApiError["issues"] = [],
  headers?: Record<string, string>,
) => respond(status, { error, issues } satisfies ApiError, headers);

/** True for application/json with any parameters (charset=utf-8, say), in any letter case. */
export function isJsonContentType(contentType: string | null | undefined): boolean {
  return typeof contentType === "string" && /^application\/json\s*(;|$)/i.test(contentType.trim());
}

/**
 * The body of a request that must carry JSON: the parsed value, or the answer to give instead (415 for another
 * content type, 400 for text that is not JSON). The route's size limit has already been applied (routes.ts).
 */
export function jsonBody(request: ApiRequest): { ok: true; json: unknown } | { ok: false; response: ApiResponse } {
  const contentType = request.headers["content-type"];
  if (!isJsonContentType(contentType)) {
    const message = `Send JSON with "Content-Type: application/json" (got ${contentType ?? "none"}).`;
    return { ok: false, response: failure(415, message) };
  }
  const text = request.body !== null && "text" in request.body ? request.body.text : "";
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (error) {
    const detail = error instanceof SyntaxError ? `: ${error.message}` : "";
    return { ok: false, response: failure(400, `The body is not valid JSON${detail}.`) };
  }
}
