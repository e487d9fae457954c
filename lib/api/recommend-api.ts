import type { Catalog } from "@/lib/catalog/schema";
import { parseProfile, type ProfileIssue, type ProfileResult } from "@/lib/profile/parse-profile";
import { profileFromQuery, type QueryInput } from "@/lib/profile/share-query";
import { recommend } from "@/lib/recommender/recommend";

/**
 * The JSON API's logic as a pure function: a request described as plain values in, a status, headers
 * and body out. app/api/recommend/route.ts only reads the HTTP request into this shape.
 */

export const MAX_BODY_BYTES = 16 * 1024;
export const ALLOWED_METHODS = ["GET", "POST"] as const;

export type ApiRequest = {
  method: string;
  contentType: string | null;
  /** The body as text; `tooLarge` when it passed MAX_BODY_BYTES before it was read in full. */
  body: { text: string } | { tooLarge: true } | null;
  query: QueryInput;
};

export type ApiResponse = { status: number; headers: Record<string, string>; body: string };

export type ApiError = { error: string; issues: { path: string; message: string }[] };

const BASE_HEADERS = { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" } as const;

const respond = (status: number, payload: unknown, headers: Record<string, string> = {}): ApiResponse => ({
  status,
  headers: { ...BASE_HEADERS, ...headers },
  body: JSON.stringify(payload),
});

/** An error answer in the API's one shape, `{ error, issues }`, with its JSON headers. */
export const failure = (
  status: number,
  error: string,
  issues: ApiError["issues"] = [],
  headers?: Record<string, string>,
) => respond(status, { error, issues } satisfies ApiError, headers);

const toIssues = (issues: ProfileIssue[]) => issues.map(({ path, message }) => ({ path, message }));

function fromProfile(result: ProfileResult, catalog: Catalog): ApiResponse {
  if (!result.ok) {
    return failure(
      400,
      "The profile has invalid fields; each issue names one and what is allowed.",
      toIssues(result.issues),
    );
  }
  return respond(200, recommend(result.profile, catalog));
}

/** True for application/json with any parameters (charset=utf-8, say), in any letter case. */
export function isJsonContentType(contentType: string | null): boolean {
  return contentType !== null && /^application\/json\s*(;|$)/i.test(contentType.trim());
}

/** Answers one API request. Never throws: every problem is a 4xx with a JSON body that names it. */
export function handleRecommendRequest(request: ApiRequest, catalog: Catalog, today: string): ApiResponse {
  const allow = { Allow: ALLOWED_METHODS.join(", ") };
  switch (request.method.toUpperCase()) {
    case "GET":
      return fromProfile(profileFromQuery(request.query, catalog, { today }), catalog);
    case "POST": {
      if (request.body !== null && "tooLarge" in request.body) {
        return failure(413, `The body is larger than ${MAX_BODY_BYTES} bytes.`);
      }
      if (!isJsonContentType(request.contentType)) {
        return failure(
          415,
          `Send the profile as JSON with "Content-Type: application/json" (got ${request.contentType ?? "none"}).`,
        );
      }
      const text = request.body?.text ?? "";
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        const detail = error instanceof SyntaxError ? `: ${error.message}` : "";
        return failure(400, `The body is not valid JSON${detail}.`);
      }
      return fromProfile(parseProfile(json, catalog, { today }), catalog);
    }
    default:
      return failure(405, `Method ${request.method} is not allowed; use GET or POST.`, [], allow);
  }
}
