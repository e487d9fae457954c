import Papa from "papaparse";
import { decodeStrings } from "@/lib/profile/parse-profile";
import { LIST_FIELDS, PROFILE_FIELDS, type ProfileField, type ProfileIds } from "@/lib/profile/schema";
import {
  MAX_TEAM_PEOPLE,
  REQUIRED_COLUMNS,
  TEAM_COLUMNS,
  memberFrom,
  type RowRejection,
  type TeamColumn,
  type TeamMember,
} from "@/lib/team/team-member";

/**
 * A team from a CSV file: papaparse reads the text (quotes, commas and line breaks inside quotes, CRLF),
 * this maps each record to a person. The first row is a header naming the columns in any order; `name` and
 * `role` are required, the rest default as in the questionnaire. Values are the CLI's ids; lists use ";".
 * Rows are numbered by the line they start on (the header is row 1), as a spreadsheet shows them.
 */

/** A file longer than this is refused before it is parsed: 5,000 people fit in well under a megabyte. */
export const MAX_CSV_CHARACTERS = 5 * 1024 * 1024;

/** The separator between the items of a list cell (`python;cloud`): commas already separate the cells. */
export const LIST_SEPARATOR = ";";

export type TeamImport =
  | {
      ok: true;
      people: TeamMember[];
      rejected: RowRejection[];
      /** Things worth knowing that rejected nothing: columns ignored. */
      notes: string[];
    }
  | { ok: false; error: string };

const isColumn = (name: string): name is TeamColumn => (TEAM_COLUMNS as readonly string[]).includes(name);
const isListField = (field: ProfileField) => (LIST_FIELDS as readonly string[]).includes(field);
const quoted = (text: string) => JSON.stringify(text);
const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

type Header = { columns: Map<TeamColumn, number>; notes: string[]; width: number };

/** Reads the header row: which column is where, and what is unknown. Header names ignore case and spaces. */
function readHeader(cells: readonly string[]): Header | { error: string } {
  const columns = new Map<TeamColumn, number>();
  const unknown: string[] = [];
  for (const [index, cell] of cells.entries()) {
    const name = cell.trim().toLowerCase();
    if (name === "") continue;
    if (!isColumn(name)) {
      unknown.push(cell.trim());
      continue;
    }
    if (columns.has(name)) {
      return { error: `The header names the column "${name}" twice; keep one, so every value has one meaning.` };
    }
    columns.set(name, index);
  }
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.has(c));
  if (missing.length > 0) {
    const names = missing.map((c) => `"${c}"`).join(" and ");
    return {
      error: `The header row has no ${names} ${missing.length === 1 ? "column" : "columns"}: the first row must name the columns, and ${REQUIRED_COLUMNS.map((c) => `"${c}"`).join(" and ")} are required. Columns: ${TEAM_COLUMNS.join(", ")}.`,
    };
  }
  const notes =
    unknown.length === 0
      ? []
      : [
          `${unknown.length === 1 ? "Column" : "Columns"} ${unknown.map(quoted).join(", ")} ${unknown.length === 1 ? "is" : "are"} not one certpath reads and ${unknown.length === 1 ? "was" : "were"} ignored. Columns: ${TEAM_COLUMNS.join(", ")}.`,
        ];
  return { columns, notes, width: cells.length };
}

/** One record's cells → the profile input (lists split on ";", numbers read strictly) and the name. */
function recordInput(cells: readonly string[], columns: ReadonlyMap<TeamColumn, number>) {
  const cell = (column: TeamColumn): string | undefined => {
    const index = columns.get(column);
    const value = index === undefined ? undefined : cells[index]?.trim();
    return value === "" ? undefined : value;
  };
  const strings: Partial<Record<ProfileField, string>> = {};
  const lists: Record<string, string[]> = {};
  for (const field of PROFILE_FIELDS) {
    const value = cell(field);
    if (value === undefined) continue;
    if (isListField(field)) {
      lists[field] = value
        .split(LIST_SEPARATOR)
        .map((item) => item.trim())
        .filter((item) => item !== "");
    } else strings[field] = value;
  }
  return { name: cell("name"), input: { ...decodeStrings(strings), ...lists } };
}

