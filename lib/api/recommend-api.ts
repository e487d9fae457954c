import { failure, jsonBody, respond, type ApiContext, type ApiRequest, type ApiResponse } from "@/lib/api/api-types";
import type { Catalog } from "@/lib/catalog/schema";
import { parseProfile, type ProfileIssue, type ProfileResult } from "@/lib/profile/parse-profile";
import { profileFromQuery } from "@/lib/profile/share-query";
import { recommend } from "@/lib/recommender/recommend";

/**
 * /api/recommend: `GET ?role=…` takes the share-link query, `POST` a JSON profile; both answer exactly the object
 * `recommend --json` prints. Its row in lib/api/routes.ts gives the methods and the body limit, and answers
 * other methods, HEAD and oversized bodies before this runs.
 */

export const RECOMMEND_MAX_BODY_BYTES = 16 * 1024;

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

/** Answers a GET or POST to /api/recommend. Never throws: every problem is a 4xx with a JSON body that names it. */
export function handleRecommendRequest(request: ApiRequest, { catalog, today }: ApiContext): ApiResponse {
  if (request.method === "GET") return fromProfile(profileFromQuery(request.query, catalog, { today }), catalog);
  const body = jsonBody(request);
  if (!body.ok) return body.response;
  return fromProfile(parseProfile(body.json, catalog, { today }), catalog);
}
