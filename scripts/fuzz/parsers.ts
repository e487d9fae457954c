import assert from "node:assert/strict";
import fc from "fast-check";
import { z } from "zod";
import type { ApiRequest } from "@/lib/api/api-types";
import { answerApi, findApiRoute, type ApiRoute } from "@/lib/api/routes";
import type { Catalog } from "@/lib/catalog/schema";
import { addDays } from "@/lib/dates/iso-date";
import { checkTeamCsv, teamCsvCases } from "@/scripts/fuzz/team-csv-cases";
import { JUNK_STRINGS, junkKey, longString, mutatedJson, mutatedText } from "@/scripts/fuzz/mutations";
import { arbitraryProfile } from "@/lib/profile/arbitrary-profile";
import { PROFILE_FIELDS, ProfileSchema, type Profile, type ProfileIds } from "@/lib/profile/schema";
import type { ProfileResult } from "@/lib/profile/parse-profile";
import { profileFromQuery, profileToQuery, type QueryInput } from "@/lib/profile/share-query";
import { recommend } from "@/lib/recommender/recommend";
import { RoadmapSchema } from "@/lib/recommender/roadmap-schema";
import {
  NOTE_MAX,
  QUESTION_STEPS,
  SAVED_STATE_VERSION,
  STEP_STATUSES,
  SavedStateSchema,
  knownIdsOf,
  restoreSavedState,
  type SavedState,
} from "@/lib/saved/saved-state";
import { STORAGE_KEY } from "@/lib/saved/storage-key";

/**
 * Fuzzing the parsers of outside input: the share-link query, stored state, the storage adapter and the
 * API. One property per parser; scripts/fuzz/parsers.fuzz.test.ts runs them in `npm test` and scripts/fuzz.ts
 * runs them for longer (`npm run fuzz`). Each property says: nothing throws, and every result is either a
 * valid value (by the zod schema the app trusts) or a typed error that names what was wrong. Valid inputs
 * left untouched must also come back exactly as they went in.
 */

/** Runs per property: FUZZ_RUNS when set (underscores allowed: 1_000_000), else `fallback`. */
export function fuzzRuns(fallback: number, value = process.env.FUZZ_RUNS): number {
  if (value === undefined || value.trim() === "") return fallback;
  const runs = Number(value.replaceAll("_", ""));
  if (!Number.isSafeInteger(runs) || runs < 1) {
    throw new Error(`FUZZ_RUNS must be a whole number of runs, 1 or more (got ${JSON.stringify(value)}).`);
  }
  return runs;
}

/** The seed to replay (FUZZ_SEED, as printed by a failed run), or undefined for a fresh one. */
export function fuzzSeed(value = process.env.FUZZ_SEED): number | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const seed = Number(value);
  if (!Number.isInteger(seed)) throw new Error(`FUZZ_SEED must be an integer (got ${JSON.stringify(value)}).`);
  return seed;
}

/** Runs per property in the unit tests. */
export const RUNS = fuzzRuns(10_000);

/** The start date the parsers default to; fixed so a counterexample replays the same. */
export const TODAY = "2027-01-04";

/** The area createSafeStorage reads: localStorage's three methods. */
export type KeyValueArea = {
  getItem: (key: string) => string | null;
  setItem: (key: string, value: string) => void;
  removeItem: (key: string) => void;
};

/**
 * createSafeStorage's shape. It lives in components/state (it is zustand's persist storage), which lib may
 * not import, so the callers pass it in; the property only needs `getItem`.
 */
export type SafeStorageFactory = (
  known: ProfileIds,
  events: { onReset: (reset: string[]) => void; onUnavailable: () => void },
  open: () => { area: KeyValueArea; available: boolean },
) => { getItem: (name: string) => unknown };

export type FuzzDeps = { catalog: Catalog; createStorage: SafeStorageFactory };
type Context = FuzzDeps & { known: ProfileIds; ids: KnownIds };

// ---------------------------------------------------------------------------------------------------------
// What a result may be

