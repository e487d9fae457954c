import fc from "fast-check";
import { expect, test } from "vitest";
import { catalog } from "@/data/catalog";
import {
  PROGRESS_FILE_VERSION,
  progressFileName,
  progressFromFile,
  progressToFile,
  type ProgressImport,
} from "@/lib/saved/progress-file";
import { knownIdsOf, type Progress } from "@/lib/saved/saved-state";

const known = knownIdsOf(catalog);
const EXPORTED_AT = "2027-03-01T10:00:00.000Z";

const PROGRESS: Progress = {
  "mlops-foundation": { status: "done", notes: "Passed with 82%.\nSecond line.", doneOn: "2027-02-01" },
  "mlops-professional": { status: "in-progress", notes: "" },
  "finops-professional": { status: "not-started", notes: "Ask about the budget <first>." },
};

const fileText = (value: unknown) => JSON.stringify(value);
const envelope = (progress: unknown, extra: Record<string, unknown> = {}) =>
  fileText({ app: "certpath", kind: "progress", version: 1, exportedAt: EXPORTED_AT, progress, ...extra });

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The progress object of a parsed file, read the test's own way. */
function progressIn(parsed: unknown): Record<string, unknown> {
  if (!isRecord(parsed) || !isRecord(parsed.progress)) throw new Error("expected a file with progress");
  return parsed.progress;
}

function errorOf(result: ProgressImport): string {
  if (result.ok) throw new Error("expected the import to fail");
  return result.error;
}

test("progressToFile wraps progress in an envelope that names the app, kind, version and export time", () => {
  expect(progressToFile(PROGRESS, { exportedAt: EXPORTED_AT })).toEqual({
    app: "certpath",
    kind: "progress",
    version: PROGRESS_FILE_VERSION,
    exportedAt: EXPORTED_AT,
    progress: PROGRESS,
  });
  expect(progressFileName("2027-03-01")).toBe("certpath-progress-2027-03-01.json");
});

test("a file from progressToFile reads back to the same progress, with nothing rejected", () => {
  const text = JSON.stringify(progressToFile(PROGRESS, { exportedAt: EXPORTED_AT }), null, 2);
  expect(progressFromFile(text, known)).toEqual({ ok: true, progress: PROGRESS, rejected: [] });
  expect(progressFromFile(fileText(progressToFile({}, { exportedAt: EXPORTED_AT })), known)).toEqual({
    ok: true,
    progress: {},
    rejected: [],
  });
});

