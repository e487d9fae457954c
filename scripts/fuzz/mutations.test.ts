import { expect, test } from "vitest";
import { applyJsonMutation, applyTextMutation } from "@/scripts/fuzz/mutations";

const valid = { role: "sre", held: ["mlops-foundation"], nested: { a: 1 } };

test("JSON mutations copy: the value they start from is never changed", () => {
  const before = structuredClone(valid);
  for (let at = 0; at < 6; at++) {
    applyJsonMutation(valid, { op: "drop", at });
    applyJsonMutation(valid, { op: "replace", at, value: null });
    applyJsonMutation(valid, { op: "huge", at, size: 100 });
  }
  expect(valid).toEqual(before);
});

test("`at` picks a path modulo the number of paths, the root first", () => {
  // Paths: [], role, held, held.0, nested, nested.a
  expect(applyJsonMutation(valid, { op: "drop", at: 0 })).toBeUndefined();
  expect(applyJsonMutation(valid, { op: "drop", at: 1 })).toEqual({ held: ["mlops-foundation"], nested: { a: 1 } });
  expect(applyJsonMutation(valid, { op: "drop", at: 3 })).toEqual({ role: "sre", held: [], nested: { a: 1 } });
  expect(applyJsonMutation(valid, { op: "retype", at: 7, to: "array" })).toEqual({ ...valid, role: ["sre"] });
  expect(applyJsonMutation(valid, { op: "inject", at: 1, junk: ",", where: 1 })).toEqual({ ...valid, role: "s,re" });
});

test('an added "__proto__" key is an own property, as JSON.parse makes it, never a prototype', () => {
  const mutated = applyJsonMutation(valid, { op: "add", at: 0, key: "__proto__", value: { role: "x" } });
  expect(Object.getPrototypeOf(mutated)).toBe(Object.prototype);
  expect(Object.keys(mutated as object)).toContain("__proto__");
  expect(mutated).toEqual(
    JSON.parse('{"role":"sre","held":["mlops-foundation"],"nested":{"a":1},"__proto__":{"role":"x"}}'),
  );
});

test("text mutations: a key written twice, number literals JSON.stringify never writes, cuts and splices", () => {
  const text = JSON.stringify({ role: "sre", years: 5 });
  const last = applyTextMutation(text, { op: "key", first: false, key: "role", value: '"x"' });
  expect(last).toBe('{"role":"sre","years":5,"role":"x"}');
  expect(JSON.parse(last)).toEqual({ role: "x", years: 5 });
  expect(applyTextMutation(text, { op: "key", first: true, key: "role", value: "1" })).toBe(
    '{"role":1,"role":"sre","years":5}',
  );
  expect(applyTextMutation(text, { op: "number", nth: 0, literal: "-0" })).toBe('{"role":"sre","years":-0}');
  expect(applyTextMutation(text, { op: "truncate", where: 5 })).toBe('{"rol');
  expect(applyTextMutation("ab", { op: "insert", where: 1, junk: "\uD800" })).toBe("a\uD800b");
  expect(applyTextMutation("abc", { op: "repeat", where: 1, length: 1, times: 3 })).toBe("abbbbc");
});

test("retyping an object whose own toString and valueOf are not functions gives a value, not an exception", () => {
  const awkward = JSON.parse('{"toString": 1, "valueOf": 2}') as unknown;
  expect(applyJsonMutation(awkward, { op: "retype", at: 0, to: "number" })).toBeNaN();
  expect(applyJsonMutation(awkward, { op: "retype", at: 0, to: "string" })).toBe("[object Object]");
  expect(applyJsonMutation(awkward, { op: "retype", at: 0, to: "json" })).toBe('{"toString":1,"valueOf":2}');
});
