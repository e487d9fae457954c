import { expect, test } from "vitest";
import { catalog } from "@/data/catalog";
import type { ApiRequest } from "@/lib/api/api-types";
import { findApiRoute } from "@/lib/api/routes";
import { TEAM_API_MAX_PEOPLE, answerTeamJson, handleTeamRequest } from "@/lib/api/team-api";
import { EXAMPLE_PROFILE } from "@/lib/profile/example-profile";
import { recommend } from "@/lib/recommender/recommend";

const TODAY = "2027-01-04";
const answer = (json: unknown) => answerTeamJson(json, catalog, TODAY);

test("every valid person is planned with recommend()'s roadmap; invalid ones are listed by index", () => {
  const result = answer({
    people: [
      { name: "Ana", ...EXAMPLE_PROFILE },
      { name: "Bad", role: "pilot", hours: 0 },
      "junk",
      { role: "sre" },
      { name: "Bo", role: "ml-engineer", extra: true },
      { name: "Cy", role: "sre" },
    ],
  });
  if (result.status !== 200) throw new Error(result.error);
  expect(result.payload.people).toEqual([
    { name: "Ana", roadmap: recommend(EXAMPLE_PROFILE, catalog) },
    {
      name: "Cy",
      roadmap: recommend(
        { role: "sre", years: 0, skills: [], held: [], goal: "hands-on", interests: [], hours: 5, start: TODAY },
        catalog,
      ),
    },
  ]);
  expect(result.payload.rejected).toEqual([
    {
      index: 1,
      issues: [
        { path: "role", message: expect.stringMatching(/"pilot" is not a known role/) },
        { path: "hours", message: expect.stringMatching(/whole number from 1 to 60/) },
      ],
    },
    { index: 2, issues: [{ path: "", message: expect.stringMatching(/Each person is an object/) }] },
    { index: 3, issues: [{ path: "name", message: expect.stringMatching(/missing/) }] },
    { index: 4, issues: [{ path: "extra", message: expect.stringMatching(/Not a profile field/) }] },
  ]);
});

test("a body that is not { people: [...] } is a 400 naming the problem", () => {
  for (const body of [null, [], "x", {}, { people: {} }, { people: "Ana" }, { people: [], more: 1 }]) {
    const result = answer(body);
    expect(result.status, JSON.stringify(body)).toBe(400);
    if (result.status === 200) continue;
    expect(result.error).toMatch(/people/);
  }
});

test("an empty team is planned as an empty team", () => {
  expect(answer({ people: [] })).toEqual({ status: 200, payload: { people: [], rejected: [] } });
});

test("over 1,000 people is a 413 naming the limit", () => {
  const people = Array.from({ length: TEAM_API_MAX_PEOPLE + 1 }, (_, i) => ({ name: `P${i}`, role: "sre" }));
  const result = answer({ people });
  expect(result.status).toBe(413);
  if (result.status !== 413) return;
  expect(result.error).toMatch(/1,001 people; the limit is 1,000/);
  expect(answer({ people: people.slice(1) }).status).toBe(200);
});

test("the handler: JSON in, the API's JSON out; 415 for another type, 400 for text that is not JSON", () => {
  const req = (text: string, type = "application/json"): ApiRequest => ({
    method: "POST",
    headers: { "content-type": type },
    body: { text },
    query: new URLSearchParams(),
  });
  const context = { catalog, today: TODAY };
  const ok = handleTeamRequest(req(JSON.stringify({ people: [{ name: "Ana", role: "sre" }] })), context);
  expect(ok.status).toBe(200);
  expect(ok.headers["Content-Type"]).toBe("application/json; charset=utf-8");
  expect(JSON.parse(ok.body)).toMatchObject({ people: [{ name: "Ana" }], rejected: [] });
  expect(handleTeamRequest(req("name,role", "text/csv"), context).status).toBe(415);
  expect(handleTeamRequest(req("{"), context).status).toBe(400);
  const big = handleTeamRequest(req(JSON.stringify({ people: Array.from({ length: 1001 }, () => ({})) })), context);
  expect(big.status).toBe(413);
  expect(JSON.parse(big.body)).toMatchObject({ error: expect.stringContaining("1,000"), issues: [] });
});

test("/api/team is a row of the API table: POST only, 512 KiB", () => {
  const row = findApiRoute("/api/team");
  expect(row).toMatchObject({ methods: ["POST"], maxBodyBytes: 512 * 1024, handle: handleTeamRequest });
});
