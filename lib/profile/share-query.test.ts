import fc from "fast-check";
import { expect, test } from "vitest";
import { EXAMPLE_PROFILE } from "@/lib/profile/example-profile";
import { catalog } from "@/data/catalog";
import { GOAL_IDS, PATH_IDS, SKILL_IDS } from "@/lib/catalog/ids";
import { parseProfile, type ProfileResult } from "@/lib/profile/parse-profile";
import { PROFILE_FIELDS, type Profile } from "@/lib/profile/schema";
import { hasProfileQuery, profileFromQuery, profileToQuery } from "@/lib/profile/share-query";

const TODAY = "2027-01-04";
const options = { today: TODAY };

const EXAMPLE = EXAMPLE_PROFILE;

function profileOf(result: ProfileResult): Profile {
  if (!result.ok) throw new Error(`expected a profile, got issues: ${JSON.stringify(result.issues)}`);
  return result.profile;
}

test("profileToQuery writes every field under its own key, lists comma-separated with literal commas", () => {
  const query = profileToQuery(EXAMPLE);
  expect(query).toBe(
    "role=sre&years=5&skills=python,cloud&held=mlops-foundation&goal=architect&interests=sre,finops&hours=8&start=2027-01-04",
  );
  expect(query).not.toContain("%2C");
  expect([...new URLSearchParams(query).keys()]).toEqual([...PROFILE_FIELDS]);
});

test("profileToQuery leaves out empty lists but keeps every scalar field", () => {
  const query = profileToQuery({ ...EXAMPLE, skills: [], held: [], interests: [], years: 0 });
  expect(query).toBe("role=sre&years=0&goal=architect&hours=8&start=2027-01-04");
  const keys = [...new URLSearchParams(query).keys()];
  expect(keys).not.toContain("skills");
  expect(keys).not.toContain("held");
  expect(keys).not.toContain("interests");
});

test("profileFromQuery reads URLSearchParams", () => {
  const params = new URLSearchParams(profileToQuery(EXAMPLE));
  expect(profileFromQuery(params, catalog, options)).toEqual({ ok: true, profile: EXAMPLE });
});

test("profileFromQuery reads a plain record of strings and string arrays, as Next.js gives searchParams", () => {
  const record = {
    role: "sre",
    years: "5",
    skills: ["cloud", "python"],
    held: "mlops-foundation",
    goal: "architect",
    interests: ["finops", "sre"],
    hours: "8",
    start: "2027-01-04",
  };
  expect(profileFromQuery(record, catalog, options)).toEqual({ ok: true, profile: EXAMPLE });
});

test("profileFromQuery joins a key repeated in URLSearchParams as one list", () => {
  const params = new URLSearchParams("role=sre&skills=python&skills=cloud,monitoring");
  expect(profileOf(profileFromQuery(params, catalog, options)).skills).toEqual(["python", "cloud", "monitoring"]);
});

test("profileFromQuery ignores keys that are not profile fields", () => {
  const params = new URLSearchParams("role=sre&utm_source=newsletter&fbclid=abc&ref=");
  expect(profileFromQuery(params, catalog, options)).toEqual({
    ok: true,
    profile: { role: "sre", years: 0, skills: [], held: [], goal: "hands-on", interests: [], hours: 5, start: TODAY },
  });
  const record = { role: "sre", utm_source: "newsletter", utm_medium: ["email", "x"], empty: undefined };
  expect(profileOf(profileFromQuery(record, catalog, options)).role).toBe("sre");
});

test("profileFromQuery uses options.today when the query has no start", () => {
  const profile = profileOf(profileFromQuery(new URLSearchParams("role=sre"), catalog, { today: "2031-05-06" }));
  expect(profile.start).toBe("2031-05-06");
});

test("profileFromQuery with no role reports role as missing", () => {
  const result = profileFromQuery(new URLSearchParams("utm_source=x"), catalog, options);
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.issues.map((i) => i.path)).toEqual(["role"]);
    expect(result.issues[0]?.message).toContain("missing");
  }
});

test("hasProfileQuery is true when any profile field is present", () => {
  expect(hasProfileQuery(new URLSearchParams("role=sre"))).toBe(true);
  expect(hasProfileQuery(new URLSearchParams("utm_source=x&hours=8"))).toBe(true);
  expect(hasProfileQuery(new URLSearchParams(profileToQuery(EXAMPLE)))).toBe(true);
  expect(hasProfileQuery({ start: "2027-01-04" })).toBe(true);
  expect(hasProfileQuery({ skills: ["python", "cloud"] })).toBe(true);
  // Present but empty is still a profile field (and will be reported if it is wrong).
  expect(hasProfileQuery(new URLSearchParams("role="))).toBe(true);
});

