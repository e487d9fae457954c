/** Entry point of `npm run recommend`: all the logic is in lib/cli/run-cli.ts. */
import { readFileSync, statSync } from "node:fs";
import { catalog } from "@/data/catalog";
import { runCli } from "@/lib/cli/run-cli";
import { todayIso } from "@/lib/dates/iso-date";
import { MAX_CSV_CHARACTERS } from "@/lib/team/team-csv";

const REASONS: Record<string, string> = {
  ENOENT: "there is no such file",
  EACCES: "permission to read it was denied",
  EISDIR: "it is a directory, not a file",
  EPERM: "permission to read it was denied",
};

/** The --team file as UTF-8 text; throws an Error that says, in words, why it cannot be read. */
function readTeamFile(path: string): string {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw Object.assign(new Error("directory"), { code: "EISDIR" });
    // A UTF-8 character is at most 4 bytes: a file larger than this is over the limit whatever it holds.
    if (stat.size > MAX_CSV_CHARACTERS * 4) {
      throw new Error(`it is ${stat.size.toLocaleString("en")} bytes, far over the limit of a team file`);
    }
    return new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(path));
  } catch (error) {
    const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
    if (REASONS[code]) throw new Error(`cannot read it: ${REASONS[code]}.`);
    if (error instanceof TypeError) throw new Error("it is not UTF-8 text; save the sheet as “CSV UTF-8”.");
    throw new Error(`cannot read it: ${error instanceof Error ? error.message : String(error)}.`);
  }
}

try {
  const { exitCode, stdout, stderr } = runCli(process.argv.slice(2), catalog, todayIso(), readTeamFile);
  process.stdout.write(stdout);
  process.stderr.write(stderr);
  process.exitCode = exitCode;
} catch (error) {
  // A bug, not bad input: say so in one line rather than with a stack trace.
  process.stderr.write(`certpath: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