test("text that is not JSON is an error, not an exception", () => {
  for (const text of ["", "{not json", "certpath", "\u0000", '{"app":"certpath"']) {
    expect(errorOf(progressFromFile(text, known))).toMatch(/isn't JSON/);
  }
});

test("JSON that is not an object says what it holds instead", () => {
  expect(errorOf(progressFromFile("[]", known))).toMatch(/holds a list/);
  expect(errorOf(progressFromFile("null", known))).toMatch(/holds null/);
  expect(errorOf(progressFromFile("42", known))).toMatch(/holds number/);
  expect(errorOf(progressFromFile('"progress"', known))).toMatch(/holds string/);
});

test("another app's file, another kind of certpath file and a missing app are named as such", () => {
  expect(errorOf(progressFromFile(envelope(PROGRESS, { app: "todo-list" }), known))).toMatch(
    /made by "todo-list"; certpath reads only its own/,
  );
  expect(errorOf(progressFromFile(fileText({ kind: "progress", version: 1, progress: {} }), known))).toMatch(
    /doesn't say which app made it/,
  );
  expect(errorOf(progressFromFile(envelope(PROGRESS, { kind: "answers" }), known))).toMatch(
    /of kind "answers" rather than "progress"/,
  );
});

test("a newer version is refused with both version numbers; a nonsense version is refused too", () => {
  expect(errorOf(progressFromFile(envelope(PROGRESS, { version: 2 }), known))).toMatch(
    /newer certpath \(version 2\); this one reads version 1/,
  );
  for (const version of [0, -1, 1.5, "1", null]) {
    expect(errorOf(progressFromFile(envelope(PROGRESS, { version }), known))).toMatch(/version/);
  }
  expect(errorOf(progressFromFile(envelope(PROGRESS, { version: undefined }), known))).toMatch(
    /version, nothing, is not one/,
  );
});

test("progress that is not an object of entries is an error", () => {
  expect(errorOf(progressFromFile(envelope([PROGRESS]), known))).toMatch(/progress is a list/);
  expect(errorOf(progressFromFile(envelope("done"), known))).toMatch(/progress is string/);
  expect(errorOf(progressFromFile(envelope(undefined), known))).toMatch(/progress is undefined/);
});

test("unknown certifications and invalid entries are rejected one by one; the rest are kept", () => {
  const result = progressFromFile(
    envelope({
      "mlops-foundation": { status: "done", notes: "ok", doneOn: "2027-02-01" },
      "mlops-professional": { status: "in-progress" }, // notes default to ""
      ghost: { status: "done", notes: "" }, // not in the catalog
      "mlops-advanced": { status: "finished", notes: "" }, // not a status
      "mlops-expert": { status: "done", notes: "x".repeat(2_001) }, // notes too long
      "dataops-foundation": { status: "done", doneOn: "2027-02-30" }, // not a real date
      "finops-professional": { status: "done", colour: "green" }, // unknown key
      "ai-strategy": "done", // not an entry
      ["__proto__"]: { status: "done" }, // an own key once parsed, never a prototype
    }),
    known,
  );
  expect(result).toEqual({
    ok: true,
    progress: {
      "mlops-foundation": { status: "done", notes: "ok", doneOn: "2027-02-01" },
      "mlops-professional": { status: "in-progress", notes: "" },
    },
    rejected: [
      "ghost",
      "mlops-advanced",
      "mlops-expert",
      "dataops-foundation",
      "finops-professional",
      "ai-strategy",
      "__proto__",
    ],
  });
});

test("property: progressFromFile never throws on any string, and errors are sentences", () => {
  fc.assert(
    fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
      const result = progressFromFile(text, known);
      if (!result.ok) expect(result.error).toMatch(/^The file.+\.$/s);
    }),
  );
});

test("property: progressFromFile never throws on any JSON, and keeps only valid entries for known ids", () => {
  const entry = fc.oneof(
    fc.record(
      {
        status: fc.constantFrom("not-started", "in-progress", "done", "nope"),
        notes: fc.string({ maxLength: 20 }),
        doneOn: fc.constantFrom("2027-02-01", "2027-13-01", "yesterday"),
      },
      { requiredKeys: ["status"] },
    ),
    fc.jsonValue({ maxDepth: 2 }),
  );
  const id = fc.oneof(fc.constantFrom(...known.certifications.map((c) => c.id)), fc.string({ maxLength: 12 }));
  const progress = fc.oneof(fc.dictionary(id, entry, { maxKeys: 8 }), fc.jsonValue({ maxDepth: 2 }));
  const file = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.record({
      app: fc.oneof(fc.constant("certpath"), fc.jsonValue({ maxDepth: 1 })),
      kind: fc.oneof(fc.constant("progress"), fc.jsonValue({ maxDepth: 1 })),
      version: fc.oneof(fc.constant(1), fc.jsonValue({ maxDepth: 1 })),
      progress,
    }),
  );
  fc.assert(
    fc.property(file, (value) => {
      const text = JSON.stringify(value);
      const result = progressFromFile(text, known);
      if (!result.ok) return;
      const input = progressIn(JSON.parse(text));
      // Every entry in the file is either kept or listed as rejected, never both, never silently lost.
      expect([...Object.keys(result.progress), ...result.rejected].sort()).toEqual(Object.keys(input).sort());
      for (const id of Object.keys(result.progress)) expect(known.certifications.map((c) => c.id)).toContain(id);
    }),
  );
});