/**
 * Counts line breaks (CRLF, LF or a lone CR, each one break) in text[from, to). A CR counts, and an LF only when
 * no CR comes just before it, so a CRLF split between two ranges (papaparse may end a record between them) still
 * counts once.
 */
function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 || (c === 10 && text.charCodeAt(i - 1) !== 13)) count++;
  }
  return count;
}

const PAPA_MESSAGES: Record<string, string> = {
  MissingQuotes: 'A quoted value is never closed (a " is missing), so this row runs on to the end of the file.',
  InvalidQuotes: 'A value has a stray " inside it; put the whole value in quotes and double any " inside ("").',
};

/**
 * Reads a team CSV into people, rejected rows and notes, or refuses the whole file (no header, a required
 * column missing, over MAX_TEAM_PEOPLE people, too long). Bad rows never hide good ones. Never throws.
 */
export function parseTeamCsv(text: string, known: ProfileIds, today: string): TeamImport {
  if (text.length > MAX_CSV_CHARACTERS) {
    return {
      ok: false,
      error: `The file is ${plural(text.length, "character")} long; the limit is ${plural(MAX_CSV_CHARACTERS, "character")} (${MAX_TEAM_PEOPLE.toLocaleString("en")} people fit well within it). Nothing was loaded.`,
    };
  }
  // Every leading byte-order mark goes (papaparse would strip one more itself, and its offsets would then no
  // longer match `body`, so row numbers would be off by a line).
  const body = text.replace(/^\uFEFF+/, "");
  if (body.trim() === "") {
    return { ok: false, error: `The CSV is empty. The first row must name the columns: ${TEAM_COLUMNS.join(",")}.` };
  }

  let header: Header | undefined;
  let failure: string | undefined;
  const people: TeamMember[] = [];
  const rejected: RowRejection[] = [];
  let records = 0;
  // Where the current record starts, and on which line: papaparse's cursor is the offset after each record.
  let offset = 0;
  let line = 1;

  Papa.parse<string[]>(body, {
    delimiter: ",",
    skipEmptyLines: false,
    step: (result, parser) => {
      const row = line;
      const end = result.meta.cursor;
      line += countLineBreaks(body, offset, end);
      offset = end;
      const cells = result.data;
      if (cells.every((c) => c.trim() === "")) return;
      const broken = result.errors.find((e) => e.code in PAPA_MESSAGES);
      if (!header) {
        if (broken) {
          failure = `The header row (row 1) could not be read. ${PAPA_MESSAGES[broken.code]}`;
          parser.abort();
          return;
        }
        const read = readHeader(cells);
        if ("error" in read) {
          failure = read.error;
          parser.abort();
          return;
        }
        header = read;
        return;
      }
      records++;
      if (records > MAX_TEAM_PEOPLE) {
        failure = `The file has more than ${MAX_TEAM_PEOPLE.toLocaleString("en")} people; the limit is ${MAX_TEAM_PEOPLE.toLocaleString("en")}. Split the team into smaller files. Nothing was loaded.`;
        parser.abort();
        return;
      }
      if (broken) {
        rejected.push({ row, issues: [{ column: "", message: PAPA_MESSAGES[broken.code] ?? broken.message }] });
        return;
      }
      const { name, input } = recordInput(cells, header.columns);
      const member = memberFrom(row, name, input, known, today);
      // The profile's messages describe the CLI's lists; in a CSV, lists are separated by ";".
      const issues = member.ok
        ? []
        : member.issues.map((i) => ({ ...i, message: i.message.replaceAll("comma-separated", 'separated by ";"') }));
      // Empty cells past the last column are harmless (some spreadsheets pad rows); values there are not.
      if (cells.slice(header.width).some((c) => c.trim() !== "")) {
        issues.push({
          column: "",
          message: `${cells.length} values, but the header names ${header.width} columns; a value with a comma in it needs quotes ("a, b").`,
        });
      }
      if (issues.length > 0 || !member.ok) rejected.push({ row, issues });
      else people.push(member.member);
    },
  });

  if (failure !== undefined) return { ok: false, error: failure };
  if (!header) return { ok: false, error: "The CSV has no header row." };
  return { ok: true, people, rejected, notes: header.notes };
}
