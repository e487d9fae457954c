import fc from "fast-check";

/**
 * Generic mutators for fuzzing parsers of outside input: start from something valid and break it the way
 * people, old versions and attackers do (a field dropped, duplicated, retyped or replaced, junk characters,
 * huge numbers, very long strings). Mutations are plain data, so a counterexample shows what was done, and
 * they are applied with `at` taken modulo whatever the value has, so any mutation applies to any value.
 */

type Path = readonly (string | number)[];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Strings that have broken parsers before: number look-alikes, surrogates, separators, keys of Object.prototype. */
export const JUNK_STRINGS = [
  "",
  " ",
  "\u0000",
  "\t\n",
  "\uD800",
  "\uDFFF",
  "\uFFFD",
  "\uFEFF",
  "\u200B",
  "\u202E",
  "e\u0301",
  "😀",
  "👩‍👩‍👧",
  "NaN",
  "-NaN",
  "-0",
  "+0",
  "0",
  "00",
  "Infinity",
  "-Infinity",
  "1e309",
  "-1e309",
  "1e-400",
  "0x10",
  "0b1",
  "5.0",
  "5.5",
  "5e0",
  " 5 ",
  "5x",
  "٥",
  "５",
  "9".repeat(400),
  `-${"9".repeat(30)}`,
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "2027-02-30",
  "2027-1-4",
  "0000-01-01",
  "0099-03-01",
  "1999-12-31",
  "2100-12-31",
  "2101-01-01",
  "9999-12-31",
  "%",
  "%zz",
  "%00",
  "%2C",
  "%E0%A4%A",
  "+",
  "&",
  "=",
  "#",
  "?",
  ",",
  ",,",
  '"',
  "\\",
  "<script>",
] as const;

/** Numbers at the edges: negative zero, beyond safe integers, out of range, not finite. */
export const JUNK_NUMBERS = [
  0,
  -0,
  -1,
  0.5,
  1.0000000000000002,
  49.99999999999999,
  50,
  51,
  60,
  61,
  2 ** 31,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  1e21,
  1e308,
  -1e308,
  Number.MIN_VALUE,
  Number.EPSILON,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
] as const;

/** Keys a mutation may add: the parsers' own field names (so duplicates and misplaced fields happen) and junk. */
export function junkKey(fieldNames: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...fieldNames), weight: 3 },
    { arbitrary: fc.constantFrom(...fieldNames).map((k) => k.toUpperCase()), weight: 1 },
    { arbitrary: fc.constantFrom(...JUNK_STRINGS), weight: 2 },
    { arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }), weight: 1 },
  );
}

/** A very long string of one grapheme (ASCII, accented, astral or a separator). */
export const longString = fc
  .tuple(fc.constantFrom("a", "é", "😀", "9", ",", "%", " "), fc.integer({ min: 100, max: 20_000 }))
  .map(([c, n]) => c.repeat(n));

/** Any value a JSON document (or a careless caller) could put where a field belongs. */
export const junkValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(...JUNK_STRINGS), weight: 4 },
  { arbitrary: fc.constantFrom(...JUNK_NUMBERS), weight: 3 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 40 }), weight: 1 },
  { arbitrary: fc.jsonValue({ maxDepth: 2 }), weight: 2 },
  { arbitrary: fc.constantFrom(null, true, false, [], {}), weight: 2 },
  { arbitrary: fc.integer(), weight: 1 },
  { arbitrary: fc.double(), weight: 1 },
  { arbitrary: longString, weight: 1 },
);

/** Short junk to splice into text: separators, escapes, surrogates, whole junk strings. */
const junkText = fc.oneof(
  { arbitrary: fc.constantFrom(...JUNK_STRINGS), weight: 3 },
  { arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 8 }), weight: 1 },
  { arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 8 }), weight: 1 },
);

const RETYPES = ["string", "json", "number", "boolean", "null", "array", "object", "unwrap"] as const;

export type JsonMutation =
  | { op: "drop"; at: number }
  | { op: "replace"; at: number; value: unknown }
  | { op: "retype"; at: number; to: (typeof RETYPES)[number] }
  | { op: "add"; at: number; key: string; value: unknown }
  | { op: "copy"; at: number; to: number }
  | { op: "duplicate"; at: number }
  | { op: "inject"; at: number; junk: string; where: number }
  | { op: "huge"; at: number; size: number };

/** One mutation of a JSON-like value; `fieldNames` are the keys worth adding (the format's own fields). */
export function jsonMutation(fieldNames: readonly string[]): fc.Arbitrary<JsonMutation> {
  const at = fc.nat();
  return fc.oneof(
    fc.record({ op: fc.constant("drop" as const), at }),
    fc.record({ op: fc.constant("replace" as const), at, value: junkValue }),
    fc.record({ op: fc.constant("retype" as const), at, to: fc.constantFrom(...RETYPES) }),
    fc.record({ op: fc.constant("add" as const), at, key: junkKey(fieldNames), value: junkValue }),
    fc.record({ op: fc.constant("copy" as const), at, to: fc.nat() }),
    fc.record({ op: fc.constant("duplicate" as const), at }),
    fc.record({ op: fc.constant("inject" as const), at, junk: junkText, where: fc.nat() }),
    fc.record({ op: fc.constant("huge" as const), at, size: fc.integer({ min: 100, max: 1_000 }) }),
  );
}

