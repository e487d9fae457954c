import { expect, test } from "vitest";
import { catalog } from "@/data/catalog";
import { EXAMPLE_PROFILE } from "@/lib/profile/example-profile";
import { MAX_CSV_CHARACTERS, parseTeamCsv, type TeamImport } from "@/lib/team/team-csv";
import { MAX_TEAM_PEOPLE, TEAM_CSV_TEMPLATE, duplicateNotes, rejectionText } from "@/lib/team/team-member";

const TODAY = "2027-01-04";
const parse = (text: string) => parseTeamCsv(text, catalog, TODAY);

function ok(result: TeamImport) {
  if (!result.ok) throw new Error(`expected the file to load, got: ${result.error}`);
  return result;
}
function refused(result: TeamImport): string {
  if (result.ok) throw new Error("expected the file to be refused");
  return result.error;
}
const rejections = (result: TeamImport) => ok(result).rejected.map(rejectionText);

test("every column is read, lists split on ';', in any column order", () => {
  const csv =
    "start,hours,interests,goal,held,skills,years,role,name\n2027-01-04,8,sre;finops,architect,mlops-foundation,python;cloud,5,sre,Ana Costa\n";
  const { people, rejected, notes } = ok(parse(csv));
  expect(rejected).toEqual([]);
  expect(notes).toEqual([]);
  expect(people).toEqual([{ row: 2, name: "Ana Costa", profile: EXAMPLE_PROFILE }]);
});

test("only name and role are required; the rest default as in the questionnaire, start to today", () => {
  const { people } = ok(parse("name,role\nBo,sre\n"));
  expect(people[0]?.profile).toEqual({
    role: "sre",
    years: 0,
    skills: [],
    held: [],
    goal: "hands-on",
    interests: [],
    hours: 5,
    start: TODAY,
  });
  // Empty cells default too.
  expect(ok(parse("name,role,years,skills,hours\nBo,sre,,,\n")).people[0]?.profile.hours).toBe(5);
});

test("header names ignore case and spaces", () => {
  expect(ok(parse(" Name , ROLE \nBo,sre\n")).people).toHaveLength(1);
});

test("quotes, commas and line breaks inside quotes, a BOM, CRLF and blank lines all work", () => {
  const csv =
    '\uFEFFname,role,skills\r\n\r\n"Costa, Ana",sre,python;cloud\r\n"Line\r\nbreak ""Bo""",sre,\r\n\r\nCy,sre,\r\n';
  const { people, rejected } = ok(parse(csv));
  expect(rejected).toEqual([]);
  expect(people.map((p) => [p.row, p.name])).toEqual([
    [3, "Costa, Ana"],
    [4, 'Line\r\nbreak "Bo"'],
    // The quoted line break makes the record two lines long, and a blank line follows: row 7.
    [7, "Cy"],
  ]);
});

test("row numbers stay right after several byte-order marks (found by the fuzz test)", () => {
  const { people } = ok(parse("\uFEFF\uFEFF\uFEFFname,role\nBo,devops-engineer\n\nCy,sre"));
  expect(people.map((p) => [p.row, p.name])).toEqual([
    [2, "Bo"],
    [4, "Cy"],
  ]);
});

test("an unknown column is reported once and ignored", () => {
  const { people, notes } = ok(parse("name,email,role\nBo,bo@example.com,sre\nCy,cy@example.com,sre\n"));
  expect(people).toHaveLength(2);
  expect(notes).toHaveLength(1);
  expect(notes[0]).toMatch(/Column "email" is not one certpath reads and was ignored/);
});

test("a missing name or role column rejects the whole file, naming it", () => {
  expect(refused(parse("name,years\nBo,3\n"))).toMatch(/no "role" column/);
  expect(refused(parse("role\nsre\n"))).toMatch(/no "name" column/);
  expect(refused(parse("years,hours\n1,2\n"))).toMatch(/no "name" and "role" columns/);
  expect(refused(parse("name,role,role\nBo,sre,sre\n"))).toMatch(/"role" twice/);
  expect(refused(parse(""))).toMatch(/empty/);
  expect(refused(parse("\uFEFF\r\n\r\n"))).toMatch(/empty/);
});