const NonBlank = z.string().regex(/\S/, "must not be blank");
const ProfileIssueSchema = z.object({ path: z.string(), message: NonBlank });
const ProfileResultSchema = z.discriminatedUnion("ok", [
  z.strictObject({ ok: z.literal(true), profile: z.unknown() }),
  z.strictObject({ ok: z.literal(false), issues: z.array(ProfileIssueSchema).min(1) }),
]);
const ApiErrorSchema = z.strictObject({
  error: NonBlank,
  issues: z.array(z.strictObject({ path: z.string(), message: NonBlank })),
});
// Any number JSON.parse returns, Infinity included ("1e400"): zustand hands every version but its own to migrate.
const StoredValueSchema = z.strictObject({
  state: z.unknown(),
  version: z.custom<number>((v) => typeof v === "number" && !Number.isNaN(v), "a number").optional(),
});

/** Parses with `schema` or fails with zod's account of why. */
function mustParse<T>(schema: z.core.$ZodType<T>, value: unknown, what: string): T {
  const parsed = z.safeParse(schema, value);
  if (!parsed.success) assert.fail(`${what} does not match its schema: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** The catalog's ids as sets, built once per property rather than once per run. */
type KnownIds = { roles: ReadonlySet<string>; certifications: ReadonlySet<string> };
const knownSets = (known: ProfileIds): KnownIds => ({
  roles: new Set(known.roles.map((r) => r.id)),
  certifications: new Set(known.certifications.map((c) => c.id)),
});

/** A kept value names only ids the catalog knows: its role, held certifications and progress entries. */
function assertKnown(ids: KnownIds, named: { role?: string; held?: readonly string[]; progress?: object }): void {
  const unknown = [
    ...(named.role === undefined || ids.roles.has(named.role) ? [] : [`role ${named.role}`]),
    ...(named.held ?? []).filter((id) => !ids.certifications.has(id)).map((id) => `held ${id}`),
    ...Object.keys(named.progress ?? {})
      .filter((id) => !ids.certifications.has(id))
      .map((id) => `progress for ${id}`),
  ];
  assert.deepStrictEqual(unknown, [], "only ids the catalog knows are kept");
}

function assertProfileResult(result: ProfileResult, ids: KnownIds): void {
  const checked = mustParse(ProfileResultSchema, result, "the result");
  if (!checked.ok) return;
  const profile = mustParse(ProfileSchema, checked.profile, "the profile");
  assert.deepStrictEqual(profile, checked.profile, "a profile comes back canonical (parsing it again changes nothing)");
  assertKnown(ids, profile);
}

function assertValidState(state: unknown, ids: KnownIds): void {
  const parsed = mustParse(SavedStateSchema, state, "the restored state");
  assert.deepStrictEqual(parsed, state, "a restored state is canonical (parsing it again changes nothing)");
  assertKnown(ids, { ...parsed.answers, progress: parsed.progress });
}

function assertMessages(messages: unknown, what: string): void {
  mustParse(z.array(NonBlank), messages, what);
}

// ---------------------------------------------------------------------------------------------------------
// Shared arbitraries

/** A string a person, a link shortener or an attacker could put in a query value. */
const junkString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...JUNK_STRINGS), weight: 4 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }), weight: 2 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 30 }), weight: 1 },
  { arbitrary: fc.integer().map(String), weight: 1 },
  { arbitrary: fc.double().map(String), weight: 1 },
  { arbitrary: longString, weight: 1 },
);

/** A valid profile with some defaulted fields left out (start too: the parser fills in today). */
function partialProfiles(catalog: Catalog): fc.Arbitrary<{ input: Record<string, unknown>; expected: Profile }> {
  const optional = PROFILE_FIELDS.filter((field) => field !== "role");
  return fc.tuple(arbitraryProfile(catalog), fc.subarray(optional)).map(([profile, left]) => {
    const input = Object.fromEntries(Object.entries(profile).filter(([key]) => !left.some((field) => field === key)));
    return { input, expected: ProfileSchema.parse({ start: TODAY, ...input }) };
  });
}

// ---------------------------------------------------------------------------------------------------------
// profileFromQuery: the share link

type Pair = [string, string];

/** A query as it reaches profileFromQuery: raw text, URLSearchParams, or Next.js's searchParams record. */
export type QueryCase =
  { form: "text"; text: string; expected?: Profile } | { form: "params" | "record"; pairs: Pair[]; expected?: Profile };

/** Next.js hands pages a record: one string per key, an array when the key repeats. */
function toRecord(pairs: readonly Pair[]): Record<string, string | string[]> {
  const grouped = new Map<string, string[]>();
  for (const [key, value] of pairs) grouped.set(key, [...(grouped.get(key) ?? []), value]);
  // Object.fromEntries makes a "__proto__" key an own property, as Next.js's parser does.
  return Object.fromEntries([...grouped].map(([key, values]) => [key, values.length > 1 ? values : (values[0] ?? "")]));
}

export function toQuery(c: QueryCase): QueryInput {
  if (c.form === "text") return new URLSearchParams(c.text);
  return c.form === "params" ? new URLSearchParams(c.pairs) : toRecord(c.pairs);
}

type PairMutation =
  | { op: "drop"; at: number }
  | { op: "duplicate"; at: number; value?: string }
  | { op: "replace"; at: number; value: string }
  | { op: "rename"; at: number; key: string }
  | { op: "add"; key: string; value: string }
  | { op: "inject"; at: number; junk: string; where: number }
  | { op: "split"; at: number };

const pairMutation: fc.Arbitrary<PairMutation> = fc.oneof(
  fc.record({ op: fc.constant("drop" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("duplicate" as const), at: fc.nat(), value: junkString }, { requiredKeys: ["op", "at"] }),
  fc.record({ op: fc.constant("replace" as const), at: fc.nat(), value: junkString }),
  fc.record({ op: fc.constant("rename" as const), at: fc.nat(), key: junkKey(PROFILE_FIELDS) }),
  fc.record({ op: fc.constant("add" as const), key: junkKey(PROFILE_FIELDS), value: junkString }),
  fc.record({ op: fc.constant("inject" as const), at: fc.nat(), junk: junkString, where: fc.nat() }),
  fc.record({ op: fc.constant("split" as const), at: fc.nat() }),
);

function applyPairMutation(pairs: readonly Pair[], m: PairMutation): Pair[] {
  if (m.op === "add") return [...pairs, [m.key, m.value]];
  const i = m.at % Math.max(pairs.length, 1);
  const pair = pairs[i];
  if (pair === undefined) return [];
  const [key, value] = pair;
  const at = (next: Pair[]) => [...pairs.slice(0, i), ...next, ...pairs.slice(i + 1)];
  switch (m.op) {
    case "drop":
      return at([]);
    case "duplicate":
      return [...pairs, [key, m.value ?? value]];
    case "replace":
      return at([[key, m.value]]);
    case "rename":
      return at([[m.key, value]]);
    case "inject": {
      const where = m.where % (value.length + 1);
      return at([[key, value.slice(0, where) + m.junk + value.slice(where)]]);
    }
    case "split":
      // "skills=a,b" as "skills=a&skills=b", the form a hand-made link or an HTML form gives.
      return at(value.split(",").map((part): Pair => [key, part]));
  }
}

/** Share-link queries: any text, any pairs, valid links (which must decode exactly) and mutated ones. */
export function queryCases(catalog: Catalog): fc.Arbitrary<QueryCase> {
  const valid = arbitraryProfile(catalog).map((profile) => ({
    profile,
    pairs: [...new URLSearchParams(profileToQuery(profile))].map(([key, value]): Pair => [key, value]),
  }));
  const form = fc.constantFrom("params" as const, "record" as const);
  const ids = [...catalog.roles.map((r) => r.id), ...catalog.certifications.map((c) => c.id)];
  const value = fc.oneof(
    junkString,
    fc.array(fc.oneof(fc.constantFrom(...ids), junkString), { maxLength: 5 }).map((items) => items.join(",")),
  );
  const key = fc.oneof({ arbitrary: fc.constantFrom(...PROFILE_FIELDS), weight: 4 }, junkKey(PROFILE_FIELDS));
  return fc.oneof(
    fc.string({ unit: "grapheme" }).map((text): QueryCase => ({ form: "text", text })),
    fc.string({ unit: "binary" }).map((text): QueryCase => ({ form: "text", text })),
    fc.record({ form, pairs: fc.array(fc.tuple(key, value), { maxLength: 12 }) }),
    fc
      .tuple(valid, fc.constantFrom("text" as const, "params" as const, "record" as const))
      .map(([v, f]): QueryCase =>
        f === "text"
          ? { form: f, text: profileToQuery(v.profile), expected: v.profile }
          : { form: f, pairs: v.pairs, expected: v.profile },
      ),
    fc
      .tuple(valid, form, fc.array(pairMutation, { minLength: 1, maxLength: 4 }))
      .map(([v, f, mutations]): QueryCase => ({ form: f, pairs: mutations.reduce(applyPairMutation, v.pairs) })),
    mutatedText(
      valid.map((v) => profileToQuery(v.profile)),
      PROFILE_FIELDS,
      { json: false },
    ).map((text): QueryCase => ({ form: "text", text })),
  );
}

function checkQuery(c: QueryCase, { catalog, ids }: Context): void {
  const result = profileFromQuery(toQuery(c), catalog, { today: TODAY });
  assertProfileResult(result, ids);
  if (c.expected) assert.deepStrictEqual(result, { ok: true, profile: c.expected }, "a valid link decodes exactly");
}

// ---------------------------------------------------------------------------------------------------------
// restoreSavedState: what storage held

const SAVED_KEYS = ["answers", "step", "progress", "status", "notes", "doneOn", "state", "version", ...PROFILE_FIELDS];

const isoDate = fc.integer({ min: 0, max: 36_889 }).map((days) => addDays("2000-01-01", days));

/** Valid, canonical saved states over the catalog's ids. */
export function validSavedStates(catalog: Catalog): fc.Arbitrary<SavedState> {
  const entry = fc.record(
    {
      status: fc.constantFrom(...STEP_STATUSES),
      notes: fc.oneof(
        fc.constant(""),
        fc.string({ unit: "grapheme", maxLength: 40 }),
        fc.constant("n".repeat(NOTE_MAX)),
      ),
      doneOn: isoDate,
    },
    { requiredKeys: ["status", "notes"] },
  );
  return fc
    .record({
      answers: fc
        .tuple(arbitraryProfile(catalog), fc.subarray([...PROFILE_FIELDS]))
        .map(([profile, keep]) => Object.fromEntries(keep.map((field) => [field, profile[field]]))),
      step: fc.constantFrom(...QUESTION_STEPS),
      progress: fc.dictionary(fc.constantFrom(...catalog.certifications.map((c) => c.id)), entry, { maxKeys: 6 }),
    })
    .map((state) => SavedStateSchema.parse(state));
}

export type SavedStateCase = { raw: unknown; expected?: SavedState };

/** Whatever JSON.parse can return, valid states (kept exactly), mutated states, and whole envelopes. */
export function savedStateCases(catalog: Catalog): fc.Arbitrary<SavedStateCase> {
  const valid = validSavedStates(catalog);
  const fieldNames = [...SAVED_KEYS, ...catalog.certifications.map((c) => c.id)];
  const mutated = mutatedJson(valid, fieldNames);
  return fc.oneof(
    fc.jsonValue().map((raw) => ({ raw })),
    fc.jsonValue({ stringUnit: "grapheme", maxDepth: 4 }).map((raw) => ({ raw })),
    valid.map((state) => ({ raw: structuredClone(state), expected: state })),
    { arbitrary: mutated.map((raw) => ({ raw })), weight: 4 },
    // The persisted envelope handed over whole, as if it were the state.
    fc.record({ state: fc.oneof(valid, mutated), version: fc.jsonValue({ maxDepth: 0 }) }).map((raw) => ({ raw })),
  );
}

function checkSavedState(c: SavedStateCase, { known, ids }: Context): void {
  const { state, reset } = restoreSavedState(c.raw, known);
  assertValidState(state, ids);
  assertMessages(reset, "the reset messages");
  if (c.expected) {
    assert.deepStrictEqual({ state, reset }, { state: c.expected, reset: [] }, "a valid state is kept exactly");
  }
  const again = restoreSavedState(state, known);
  assert.deepStrictEqual(again, { state, reset: [] }, "restoring a restored state changes nothing");
}

// ---------------------------------------------------------------------------------------------------------
// createSafeStorage: the text localStorage holds

/** A `version` as it may appear in the stored JSON text: current, older, newer, odd numbers, not a number. */
const versionLiteral: fc.Arbitrary<string | undefined> = fc.oneof(
  { arbitrary: fc.constant(String(SAVED_STATE_VERSION)), weight: 4 },
  fc.integer({ min: -3, max: SAVED_STATE_VERSION - 1 }).map(String),
  fc.integer({ min: SAVED_STATE_VERSION + 1, max: 2 ** 31 }).map(String),
  fc.constantFrom("1.0", "1e0", "-0", "0.5", "1.5", "1e400", "-1e400", "9007199254740993"),
  fc.constantFrom('"1"', '"v1"', '""', "null", "true", "[]", "{}", '{"major":1}'),
  fc.constant(undefined),
);

export type StorageCase = {
  /** What the area holds under the store's key (null: nothing saved). */
  text: string | null;
  /** The area throws on read, as a browser that revokes storage does. */
  broken: boolean;
  /** What getItem must return exactly, for a valid state in a well-formed envelope. */
  expected?: { state: SavedState; version?: number };
};

function envelope(stateText: string, version: string | undefined, versionFirst: boolean): string {
  if (version === undefined) return `{"state":${stateText}}`;
  return versionFirst ? `{"version":${version},"state":${stateText}}` : `{"state":${stateText},"version":${version}}`;
}

/** Stored texts: junk, any JSON, envelopes of valid and mutated states with every kind of version. */
export function storageCases(catalog: Catalog): fc.Arbitrary<StorageCase> {
  const valid = validSavedStates(catalog);
  const fieldNames = [...SAVED_KEYS, ...catalog.certifications.map((c) => c.id)];
  const mutatedState = mutatedJson(valid, fieldNames).map((state) => JSON.stringify(state) ?? "null");
  const anyState = fc.oneof(mutatedState, fc.json(), fc.json({ stringUnit: "grapheme", maxDepth: 3 }));
  const text = (t: string): StorageCase => ({ text: t, broken: false });
  const validEnvelope = fc.tuple(valid, versionLiteral, fc.boolean()).map(([state, version, first]) => {
    const parsed: unknown = version === undefined ? undefined : JSON.parse(version);
    const expected = typeof parsed === "number" ? { state, version: parsed } : { state };
    return { text: envelope(JSON.stringify(state), version, first), expected };
  });
  return fc.oneof(
    fc.boolean().map((broken): StorageCase => ({ text: null, broken })),
    fc.string({ unit: "grapheme" }).map(text),
    fc.string({ unit: "binary" }).map(text),
    fc.json({ stringUnit: "grapheme" }).map(text),
    { arbitrary: validEnvelope.map((e): StorageCase => ({ ...e, broken: false })), weight: 2 },
    // A bare state, as an older build without the envelope might have left it.
    valid.map((state): StorageCase => ({ text: JSON.stringify(state), broken: false, expected: { state } })),
    {
      arbitrary: fc.tuple(anyState, versionLiteral, fc.boolean()).map(([s, v, first]) => text(envelope(s, v, first))),
      weight: 3,
    },
    {
      arbitrary: mutatedText(
        validEnvelope.map((e) => e.text),
        fieldNames,
        { json: true },
      ).map(text),
      weight: 3,
    },
  );
}

function memoryArea(key: string, text: string | null): KeyValueArea {
  const map = new Map<string, string>(text === null ? [] : [[key, text]]);
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

const brokenArea: KeyValueArea = {
  getItem: () => {
    throw new DOMException("The operation is insecure.", "SecurityError");
  },
  setItem: () => {
    throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
  },
  removeItem: () => {
    throw new DOMException("The operation is insecure.", "SecurityError");
  },
};

function checkStorage(c: StorageCase, { known, ids, createStorage }: Context): void {
  const resets: unknown[] = [];
  let unavailable = 0;
  const storage = createStorage(
    known,
    { onReset: (reset) => void resets.push(reset), onUnavailable: () => void unavailable++ },
    () => ({ area: c.broken ? brokenArea : memoryArea(STORAGE_KEY, c.text), available: true }),
  );
  const result = storage.getItem(STORAGE_KEY);
  assert.equal(unavailable, c.broken ? 1 : 0, "storage is reported unavailable exactly when reading it failed");
  if (c.broken || c.text === null) {
    assert.equal(result, null, "nothing stored (or unreadable storage) reads as null");
    assert.equal(resets.length, 0);
    return;
  }
  assert.ok(!(result instanceof Promise), "getItem answers synchronously");
  const stored = mustParse(StoredValueSchema, result, "getItem's value");
  assertValidState(stored.state, ids);
  assert.ok(resets.length <= 1, "what was reset is reported once");
  for (const reset of resets) mustParse(z.array(NonBlank).min(1), reset, "the reset messages");
  if (c.expected) {
    assert.deepStrictEqual(result, c.expected, "a valid stored state comes back exactly, with its version");
    assert.equal(resets.length, 0, "nothing is reported reset for a valid state");
  }
}

// ---------------------------------------------------------------------------------------------------------
// handleRecommendRequest: the API, through its row of the table (methods, HEAD, the body limit)

const RECOMMEND_ROUTE: ApiRoute = (() => {
  const route = findApiRoute("/api/recommend");
  if (!route) throw new Error("lib/api/routes.ts has no /api/recommend row");
  return route;
})();

export type ApiCase = {
  method: string;
  contentType: string | null;
  body: ApiRequest["body"];
  query: QueryCase | null;
  /** The profile a valid request carries: the answer must be exactly recommend()'s roadmap for it. */
  expected?: Profile;
};

const JSON_TYPES = [
  "application/json",
  "application/json; charset=utf-8",
  "Application/JSON;charset=UTF-8",
  "  application/json  ",
  "application/json;",
] as const;

/** Content types that are not JSON, whatever the body says. */
const OTHER_TYPES = [
  "",
  "text/plain",
  "text/json",
  "application/jsonp",
  "application/json-patch+json",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/json\u0000",
  "application/json,text/plain",
] as const;

const contentType: fc.Arbitrary<string | null> = fc.oneof(
  { arbitrary: fc.constantFrom(...JSON_TYPES), weight: 8 },
  { arbitrary: fc.constant(null), weight: 1 },
  { arbitrary: fc.constantFrom(...OTHER_TYPES), weight: 1 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }), weight: 1 },
);

const method: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constant("POST"), weight: 12 },
  { arbitrary: fc.constantFrom("post", "Post"), weight: 1 },
  { arbitrary: fc.constantFrom("PUT", "PATCH", "DELETE", "OPTIONS", "HEAD", "TRACE", "", "ſ", "get\u0000"), weight: 1 },
  { arbitrary: fc.string({ maxLength: 10 }), weight: 1 },
);

/** API requests: bodies of any text or JSON, valid and mutated profiles, odd methods and content types. */
export function apiCases(catalog: Catalog): fc.Arbitrary<ApiCase> {
  const profiles = arbitraryProfile(catalog);
  const fieldNames = [...PROFILE_FIELDS, ...catalog.roles.map((r) => r.id)];
  const bodyText = fc.oneof(
    fc.string({ unit: "grapheme" }),
    fc.string({ unit: "binary" }),
    fc.json(),
    fc.json({ stringUnit: "grapheme" }),
    { arbitrary: mutatedJson(profiles, fieldNames).map((v) => JSON.stringify(v) ?? ""), weight: 4 },
    {
      arbitrary: mutatedText(
        profiles.map((p) => JSON.stringify(p)),
        fieldNames,
        { json: true },
      ),
      weight: 3,
    },
    longString,
  );
  const body: fc.Arbitrary<ApiRequest["body"]> = fc.oneof(
    { arbitrary: bodyText.map((text) => ({ text })), weight: 12 },
    fc.constant(null),
    fc.constant({ tooLarge: true as const }),
  );
  const validPost = fc
    .tuple(fc.constantFrom("POST", "post"), fc.constantFrom(...JSON_TYPES), partialProfiles(catalog))
    .map(([m, type, { input, expected }]): ApiCase => ({
      method: m,
      contentType: type,
      body: { text: JSON.stringify(input) },
      query: null,
      expected,
    }));
  const get = queryCases(catalog).map((query): ApiCase => ({
    method: "GET",
    contentType: null,
    body: null,
    query,
    expected: query.expected,
  }));
  return fc.oneof(
    { arbitrary: fc.record({ method, contentType, body, query: fc.constant(null) }), weight: 6 },
    { arbitrary: validPost, weight: 2 },
    { arbitrary: get, weight: 2 },
  );
}

/** The statuses a request may get: 405 for other methods, 413 and 415 before the body is read, else 200 or 400. */
function allowedStatuses(c: ApiCase): readonly number[] {
  const m = c.method.toUpperCase();
  if (m === "GET" || m === "HEAD") return [200, 400];
  if (m !== "POST") return [405];
  if (c.body !== null && "tooLarge" in c.body) return [413];
  const type = c.contentType;
  if (JSON_TYPES.some((t) => t === type)) return [200, 400];
  if (type === null || OTHER_TYPES.some((t) => t === type)) return [415];
  // Random text: whichever isJsonContentType decides (recommend-api.test.ts pins that function down).
  return [200, 400, 415];
}

function checkApi(c: ApiCase, { catalog }: Context): void {
  const request: ApiRequest = {
    method: c.method,
    headers: c.contentType === null ? {} : { "content-type": c.contentType },
    body: c.body,
    query: c.query ? toQuery(c.query) : new URLSearchParams(),
  };
  const response = answerApi(RECOMMEND_ROUTE, RECOMMEND_ROUTE.path, request, { catalog, today: TODAY });
  assert.ok(response.status < 500, `a ${response.status} answer: the API must never fail with 5xx`);
  assert.ok(allowedStatuses(c).includes(response.status), `unexpected status ${response.status}`);
  assert.equal(response.headers["Content-Type"], "application/json; charset=utf-8");
  assert.equal(response.headers["Cache-Control"], "no-store");
  if (c.method.toUpperCase() === "HEAD") {
    assert.equal(response.body, "", "a HEAD answer has no body");
    return;
  }
  const json: unknown = JSON.parse(response.body);
  if (response.status === 200) mustParse(RoadmapSchema, json, "a 200 body");
  else mustParse(ApiErrorSchema, json, `a ${response.status} body`);
  if (response.status === 405) assert.equal(response.headers.Allow, "GET, HEAD, POST");
  if (c.expected) {
    assert.equal(response.status, 200, "a valid profile gets a roadmap");
    assert.equal(response.body, JSON.stringify(recommend(c.expected, catalog)), "the roadmap is recommend()'s");
  }
}

// ---------------------------------------------------------------------------------------------------------
// The properties

export const PARSER_NAMES = [
  "profileFromQuery",
  "restoreSavedState",
  "createSafeStorage.getItem",
  "handleRecommendRequest",
  "parseTeamCsv",
] as const;
export type ParserName = (typeof PARSER_NAMES)[number];

/** One property per parser, keyed by the function it exercises; typed alike so a runner can loop over them. */
export function parserProperties(deps: FuzzDeps): Record<ParserName, fc.IProperty<[unknown]>> {
  const { catalog } = deps;
  const known = knownIdsOf(catalog);
  const context: Context = { ...deps, known, ids: knownSets(known) };
  return {
    profileFromQuery: fc.property(queryCases(catalog), (c) => checkQuery(c, context)),
    restoreSavedState: fc.property(savedStateCases(catalog), (c) => checkSavedState(c, context)),
    "createSafeStorage.getItem": fc.property(storageCases(catalog), (c) => checkStorage(c, context)),
    handleRecommendRequest: fc.property(apiCases(catalog), (c) => checkApi(c, context)),
    parseTeamCsv: fc.property(teamCsvCases(catalog), (c) => checkTeamCsv(c, known)),
  };
}