/** Every path in a value, the root first. */
function pathsOf(value: unknown, path: Path = []): Path[] {
  const out: Path[] = [path];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...pathsOf(item, [...path, i])));
  else if (isRecord(value)) for (const [key, item] of Object.entries(value)) out.push(...pathsOf(item, [...path, key]));
  return out;
}

function getIn(value: unknown, path: Path): unknown {
  let current = value;
  for (const key of path) {
    if (Array.isArray(current) && typeof key === "number") current = current[key];
    else if (isRecord(current) && typeof key === "string") current = current[key];
    else return undefined;
  }
  return current;
}

const DROP = Symbol("drop");

/**
 * A copy of `value` with the value at `path` replaced by `update`'s result (DROP removes it). Objects are
 * rebuilt with Object.fromEntries, which (like JSON.parse) makes "__proto__" an own key, not a prototype.
 */
function updateIn(value: unknown, path: Path, update: (old: unknown) => unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return update(value);
  if (Array.isArray(value) && typeof key === "number") {
    const next = updateIn(value[key], rest, update);
    return next === DROP
      ? value.filter((_, i) => i !== key)
      : value.map((item: unknown, i) => (i === key ? next : item));
  }
  if (isRecord(value) && typeof key === "string") {
    const next = updateIn(value[key], rest, update);
    const entries = Object.entries(value);
    return Object.fromEntries(
      next === DROP ? entries.filter(([k]) => k !== key) : entries.map(([k, v]) => [k, k === key ? next : v]),
    );
  }
  return value;
}

function setKey(record: Record<string, unknown>, key: string, item: unknown): Record<string, unknown> {
  return Object.fromEntries([...Object.entries(record).filter(([k]) => k !== key), [key, item]]);
}

/**
 * A conversion, or `fallback` when it throws: JSON can make an object whose own `toString` and `valueOf` are
 * not functions (`{"toString": 1, "valueOf": 2}`), and String() or Number() of that throws.
 */
function convert<T>(conversion: () => T, fallback: T): T {
  try {
    return conversion();
  } catch {
    return fallback;
  }
}

function retype(value: unknown, to: (typeof RETYPES)[number]): unknown {
  switch (to) {
    case "string":
      return convert(() => String(value), "[object Object]");
    case "json":
      return JSON.stringify(value) ?? "undefined";
    case "number":
      return convert(() => Number(value), NaN);
    case "boolean":
      return Boolean(value);
    case "null":
      return null;
    case "array":
      return [value];
    case "object":
      return { value };
    case "unwrap":
      return Array.isArray(value) ? value[0] : isRecord(value) ? Object.values(value)[0] : value;
  }
}

function inject(value: unknown, junk: string, where: number): unknown {
  const text = typeof value === "string" ? value : typeof value === "number" ? String(value) : undefined;
  if (text === undefined) return junk;
  const at = where % (text.length + 1);
  return text.slice(0, at) + junk + text.slice(at);
}

function huge(value: unknown, size: number): unknown {
  if (typeof value === "string") return (value || "x").repeat(Math.ceil((size * 20) / Math.max(value.length, 1)));
  if (typeof value === "number") return JUNK_NUMBERS[size % JUNK_NUMBERS.length];
  if (Array.isArray(value)) return Array.from({ length: size }, (_, i) => value[i % Math.max(value.length, 1)] ?? "x");
  if (isRecord(value)) return Object.fromEntries(Array.from({ length: size }, (_, i) => [`k${i}`, i]));
  return "x".repeat(size * 20);
}

/** Applies one mutation; a mutation that does not fit the value (dropping the root, say) replaces it. */
export function applyJsonMutation(value: unknown, m: JsonMutation): unknown {
  const paths = pathsOf(value);
  const path = paths[m.at % paths.length] ?? [];
  switch (m.op) {
    case "drop":
      return path.length === 0 ? undefined : updateIn(value, path, () => DROP);
    case "replace":
      return updateIn(value, path, () => m.value);
    case "retype":
      return updateIn(value, path, (old) => retype(old, m.to));
    case "add": {
      const containers = paths.filter((p) => isRecord(getIn(value, p)) || Array.isArray(getIn(value, p)));
      const target = containers[m.at % Math.max(containers.length, 1)];
      if (target === undefined) return { [m.key]: m.value, value };
      return updateIn(value, target, (old) =>
        Array.isArray(old) ? [...old, m.value] : isRecord(old) ? setKey(old, m.key, m.value) : old,
      );
    }
    case "copy": {
      const to = paths[m.to % paths.length] ?? [];
      const item = getIn(value, path);
      return updateIn(value, to, () => item);
    }
    case "duplicate":
      return updateIn(value, path, (old) => (Array.isArray(old) ? [...old, ...old] : [old, old]));
    case "inject":
      return updateIn(value, path, (old) => inject(old, m.junk, m.where));
    case "huge":
      return updateIn(value, path, (old) => huge(old, m.size));
  }
}

