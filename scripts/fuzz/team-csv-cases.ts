import assert from "node:assert/strict";
import fc from "fast-check";
import type { Catalog } from "@/lib/catalog/schema";
import { mutatedText } from "@/scripts/fuzz/mutations";
import { arbitraryProfile } from "@/lib/profile/arbitrary-profile";
import { LIST_FIELDS, PROFILE_FIELDS, type ProfileIds } from "@/lib/profile/schema";
import { parseTeamCsv } from "@/lib/team/team-csv";
import {
  MAX_NAME_LENGTH,
  MAX_TEAM_PEOPLE,
  TEAM_COLUMNS,
  TeamMemberSchema,
  type TeamMember,
} from "@/lib/team/team-member";

/**
 * Fuzzing the team CSV import (papaparse's records → rows → profiles): valid files written the many ways a
 * spreadsheet writes them (columns in any order, optional ones left out, quoted names with commas, quotes and
 * line breaks, a BOM, CRLF or LF, blank lines), the same files mutated, and junk. Nothing may throw; a file is
 * refused with a message or read into valid, known people and rejected rows that say why; an untouched valid
 * file comes back exactly, row numbers included.
 */

export type TeamCsvCase = { text: string; expected?: TeamMember[] };

const quote = (cell: string) => (/[",\r\n]|^\s|\s$/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

/** Counts line breaks as a spreadsheet shows lines: CRLF, LF or a lone CR each end one. */
const lineBreaks = (text: string) => (text.match(/\r\n|\r|\n/g) ?? []).length;

const name = fc
  .string({ unit: "grapheme", minLength: 1, maxLength: 40 })
  .map((s) => s.trim())
  .filter((s) => s !== "" && s.length <= MAX_NAME_LENGTH && !s.startsWith("\uFEFF"));

function validFiles(catalog: Catalog): fc.Arbitrary<TeamCsvCase> {
  const optional = PROFILE_FIELDS.filter((f) => f !== "role");
  return fc
    .record({
      people: fc.array(fc.tuple(name, arbitraryProfile(catalog)), { maxLength: 6 }),
      columns: fc
        .shuffledSubarray(optional)
        .chain((kept) => fc.shuffledSubarray(["name", "role", ...kept], { minLength: kept.length + 2 })),
      bom: fc.boolean(),
      lineEnd: fc.constantFrom("\n", "\r\n"),
      blankAfter: fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
      trailingLineEnd: fc.boolean(),
    })
    .map(({ people, columns, bom, lineEnd, blankAfter, trailingLineEnd }) => {
      let text = `${bom ? "\uFEFF" : ""}${columns.join(",")}`;
      const expected: TeamMember[] = [];
      people.forEach(([personName, profile], i) => {
        text += lineEnd;
        if (blankAfter[i]) text += lineEnd;
        const row = 1 + lineBreaks(text);
        const cells = columns.map((column) => {
          if (column === "name") return quote(personName);
          const value = profile[column as (typeof PROFILE_FIELDS)[number]];
          return quote(Array.isArray(value) ? value.join(";") : String(value));
        });
        text += cells.join(",");
        // Left-out columns take their defaults: what the parser must give back.
        const given = Object.fromEntries(
          columns.filter((c) => c !== "name").map((c) => [c, profile[c as keyof typeof profile]]),
        );
        expected.push({
          row,
          name: personName,
          profile: {
            role: profile.role,
            years: 0,
            skills: [],
            held: [],
            goal: "hands-on",
            interests: [],
            hours: 5,
            start: TODAY,
            ...given,
          },
        });
      });
      if (trailingLineEnd) text += lineEnd;
      return { text, expected };
    });
}

/** The start date the parser defaults to in these cases. */
export const TODAY = "2027-01-04";

export function teamCsvCases(catalog: Catalog): fc.Arbitrary<TeamCsvCase> {
  const valid = validFiles(catalog);
  return fc.oneof(
    { arbitrary: valid, weight: 3 },
    {
      arbitrary: mutatedText(
        valid.map((c) => c.text),
        TEAM_COLUMNS,
        { json: false },
      ).map((text) => ({ text })),
      weight: 5,
    },
    {
      arbitrary: fc.string({ unit: "binary", maxLength: 300 }).map((body) => ({ text: `name,role\n${body}` })),
      weight: 1,
    },
    { arbitrary: fc.string({ unit: "grapheme", maxLength: 200 }).map((text) => ({ text })), weight: 1 },
  );
}

/** The property: never throws; a refusal says why; what is read is valid and known; a valid file reads exactly. */
export function checkTeamCsv(c: TeamCsvCase, known: ProfileIds): void {
  const roles = new Set(known.roles.map((r) => r.id));
  const certifications = new Set(known.certifications.map((x) => x.id));
  const result = parseTeamCsv(c.text, known, TODAY);
  if (!result.ok) {
    assert.match(result.error, /\S/, "a refused file says why");
    assert.equal(c.expected, undefined, `a valid file was refused: ${result.error}`);
    return;
  }
  assert.ok(result.people.length + result.rejected.length <= MAX_TEAM_PEOPLE);
  const rows = [...result.people.map((p) => p.row), ...result.rejected.map((r) => r.row)];
  assert.equal(new Set(rows).size, rows.length, "every row is planned or rejected once");
  for (const row of rows) assert.ok(Number.isInteger(row) && row >= 2, `row ${row} is after the header`);
  for (const person of result.people) {
    TeamMemberSchema.parse(person);
    assert.ok(roles.has(person.profile.role), `unknown role ${person.profile.role}`);
    for (const id of person.profile.held) assert.ok(certifications.has(id), `unknown certification ${id}`);
    for (const field of LIST_FIELDS) assert.ok(Array.isArray(person.profile[field]));
  }
  for (const rejection of result.rejected) {
    assert.ok(rejection.issues.length > 0, `row ${rejection.row} is rejected without a reason`);
    for (const issue of rejection.issues) assert.match(issue.message, /\S/);
  }
  for (const note of result.notes) assert.match(note, /\S/);
  if (c.expected) {
    assert.deepEqual(result.rejected, [], "a valid file has no rejected rows");
    assert.deepEqual(result.people, c.expected, "a valid file reads back exactly");
  }
}
