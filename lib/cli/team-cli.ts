import type { Catalog } from "@/lib/catalog/schema";
import { planTeam } from "@/lib/team/plan-team";
import { parseTeamCsv } from "@/lib/team/team-csv";
import { teamPlanToCsv } from "@/lib/team/team-export";
import { duplicateNotes, rejectionText } from "@/lib/team/team-member";
import { formatTeamText } from "@/lib/team/team-text";

/** `recommend --team people.csv [--json | --csv]` as a pure function: the file's text in, output and status out. */

/** Reads a file as text, or throws an Error whose message says why it cannot (shown after the path). */
export type ReadTextFile = (path: string) => string;

export type TeamCliResult = { exitCode: 0 | 2; stdout: string; stderr: string };

/**
 * Plans every person in the file. Rejected rows and notes (ignored columns, shared names) go to stderr as
 * "Row N: …" lines; the planned people are printed whatever happened to the others. Exit 0 when every row
 * was planned, 2 when any was rejected or the file could not be read or used.
 */
export function runTeamCli(
  path: string,
  format: "text" | "json" | "csv",
  catalog: Catalog,
  today: string,
  readFile: ReadTextFile,
): TeamCliResult {
  let text: string;
  try {
    text = readFile(path);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { exitCode: 2, stdout: "", stderr: `error: --team ${JSON.stringify(path)}: ${why}\n` };
  }
  const read = parseTeamCsv(text, catalog, today);
  if (!read.ok) return { exitCode: 2, stdout: "", stderr: `error: --team ${JSON.stringify(path)}: ${read.error}\n` };
  const people = planTeam(read.people, catalog);
  const stdout =
    format === "json"
      ? `${JSON.stringify(
          {
            people: people.map(({ name, row, roadmap }) => ({ name, row, roadmap })),
            rejected: read.rejected.map(({ row, issues }) => ({ row, issues })),
          },
          null,
          2,
        )}\n`
      : format === "csv"
        ? teamPlanToCsv(people, catalog)
        : formatTeamText(people, catalog);
  const notes = [...read.notes, ...duplicateNotes(read.people), ...read.rejected.map(rejectionText)];
  if (read.rejected.length > 0) {
    const n = read.rejected.length;
    notes.push(
      `${n} ${n === 1 ? "row was" : "rows were"} rejected; the ${people.length} planned ${people.length === 1 ? "person is" : "people are"} printed.`,
    );
  }
  return {
    exitCode: read.rejected.length > 0 ? 2 : 0,
    stdout,
    stderr: notes.length > 0 ? `${notes.join("\n")}\n` : "",
  };
}
