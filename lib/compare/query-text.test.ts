import { expect, test } from "vitest";
import { queryText } from "@/lib/compare/query-text";

test("the server's searchParams and the browser's location.search give the same text for the same address", () => {
  const search = "?sort=name.desc&ids=mlops-foundation,ai-strategy&q=a%20b&track=x&track=y";
  const server = { sort: "name.desc", ids: "mlops-foundation,ai-strategy", q: "a b", track: ["x", "y"] };
  expect(queryText(server)).toBe(queryText(new URLSearchParams(search)));
  expect(queryText(server)).toBe("sort=name.desc&ids=mlops-foundation%2Cai-strategy&q=a+b&track=x&track=y");
});

test("no query, and keys with no value, give an empty text", () => {
  expect(queryText({})).toBe("");
  expect(queryText({ sort: undefined })).toBe("");
  expect(queryText(new URLSearchParams(""))).toBe("");
});

test("a different address gives a different text", () => {
  expect(queryText({ ids: "a,b" })).not.toBe(queryText({}));
  expect(queryText({ ids: "a,b" })).not.toBe(queryText({ ids: "b,a" }));
});
