import { failure, jsonBody, respond, type ApiContext, type ApiRequest, type ApiResponse } from "@/lib/api/api-types";
import type { Catalog } from "@/lib/catalog/schema";
import type { ProfileIds } from "@/lib/profile/schema";
import { planTeam } from "@/lib/team/plan-team";
import { memberFrom, type TeamMember } from "@/lib/team/team-member";

/**
 * /api/team: `POST { "people": [{ "name": "…", …profile fields as in /api/recommend }] }` answers
 * `{ "people": [{ "name", "roadmap" }], "rejected": [{ "index", "issues": [{ "path", "message" }] }] }`.
 * Every valid person is planned with the recommender as it is; an invalid one is listed by its index and never
 * hides the others. A body that is not that shape is a 400, more than TEAM_API_MAX_PEOPLE people a 413. Its row in
 * lib/api/routes.ts answers other methods (405), bodies over TEAM_MAX_BODY_BYTES (413, unread) first.
 */

/** The largest body read: 1,000 people with long lists fit in well under this. */
export const TEAM_MAX_BODY_BYTES = 512 * 1024;
/** The most people one request may plan (the page and the CLI take 5,000: they run on the person's machine). */
export const TEAM_API_MAX_PEOPLE = 1_000;

export type TeamApiAnswer =
  | { status: 200; payload: { people: { name: string; roadmap: unknown }[]; rejected: TeamApiRejection[] } }
  | { status: 400 | 413; error: string; issues: { path: string; message: string }[] };
export type TeamApiRejection = { index: number; issues: { path: string; message: string }[] };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

const SHAPE = 'Send { "people": [{ "name": "…", "role": "…", …the profile fields of /api/recommend }] }.';

/** The people of a request body, checked one by one. */
function readPeople(list: readonly unknown[], known: ProfileIds, today: string) {
  const people: TeamMember[] = [];
  const rejected: TeamApiRejection[] = [];
  list.forEach((entry, index) => {
    if (!isRecord(entry)) {
      rejected.push({
        index,
        issues: [{ path: "", message: `Each person is an object with a name and a role. ${SHAPE}` }],
      });
      return;
    }
    const { name, ...profile } = entry;
    const member = memberFrom(index, name, profile, known, today);
    if (member.ok) people.push(member.member);
    else rejected.push({ index, issues: member.issues.map(({ column, message }) => ({ path: column, message })) });
  });
  return { people, rejected };
}

/** Plans a parsed JSON body. Pure; never throws. */
export function answerTeamJson(json: unknown, catalog: Catalog, today: string): TeamApiAnswer {
  if (!isRecord(json) || !("people" in json)) {
    return {
      status: 400,
      error: `The body has no "people" list. ${SHAPE}`,
      issues: [{ path: "people", message: "missing" }],
    };
  }
  const extra = Object.keys(json).filter((key) => key !== "people");
  if (extra.length > 0) {
    return {
      status: 400,
      error: `The body has fields the API does not read. ${SHAPE}`,
      issues: extra
        .slice(0, 5)
        .map((key) => ({ path: key, message: 'Not a field of the body; the only field is "people".' })),
    };
  }
  const { people: list } = json;
  if (!Array.isArray(list)) {
    return {
      status: 400,
      error: `"people" must be a list. ${SHAPE}`,
      issues: [{ path: "people", message: "not a list" }],
    };
  }
  if (list.length > TEAM_API_MAX_PEOPLE) {
    return {
      status: 413,
      error: `The body lists ${list.length.toLocaleString("en")} people; the limit is ${TEAM_API_MAX_PEOPLE.toLocaleString("en")} a request. Send the team in parts.`,
      issues: [],
    };
  }
  const { people, rejected } = readPeople(list, catalog, today);
  const planned = planTeam(people, catalog).map(({ name, roadmap }) => ({ name, roadmap }));
  return { status: 200, payload: { people: planned, rejected } };
}

/** Answers a POST to /api/team: 415 for another content type, 400 for text that is not JSON, then answerTeamJson. */
export function handleTeamRequest(request: ApiRequest, { catalog, today }: ApiContext): ApiResponse {
  const body = jsonBody(request);
  if (!body.ok) return body.response;
  const answer = answerTeamJson(body.json, catalog, today);
  return answer.status === 200 ? respond(200, answer.payload) : failure(answer.status, answer.error, answer.issues);
}
