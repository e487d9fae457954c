import fc from "fast-check";
import { expect, test } from "vitest";
import { catalog } from "@/data/catalog";
import { PATH_IDS } from "@/lib/catalog/ids";
import {
  compareHref,
  CompareStateSchema,
  compareStateFromQuery,
  compareStateToQuery,
  DEFAULT_COMPARE_STATE,
  MAX_FILTER_LENGTH,
  movedSettingsHref,
  setsNothingOn,
  type CompareState,
} from "@/lib/compare/compare-state";
import { HIDEABLE_LEVEL_COLUMN_IDS, LEVEL_COLUMN_IDS } from "@/lib/compare/level-rows";
import { PATH_COLUMN_IDS, PROVIDER_COLUMN_IDS, ROLE_COLUMN_IDS } from "@/lib/compare/reference-tables";

const read = (query: string) => compareStateFromQuery(new URLSearchParams(query), catalog);

test("the empty query is the default state, with no problems", () => {
  expect(read("")).toEqual({ state: DEFAULT_COMPARE_STATE, problems: [] });
  expect(compareStateToQuery(DEFAULT_COMPARE_STATE)).toBe("");
});

test("every key is read", () => {
  const { state, problems } = read(
    "sort=level.desc&q=kubernetes&track=engineering&path=sre&hide=audience,skills&ids=mlops-foundation,mlops-advanced" +
      "&role-sort=recommended.asc&path-sort=providers.desc&provider-sort=labs.asc",
  );
  expect(problems).toEqual([]);
  expect(state).toEqual({
    sort: { id: "level", desc: true },
    q: "kubernetes",
    track: "engineering",
    path: "sre",
    hide: ["audience", "skills"],
    ids: ["mlops-foundation", "mlops-advanced"],
    roleSort: { id: "recommended", desc: false },
    pathSort: { id: "providers", desc: true },
    providerSort: { id: "labs", desc: false },
  });
});

test("the query is canonical: fixed key order, defaults left out, commas left readable", () => {
  const state: CompareState = {
    ...DEFAULT_COMPARE_STATE,
    hide: ["audience", "skills"],
    sort: { id: "prep", desc: false },
    ids: ["mlops-foundation", "mlops-advanced"],
    q: "a b,c",
  };
  expect(compareStateToQuery(state)).toBe(
    "ids=mlops-foundation,mlops-advanced&q=a+b,c&sort=prep.asc&hide=audience,skills",
  );
  expect(compareHref(["mlops-foundation", "mlops-advanced"])).toBe("/compare?ids=mlops-foundation,mlops-advanced");
});

test("a plain record, as Next.js gives searchParams, reads like URLSearchParams", () => {
  const record = { sort: "name.asc", hide: ["audience", "skills,prep"], ids: "mlops-foundation", utm_source: "x" };
  const { state, problems } = compareStateFromQuery(record, catalog);
  expect(problems).toEqual([]);
  expect(state.sort).toEqual({ id: "name", desc: false });
  expect(state.hide).toEqual(["audience", "skills", "prep"]);
  expect(state.ids).toEqual(["mlops-foundation"]);
});

test("junk is dropped and each drop is reported", () => {
  const { state, problems } = read(
    "sort=colour.asc&track=moon&path=astrology&hide=name,audience,wings&role-sort=role.sideways&provider-sort=",
  );
  expect(state).toEqual({ ...DEFAULT_COMPARE_STATE, hide: ["audience"], roleSort: { id: "role", desc: false } });
  expect(problems).toHaveLength(6);
  expect(problems.join("\n")).toMatch(/Unknown column "colour" in "sort"/);
  expect(problems.join("\n")).toMatch(/Unknown track "moon"/);
  expect(problems.join("\n")).toMatch(/Unknown learning path "astrology"/);
  expect(problems.join("\n")).toMatch(/name column cannot be hidden/);
  expect(problems.join("\n")).toMatch(/Unknown column "wings" in "hide"/);
  expect(problems.join("\n")).toMatch(/direction "sideways"/);
});

test("without a catalog a well-formed track id is kept; with one it must exist", () => {
  expect(compareStateFromQuery(new URLSearchParams("track=moon")).state.track).toBe("moon");
  expect(compareStateFromQuery(new URLSearchParams("track=Not A Slug")).state.track).toBeNull();
  expect(read("track=moon").state.track).toBeNull();
});

test("ids: trimmed, de-duplicated, unknown ones kept (the view names them), more than four cut and reported", () => {
  expect(read("ids= a , b ,,a").state.ids).toEqual(["a", "b"]);
  const many = read("ids=a,b,c,d,e,f");
  expect(many.state.ids).toEqual(["a", "b", "c", "d"]);
  expect(many.problems).toEqual([expect.stringMatching(/left out: e, f/)]);
  expect(read(`ids=${"x".repeat(101)},ok`).state.ids).toEqual(["ok"]);
});