test("hasProfileQuery is false for a bare page or tracking tags only", () => {
  expect(hasProfileQuery(new URLSearchParams(""))).toBe(false);
  expect(hasProfileQuery(new URLSearchParams("utm_source=newsletter&utm_medium=email"))).toBe(false);
  expect(hasProfileQuery({})).toBe(false);
  expect(hasProfileQuery({ utm_source: "newsletter", role: undefined })).toBe(false);
  // Keys are case-sensitive: "Role" is not the role field.
  expect(hasProfileQuery(new URLSearchParams("Role=sre"))).toBe(false);
});

const ROLE_IDS = catalog.roles.map((r) => r.id);
const CERT_IDS = catalog.certifications.map((c) => c.id);
const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2000, 0, 1) / DAY_MS;
const LAST_DAY = Date.UTC(2100, 11, 31) / DAY_MS;

/** Valid profile inputs from the real catalog: lists in any order, possibly with repeats. */
const profileInput = fc.record({
  role: fc.constantFrom(...ROLE_IDS),
  years: fc.integer({ min: 0, max: 50 }),
  skills: fc.shuffledSubarray([...SKILL_IDS]),
  held: fc.shuffledSubarray(CERT_IDS).chain((ids) => fc.shuffledSubarray([...ids, ...ids])),
  goal: fc.constantFrom(...GOAL_IDS),
  interests: fc.shuffledSubarray([...PATH_IDS]),
  hours: fc.integer({ min: 1, max: 60 }),
  start: fc.integer({ min: FIRST_DAY, max: LAST_DAY }).map((day) => new Date(day * DAY_MS).toISOString().slice(0, 10)),
});

test("property: decoding an encoded profile gives the same profile back", () => {
  fc.assert(
    fc.property(profileInput, (input) => {
      const profile = profileOf(parseProfile(input, catalog, options));
      const query = profileToQuery(profile);
      expect(query).not.toContain("%2C");
      // A different "today" proves the start date comes from the query.
      const other = { today: "2050-06-15" };
      expect(profileFromQuery(new URLSearchParams(query), catalog, other)).toEqual({ ok: true, profile });
      expect(profileFromQuery(Object.fromEntries(new URLSearchParams(query)), catalog, other)).toEqual({
        ok: true,
        profile,
      });
      // And the link is canonical: encoding again gives the same text.
      expect(profileToQuery(profileOf(profileFromQuery(new URLSearchParams(query), catalog, other)))).toBe(query);
    }),
    { numRuns: 2000 },
  );
});

test("property: the query for a profile does not depend on the order of its lists", () => {
  fc.assert(
    fc.property(profileInput, (input) => {
      const a = profileOf(parseProfile(input, catalog, options));
      const reversed = {
        ...input,
        skills: [...input.skills].reverse(),
        held: [...input.held].reverse(),
        interests: [...input.interests].reverse(),
      };
      const b = profileOf(parseProfile(reversed, catalog, options));
      expect(profileToQuery(b)).toBe(profileToQuery(a));
    }),
    { numRuns: 500 },
  );
});

test("a tampered query is rejected with issues naming role, hours and skills, without throwing", () => {
  const raw = "role=<script>alert(1)</script>&hours=1e9&skills=python,%00";
  const fromParams = profileFromQuery(new URLSearchParams(raw), catalog, options);
  const fromRecord = profileFromQuery(Object.fromEntries(new URLSearchParams(raw)), catalog, options);
  for (const result of [fromParams, fromRecord]) {
    expect(result.ok).toBe(false);
    if (result.ok) continue;
    const paths = result.issues.map((i) => i.path);
    expect(paths).toContain("role");
    expect(paths).toContain("hours");
    expect(paths).toContain("skills");
    // Only the fields that were tampered with.
    expect(new Set(paths)).toEqual(new Set(["role", "hours", "skills"]));
    const role = result.issues.find((i) => i.path === "role");
    expect(role?.message).toContain("not a known role");
    expect(result.issues.find((i) => i.path === "hours")?.message).toContain("1e9");
  }
});

test("odd queries never throw", () => {
  const queries = [
    "",
    "role",
    "role=&role=",
    "role=sre&years=-0",
    "role=sre&years=99999999999999999999999",
    "role=sre&hours=%F0%9F%92%A9",
    "role=sre&start=2027-02-30&start=2027-01-04",
    "role=sre&held=,,,&skills=%20,%20",
    "role=sre&__proto__=x&constructor=y",
    "role=%E0%A4%A",
  ];
  for (const raw of queries) {
    const result = profileFromQuery(new URLSearchParams(raw), catalog, options);
    expect(typeof result.ok, raw).toBe("boolean");
  }
});