test("bad rows are listed as 'Row N: …' naming the column, the value and what is allowed; good rows still load", () => {
  const csv = [
    "name,role,years,skills,held,goal,interests,hours,start",
    "Good,sre,5,python,,architect,sre,8,2027-01-04",
    "Bad role,pilot,,,,,,,",
    "Bad hours,sre,,,,,,eight,",
    ",sre,,,,,,,",
    "Bad lists,sre,,python;juggling,mlops-nope,,,,",
    "Bad date,sre,,,,,,,2027-02-30",
    "Bad goal,sre,-1,,,boss,,,",
    "Comma list,sre,0,python,cloud,,hands-on,,5,2027-01-04",
    "Also good,ml-engineer,,,,,,,",
  ].join("\n");
  const result = parse(csv);
  const { people } = ok(result);
  expect(people.map((p) => [p.row, p.name])).toEqual([
    [2, "Good"],
    [10, "Also good"],
  ]);
  const lines = rejections(result);
  expect(lines).toHaveLength(7);
  expect(lines[0]).toMatch(/^Row 3: role: "pilot" is not a known role\. Expected one role id .*allowed: .*\bsre\b/);
  expect(lines[1]).toMatch(/^Row 4: hours: "eight" is not allowed\. Expected .*whole number from 1 to 60/);
  expect(lines[2]).toMatch(/^Row 5: name: missing\./);
  expect(lines[3]).toMatch(
    /^Row 6: skills: "juggling" is not allowed.*separated by ";".* held: "mlops-nope" is not a known certification/,
  );
  expect(lines[3]).not.toMatch(/comma-separated/);
  expect(lines[4]).toMatch(/^Row 7: start: "2027-02-30" is not allowed .*real date/);
  expect(lines[5]).toMatch(
    /^Row 8: years: -1 is not allowed.* goal: "boss" is not allowed.*hands-on, architect, leadership/,
  );
  // "python,cloud" unquoted is two cells: a value past the last column.
  expect(lines[6]).toMatch(
    /^Row 9: held: "cloud" is not a known certification.* 10 values, but the header names 9 columns/,
  );
});

test("lists use ';' only: a quoted comma list is one unknown item", () => {
  expect(rejections(parse('name,role,skills\nBo,sre,"python,cloud"\n'))[0]).toMatch(/^Row 2: skills: "python,cloud"/);
});

test("an unclosed quote rejects its row (which runs to the end) and keeps the rows before it", () => {
  const result = parse('name,role\nBo,sre\n"Cy,sre\nDee,sre\n');
  expect(ok(result).people.map((p) => p.name)).toEqual(["Bo"]);
  expect(rejections(result)).toEqual([expect.stringMatching(/^Row 3: A quoted value is never closed/)]);
});

test("duplicate names are allowed but flagged", () => {
  const { people } = ok(parse("name,role\nAna,sre\nBo,sre\n ana ,sre\n"));
  expect(people).toHaveLength(3);
  expect(duplicateNotes(people)).toEqual([expect.stringMatching(/^Rows 2 and 4 have the same name, "Ana"/)]);
});

test("up to 5,000 people load; one more refuses the whole file, naming the limit", () => {
  const rows = (n: number) => ["name,role", ...Array.from({ length: n }, (_, i) => `P${i},sre`)].join("\n");
  expect(ok(parse(rows(MAX_TEAM_PEOPLE))).people).toHaveLength(MAX_TEAM_PEOPLE);
  expect(refused(parse(rows(MAX_TEAM_PEOPLE + 1)))).toMatch(
    /more than 5,000 people; the limit is 5,000.*Nothing was loaded/,
  );
});

test("a file over the character limit is refused before it is parsed", () => {
  expect(refused(parse(`name,role\n${"x".repeat(MAX_CSV_CHARACTERS)}`))).toMatch(/the limit is 5,242,880 characters/);
});

test("names are text: markup and formulas are kept as typed", () => {
  const { people } = ok(parse('name,role\n<img src=x onerror=alert(1)>,sre\n"=HYPERLINK(""x"")",sre\n'));
  expect(people.map((p) => p.name)).toEqual(["<img src=x onerror=alert(1)>", '=HYPERLINK("x")']);
});

test("an over-long name is rejected with the limit", () => {
  expect(rejections(parse(`name,role\n${"n".repeat(201)},sre\n`))[0]).toMatch(
    /^Row 2: name: .* is too long\. Expected any text of 1 to 200/,
  );
});

test("the template loads: a header and two example people", () => {
  const { people, rejected, notes } = ok(parse(TEAM_CSV_TEMPLATE));
  expect([rejected, notes]).toEqual([[], []]);
  expect(people.map((p) => p.name)).toEqual(["Ana Costa", "Lee, Sam"]);
});

test("a lone CR inside a value of a CRLF file still numbers the next rows by their lines", () => {
  const result = parse("role,name\r\ndevops-engineer,Ana\r\nsre,Bo\r\n");
  expect(ok(result).people.map((p) => p.row)).toEqual([2, 3]);
  const odd = ok(parse("role,name\r\ndevops-engineer,!\r%00\n"));
  expect([...odd.people.map((p) => p.row), ...odd.rejected.map((r) => r.row)].every((row) => row >= 2)).toBe(true);
});