/** `valid` with one to four mutations applied in turn. */
export function mutatedJson<T>(valid: fc.Arbitrary<T>, fieldNames: readonly string[]): fc.Arbitrary<unknown> {
  return fc
    .tuple(valid, fc.array(jsonMutation(fieldNames), { minLength: 1, maxLength: 4 }))
    .map(([value, mutations]) => mutations.reduce<unknown>(applyJsonMutation, value));
}

export type TextMutation =
  | { op: "insert"; where: number; junk: string }
  | { op: "delete"; where: number; length: number }
  | { op: "truncate"; where: number }
  | { op: "repeat"; where: number; length: number; times: number }
  | { op: "number"; nth: number; literal: string }
  | { op: "key"; first: boolean; key: string; value: string };

/** Number literals JSON allows but JSON.stringify never writes, and out-of-range ones. */
const NUMBER_LITERALS = ["-0", "-0.0", "0e0", "1e400", "-1e400", "1e-400", "5.0", "5e0", "0.5E1", "50.000000000000001"];

/** One mutation of a serialised form; `json` adds JSON-only ones (a key written twice). */
export function textMutation(fieldNames: readonly string[], { json }: { json: boolean }): fc.Arbitrary<TextMutation> {
  const duplicateKey = fc.record({
    op: fc.constant("key" as const),
    first: fc.boolean(),
    key: junkKey(fieldNames),
    value: junkValue.map((v) => JSON.stringify(v) ?? "null"),
  });
  const mutations: fc.WeightedArbitrary<TextMutation>[] = [
    { arbitrary: fc.record({ op: fc.constant("insert" as const), where: fc.nat(), junk: junkText }), weight: 3 },
    {
      arbitrary: fc.record({
        op: fc.constant("delete" as const),
        where: fc.nat(),
        length: fc.integer({ min: 1, max: 8 }),
      }),
      weight: 1,
    },
    { arbitrary: fc.record({ op: fc.constant("truncate" as const), where: fc.nat() }), weight: 1 },
    {
      arbitrary: fc.record({
        op: fc.constant("repeat" as const),
        where: fc.nat(),
        length: fc.integer({ min: 1, max: 16 }),
        times: fc.integer({ min: 2, max: 200 }),
      }),
      weight: 1,
    },
    {
      arbitrary: fc.record({
        op: fc.constant("number" as const),
        nth: fc.nat(),
        literal: fc.constantFrom(...NUMBER_LITERALS),
      }),
      weight: 2,
    },
  ];
  // A key written twice: JSON.parse keeps the last, so `first: false` overrides the original.
  if (json) mutations.push({ arbitrary: duplicateKey, weight: 2 });
  return fc.oneof(...mutations);
}

const NUMBER_LITERAL = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;

export function applyTextMutation(text: string, m: TextMutation): string {
  const at = (where: number) => where % (text.length + 1);
  switch (m.op) {
    case "insert":
      return text.slice(0, at(m.where)) + m.junk + text.slice(at(m.where));
    case "delete":
      return text.slice(0, at(m.where)) + text.slice(at(m.where) + m.length);
    case "truncate":
      return text.slice(0, at(m.where));
    case "repeat": {
      const start = at(m.where);
      return text.slice(0, start) + text.slice(start, start + m.length).repeat(m.times) + text.slice(start);
    }
    case "number": {
      const matches = [...text.matchAll(NUMBER_LITERAL)];
      const match = matches[m.nth % Math.max(matches.length, 1)];
      if (match?.index === undefined) return text + m.literal;
      return text.slice(0, match.index) + m.literal + text.slice(match.index + match[0].length);
    }
    case "key": {
      const member = `${JSON.stringify(m.key)}:${m.value}`;
      if (!text.startsWith("{") || !text.endsWith("}")) return `{${member}}`;
      if (text === "{}") return `{${member}}`;
      return m.first ? `{${member},${text.slice(1)}` : `${text.slice(0, -1)},${member}}`;
    }
  }
}

/** `valid` text with one to four text mutations applied in turn. */
export function mutatedText(
  valid: fc.Arbitrary<string>,
  fieldNames: readonly string[],
  options: { json: boolean },
): fc.Arbitrary<string> {
  return fc
    .tuple(valid, fc.array(textMutation(fieldNames, options), { minLength: 1, maxLength: 4 }))
    .map(([text, mutations]) => mutations.reduce(applyTextMutation, text));
}
