import fc from "fast-check";
import { expect, test } from "vitest";
import { EXAMPLE_PROFILE } from "@/lib/profile/example-profile";
import { catalog } from "@/data/catalog";
import { GOAL_IDS, PATH_IDS, SKILL_IDS } from "@/lib/catalog/ids";
import { decodeStrings, parseProfile, type ProfileIssue, type ProfileResult } from "@/lib/profile/parse-profile";
import { PROFILE_FIELDS, ProfileSchema } from "@/lib/profile/schema";

const TODAY = "2027-01-04";
const options = { today: TODAY };
const parse = (input: unknown) => parseProfile(input, catalog, options);

const ROLE_IDS = catalog.roles.map((r) => r.id);
const CERT_IDS = catalog.certifications.map((c) => c.id);

function issuesOf(result: ProfileResult): ProfileIssue[] {
  if (result.ok) throw new Error(`expected issues, got a profile: ${JSON.stringify(result.profile)}`);
  return result.issues;
}

function profileOf(result: ProfileResult) {
  if (!result.ok) throw new Error(`expected a profile, got issues: ${JSON.stringify(result.issues)}`);
  return result.profile;
}

/** True when `token` occurs in `text` as a whole value, not as part of a longer number or id. */
function mentions(text: string, token: string): boolean {
  const escaped = token.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^\\w.-])${escaped}($|[^\\w-]|\\.(?!\\d))`).test(text);
}

test("every field but role has a default, and start defaults to options.today", () => {
  expect(profileOf(parse({ role: "sre" }))).toEqual({
    role: "sre",
    years: 0,
    skills: [],
    held: [],
    goal: "hands-on",
    interests: [],
    hours: 5,
    start: TODAY,
  });
  expect(profileOf(parseProfile({ role: "sre" }, catalog, { today: "2030-06-15" })).start).toBe("2030-06-15");
});

test("a field given as undefined takes its default", () => {
  const profile = profileOf(
    parse({
      role: "sre",
      years: undefined,
      skills: undefined,
      held: undefined,
      goal: undefined,
      interests: undefined,
      hours: undefined,
      start: undefined,
    }),
  );
  expect(profile).toEqual({
    role: "sre",
    years: 0,
    skills: [],
    held: [],
    goal: "hands-on",
    interests: [],
    hours: 5,
    start: TODAY,
  });
});

test("a full valid profile comes back as given", () => {
  const input = { ...EXAMPLE_PROFILE };
  expect(profileOf(parse(input))).toEqual(input);
});

test("boundary values are accepted", () => {
  expect(profileOf(parse({ role: "sre", years: 0, hours: 1, start: "2000-01-01" }))).toMatchObject({
    years: 0,
    hours: 1,
    start: "2000-01-01",
  });
  expect(profileOf(parse({ role: "sre", years: 50, hours: 60, start: "2100-12-31" }))).toMatchObject({
    years: 50,
    hours: 60,
    start: "2100-12-31",
  });
});

test("every catalog role, goal, skill, path and certification is accepted", () => {
  for (const role of ROLE_IDS) expect(profileOf(parse({ role })).role).toBe(role);
  for (const goal of GOAL_IDS) expect(profileOf(parse({ role: "sre", goal })).goal).toBe(goal);
  expect(profileOf(parse({ role: "sre", skills: [...SKILL_IDS] })).skills).toEqual([...SKILL_IDS]);
  expect(profileOf(parse({ role: "sre", interests: [...PATH_IDS] })).interests).toEqual([...PATH_IDS]);
  expect(profileOf(parse({ role: "sre", held: CERT_IDS })).held).toEqual([...CERT_IDS].sort());
});

test("lists come back canonical: no duplicates, skills and interests in the schema's order, held sorted", () => {
  const profile = profileOf(
    parse({
      role: "sre",
      skills: ["security", "python", "cloud", "python", "security"],
      interests: ["finops", "sre", "devops", "finops"],
      held: ["mlops-professional", "ai-strategy", "mlops-foundation", "ai-strategy"],
    }),
  );
  expect(profile.skills).toEqual(["python", "cloud", "security"]);
  expect(profile.interests).toEqual(["devops", "sre", "finops"]);
  expect(profile.held).toEqual(["ai-strategy", "mlops-foundation", "mlops-professional"]);
});

test("two inputs with the same list members give the same profile", () => {
  const a = profileOf(parse({ role: "sre", skills: ["cloud", "python"], held: ["mlops-advanced", "ai-strategy"] }));
  const b = profileOf(
    parse({ role: "sre", skills: ["python", "cloud", "cloud"], held: ["ai-strategy", "mlops-advanced"] }),
  );
  expect(a).toEqual(b);
});

type BadCase = {
  name: string;
  input: Record<string, unknown>;
  path: string;
  /** How the bad value appears in the message. */
  shown: string;
  /** Allowed values the message must list. */
  allowed: readonly string[];
};

const BAD_CASES: BadCase[] = [
  { name: "unknown role", input: { role: "pilot" }, path: "role", shown: '"pilot"', allowed: ROLE_IDS },
  { name: "negative years", input: { role: "sre", years: -1 }, path: "years", shown: "-1", allowed: ["0 to 50"] },
  { name: "years 51", input: { role: "sre", years: 51 }, path: "years", shown: "51", allowed: ["0 to 50"] },
  { name: "fractional years", input: { role: "sre", years: 1.5 }, path: "years", shown: "1.5", allowed: ["0 to 50"] },
  {
    name: "unknown skill",
    input: { role: "sre", skills: ["python", "cooking"] },
    path: "skills",
    shown: '"cooking"',
    allowed: SKILL_IDS,
  },
  {
    name: "unknown held certification",
    input: { role: "sre", held: ["mlops-foundation", "aws-wizard"] },
    path: "held",
    shown: '"aws-wizard"',
    allowed: CERT_IDS,
  },
  { name: "bad goal", input: { role: "sre", goal: "boss" }, path: "goal", shown: '"boss"', allowed: GOAL_IDS },
  {
    name: "unknown interest",
    input: { role: "sre", interests: ["gardening"] },
    path: "interests",
    shown: '"gardening"',
    allowed: PATH_IDS,
  },
  { name: "hours 0", input: { role: "sre", hours: 0 }, path: "hours", shown: "0", allowed: ["1 to 60"] },
  { name: "hours 61", input: { role: "sre", hours: 61 }, path: "hours", shown: "61", allowed: ["1 to 60"] },
  { name: 'hours "abc"', input: { role: "sre", hours: "abc" }, path: "hours", shown: '"abc"', allowed: ["1 to 60"] },
  {
    name: "impossible start date",
    input: { role: "sre", start: "2027-02-30" },
    path: "start",
    shown: '"2027-02-30"',
    allowed: ["YYYY-MM-DD", "2000-01-01", "2100-12-31"],
  },
  {
    name: "start before the range",
    input: { role: "sre", start: "1999-12-31" },
    path: "start",
    shown: '"1999-12-31"',
    allowed: ["2000-01-01", "2100-12-31"],
  },
];

for (const c of BAD_CASES) {
  test(`${c.name}: one issue on ${c.path} naming the value and what is allowed`, () => {
    const issues = issuesOf(parse(c.input));
    expect(issues).toHaveLength(1);
    const [issue] = issues;
    expect(issue?.path).toBe(c.path);
    expect(issue?.value).toBe(c.shown);
    const message = issue?.message ?? "";
    expect(mentions(message, c.shown), `${JSON.stringify(message)} should name ${c.shown}`).toBe(true);
    for (const allowed of c.allowed) {
      expect(message, `message should list ${allowed}`).toContain(allowed);
    }
  });
}

test("issues on fields with a fixed set of ids carry that set in `allowed`", () => {
  const cases: [Record<string, unknown>, readonly string[]][] = [
    [{ role: "pilot" }, ROLE_IDS],
    [{ role: "sre", skills: ["cooking"] }, SKILL_IDS],
    [{ role: "sre", held: ["aws-wizard"] }, CERT_IDS],
    [{ role: "sre", goal: "boss" }, GOAL_IDS],
    [{ role: "sre", interests: ["gardening"] }, PATH_IDS],
  ];
  for (const [input, allowed] of cases) {
    expect(issuesOf(parse(input))[0]?.allowed).toEqual([...allowed]);
  }
});

test("an unknown extra field is rejected (strict), naming the field and listing the allowed fields", () => {
  const issues = issuesOf(parse({ role: "sre", colour: "blue" }));
  expect(issues).toHaveLength(1);
  const [issue] = issues;
  expect(issue?.path).toBe("colour");
  expect(issue?.value).toBe('"colour"');
  expect(issue?.allowed).toEqual([...PROFILE_FIELDS]);
  for (const field of PROFILE_FIELDS) expect(issue?.message).toContain(field);
  // The message is shown after the path, as "colour: …".
  expect(`${issue?.path}: ${issue?.message}`).toContain("colour");
});

test("a missing role is reported as missing, with the allowed roles", () => {
  for (const input of [{}, { years: 3 }, { role: undefined }]) {
    const issues = issuesOf(parse(input));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe("role");
    expect(issues[0]?.message).toContain("missing");
    for (const role of ROLE_IDS) expect(issues[0]?.message).toContain(role);
  }
});

test("a list field given as a single string says it is not a list", () => {
  const issues = issuesOf(parse({ role: "sre", skills: "python" }));
  expect(issues.map((i) => i.path)).toEqual(["skills"]);
  expect(issues[0]?.message).toContain("not a list");
  expect(issues[0]?.message).toContain('"python"');
});

test("an unknown id that is also not a slug is reported once, as unknown", () => {
  const issues = issuesOf(parse({ role: "<b>Pilot</b>", held: ["Foo Bar"] }));
  expect(issues.map((i) => i.path)).toEqual(["role", "held"]);
  expect(issues[0]?.message).toContain("not a known role");
  expect(issues[1]?.message).toContain("not a known certification");
});

test("several bad fields are all reported, in field order whatever the input's key order", () => {
  const issues = issuesOf(
    parse({
      start: "2027-02-30",
      hours: 0,
      interests: ["gardening"],
      goal: "boss",
      held: ["aws-wizard"],
      skills: ["cooking"],
      years: -1,
      role: "pilot",
    }),
  );
  expect(issues.map((i) => i.path)).toEqual(["role", "years", "skills", "held", "goal", "interests", "hours", "start"]);
});

test("several bad items in one list are each reported, in input order", () => {
  const issues = issuesOf(parse({ role: "sre", held: ["zzz-cert", "aaa-cert"], skills: ["x", "python", "y"] }));
  expect(issues.map((i) => [i.path, i.value])).toEqual([
    ["skills", '"x"'],
    ["skills", '"y"'],
    ["held", '"zzz-cert"'],
    ["held", '"aaa-cert"'],
  ]);
});

test("an extra field is reported after the profile fields", () => {
  const issues = issuesOf(parse({ extra: 1, hours: 0, role: "pilot" }));
  expect(issues.map((i) => i.path)).toEqual(["role", "hours", "extra"]);
});

test("an unreadable start date gets one issue, not a second one saying it is out of range", () => {
  // "junk" fails the date check, and then also compares above "2100-12-31" as a string.
  for (const start of ["junk", "9999-99-99", ""]) {
    const issues = issuesOf(parse({ role: "sre", start }));
    expect(issues.map((i) => i.path)).toEqual(["start"]);
    expect(issues[0]?.message).toContain("YYYY-MM-DD");
  }
});

test("non-object inputs give one issue on the whole input, never an exception", () => {
  for (const input of [null, 42, "x", [], undefined, true, ["role", "sre"], () => "sre"]) {
    const result = parse(input);
    expect(result.ok).toBe(false);
    const issues = issuesOf(result);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe("");
    expect(issues[0]?.message).toContain("object");
  }
});

test("decodeStrings splits lists on commas, trims items and drops blanks", () => {
  expect(
    decodeStrings({ skills: " python, ,cloud ,,", held: "mlops-foundation", interests: " sre , finops " }),
  ).toEqual({ skills: ["python", "cloud"], held: ["mlops-foundation"], interests: ["sre", "finops"] });
  expect(decodeStrings({ skills: "", held: " , , " })).toEqual({ skills: [], held: [] });
});

test("decodeStrings reads whole numbers strictly and leaves anything else as text", () => {
  expect(decodeStrings({ years: "5", hours: " 8 " })).toEqual({ years: 5, hours: 8 });
  expect(decodeStrings({ years: "-3" })).toEqual({ years: -3 });
  expect(decodeStrings({ years: "1.5" })).toEqual({ years: 1.5 });
  expect(decodeStrings({ years: "5x" })).toEqual({ years: "5x" });
  expect(decodeStrings({ hours: "1e9" })).toEqual({ hours: "1e9" });
  expect(decodeStrings({ hours: "0x10" })).toEqual({ hours: "0x10" });
  expect(decodeStrings({ hours: "" })).toEqual({ hours: "" });
});

test("decodeStrings trims text fields, keeps only profile fields and leaves absent ones out", () => {
  expect(decodeStrings({ role: " sre ", goal: "architect", start: " 2027-01-04" })).toEqual({
    role: "sre",
    goal: "architect",
    start: "2027-01-04",
  });
  expect(decodeStrings({})).toEqual({});
  expect(decodeStrings({ role: "sre", utm_source: "x" } as Record<string, string>)).toEqual({ role: "sre" });
});

test("a number decodeStrings leaves as text is then reported by parseProfile", () => {
  const issues = issuesOf(parse(decodeStrings({ role: "sre", years: "5x" })));
  expect(issues.map((i) => i.path)).toEqual(["years"]);
  expect(issues[0]?.message).toContain('"5x"');
  expect(profileOf(parse(decodeStrings({ role: "sre", years: "5", hours: "8" })))).toMatchObject({
    years: 5,
    hours: 8,
  });
  expect(issuesOf(parse(decodeStrings({ role: "sre", years: "-3" })))[0]?.message).toContain("-3");
});

test("a number too long to represent is reported with its digits, not as null", () => {
  // 400 digits is Infinity as a number, which JSON (and so the message) renders as null.
  const issues = issuesOf(parse(decodeStrings({ role: "sre", years: "9".repeat(400) })));
  expect(issues.map((i) => i.path)).toEqual(["years"]);
  expect(issues[0]?.message).not.toMatch(/^null\b/);
  expect(issues[0]?.message).toContain("999");
});

const FIELD_VALUE = fc.oneof(fc.string(), fc.integer(), fc.array(fc.string()), fc.constant(undefined), fc.double());

/** Values that are sometimes valid, so the ok:true branch is exercised too. */
const mostlyValid = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: valid, weight: 6 }, { arbitrary: FIELD_VALUE, weight: 1 });
const MAYBE_VALID = {
  role: mostlyValid(fc.constantFrom(...ROLE_IDS)),
  years: mostlyValid(fc.integer({ min: -1, max: 51 })),
  skills: mostlyValid(fc.array(fc.constantFrom(...SKILL_IDS))),
  held: mostlyValid(fc.array(fc.constantFrom(...CERT_IDS))),
  goal: mostlyValid(fc.constantFrom(...GOAL_IDS)),
  interests: mostlyValid(fc.array(fc.constantFrom(...PATH_IDS))),
  hours: mostlyValid(fc.integer({ min: 0, max: 61 })),
  start: mostlyValid(fc.constantFrom("2027-01-04", "2028-02-29", "2027-02-29", "1999-12-31", "2100-12-31")),
};

test("property: parseProfile never throws and returns a schema-valid profile or well-formed issues", () => {
  let okCount = 0;
  let issueCount = 0;
  const check = (input: unknown) => {
    const result = parse(input);
    if (result.ok) {
      okCount++;
      expect(ProfileSchema.parse(result.profile)).toEqual(result.profile);
    } else {
      issueCount++;
      expect(result.issues.length).toBeGreaterThan(0);
      for (const issue of result.issues) {
        expect(typeof issue.path).toBe("string");
        expect(typeof issue.message).toBe("string");
        expect(issue.message.length).toBeGreaterThan(0);
      }
    }
  };
  const fieldsModel = Object.fromEntries(PROFILE_FIELDS.map((f) => [f, FIELD_VALUE]));

  fc.assert(fc.property(fc.anything(), check), { numRuns: 10_000 });
  fc.assert(fc.property(fc.record(fieldsModel, { requiredKeys: [] }), check), { numRuns: 10_000 });
  fc.assert(fc.property(fc.record(MAYBE_VALID, { requiredKeys: [] }), check), { numRuns: 10_000 });

  // Both branches were exercised.
  expect(okCount).toBeGreaterThan(0);
  expect(issueCount).toBeGreaterThan(0);
}, 60_000);

test("a long list of bad values gives a few issues and a count, not one issue each", () => {
  const held = Array.from({ length: 400 }, (_, i) => `junk-${i}`);
  const result = parseProfile({ role: "sre", held, skills: ["cobol"] }, catalog, { today: "2027-01-04" });
  expect(result.ok).toBe(false);
  if (result.ok) return;
  const onHeld = result.issues.filter((i) => i.path === "held");
  expect(onHeld).toHaveLength(6);
  expect(onHeld[5]?.message).toBe("…and 395 more values not allowed here.");
  expect(result.issues.filter((i) => i.path === "skills")).toHaveLength(1);
  expect(JSON.stringify(result.issues).length).toBeLessThan(10_000);
});