test("repeated single keys use the first value; repeated list keys are joined", () => {
  const { state, problems } = read("sort=name.desc&sort=track.asc&ids=a&ids=b");
  expect(state.sort).toEqual({ id: "name", desc: true });
  expect(state.ids).toEqual(["a", "b"]);
  expect(problems).toEqual([expect.stringMatching(/"sort" was given 2 times/)]);
});

test("a filter text longer than the limit is cut and reported", () => {
  const { state, problems } = read(`q=${"a".repeat(MAX_FILTER_LENGTH + 5)}`);
  expect(state.q).toHaveLength(MAX_FILTER_LENGTH);
  expect(problems).toHaveLength(1);
});

const sortOf = <const Id extends string>(ids: readonly Id[]) =>
  fc.option(fc.record({ id: fc.constantFrom(...ids), desc: fc.boolean() }), { nil: null });

/** Any valid state (track ids from the real catalog, so the catalog-aware reader accepts them). */
const arbitraryState: fc.Arbitrary<CompareState> = fc.record({
  sort: sortOf(LEVEL_COLUMN_IDS),
  q: fc.string({ maxLength: MAX_FILTER_LENGTH, unit: "grapheme" }),
  track: fc.option(fc.constantFrom(...catalog.tracks.map((t) => t.id)), { nil: null }),
  path: fc.option(fc.constantFrom(...PATH_IDS), { nil: null }),
  hide: fc.subarray([...HIDEABLE_LEVEL_COLUMN_IDS]),
  ids: fc.uniqueArray(
    fc
      .string({ minLength: 1, maxLength: 30, unit: "grapheme" })
      .map((s) => s.replaceAll(",", "").trim())
      .filter((s) => s.length > 0),
    { maxLength: 4 },
  ),
  roleSort: sortOf(ROLE_COLUMN_IDS),
  pathSort: sortOf(PATH_COLUMN_IDS),
  providerSort: sortOf(PROVIDER_COLUMN_IDS),
});

test("property: state → query → state is the identity, with no problems", () => {
  fc.assert(
    fc.property(arbitraryState, (state) => {
      expect(CompareStateSchema.safeParse(state).success).toBe(true);
      const query = compareStateToQuery(state);
      expect(read(query)).toEqual({ state, problems: [] });
      // The same through the record form Next.js hands a page.
      const record = Object.fromEntries(new URLSearchParams(query));
      expect(compareStateFromQuery(record, catalog)).toEqual({ state, problems: [] });
    }),
    { numRuns: 300 },
  );
});

const queryValue = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.constantFrom("name.asc", "level.desc", "a,b,,c", ".", "..", "name.", ".asc", "__proto__"),
  fc.array(fc.string()),
  fc.constant(undefined),
);
const queryKey = fc.oneof(
  fc.constantFrom("sort", "q", "track", "path", "hide", "ids", "role-sort", "path-sort", "provider-sort"),
  fc.string(),
);

test("property: reading never throws on arbitrary query records, and always yields a valid state", () => {
  fc.assert(
    fc.property(fc.dictionary(queryKey, queryValue), fc.boolean(), (record, withCatalog) => {
      const { state } = compareStateFromQuery(record, withCatalog ? catalog : undefined);
      expect(CompareStateSchema.safeParse(state).success).toBe(true);
      // The state it yields is canonical: it writes and reads back to itself.
      expect(compareStateFromQuery(new URLSearchParams(compareStateToQuery(state))).state).toEqual(state);
    }),
    { numRuns: 500 },
  );
});

test("property: reading never throws on arbitrary query strings", () => {
  fc.assert(
    fc.property(fc.string({ unit: "binary" }), (raw) => {
      const { state } = compareStateFromQuery(new URLSearchParams(raw), catalog);
      expect(CompareStateSchema.safeParse(state).success).toBe(true);
    }),
  );
});

test("junk values of the wrong type in a record are ignored, not thrown on", () => {
  const junk: Record<string, unknown> = { sort: 42, ids: [1, "mlops-foundation", null], q: { a: 1 } };
  // A cast on purpose: the types forbid these values, and the reader must survive them anyway.
  const { state } = compareStateFromQuery(junk as Record<string, string>, catalog);
  expect(state.ids).toEqual(["mlops-foundation"]);
  expect(state.sort).toBeNull();
  expect(state.q).toBe("");
});

test("each compare page links to the other with only the other's settings, or not at all", () => {
  const { state } = compareStateFromQuery(
    new URLSearchParams("ids=mlops-foundation&sort=level.desc&hide=none&role-sort=role.desc&path-sort=path.asc"),
  );
  expect(movedSettingsHref("certifications", state)).toBe("/compare/roles?role-sort=role.desc&path-sort=path.asc");
  expect(movedSettingsHref("roles", state)).toBe("/compare?ids=mlops-foundation&sort=level.desc&hide=none");
  expect(setsNothingOn("certifications", state)).toBe(false);
  expect(movedSettingsHref("roles", DEFAULT_COMPARE_STATE)).toBeNull();
  expect(movedSettingsHref("certifications", DEFAULT_COMPARE_STATE)).toBeNull();
  expect(setsNothingOn("roles", { ...DEFAULT_COMPARE_STATE, q: "data" })).toBe(true);
});
