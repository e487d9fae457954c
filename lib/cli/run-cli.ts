import type { Catalog } from "@/lib/catalog/schema";
import { EXAMPLE_PROFILE } from "@/lib/profile/example-profile";
import { decodeStrings, parseProfile } from "@/lib/profile/parse-profile";
import { fieldHelp } from "@/lib/profile/field-help";
import { PROFILE_FIELDS, type ProfileField } from "@/lib/profile/schema";
import { formatRoadmapText } from "@/lib/recommender/format-text";
import { recommend } from "@/lib/recommender/recommend";
import { runTeamCli, type ReadTextFile } from "@/lib/cli/team-cli";

/** The command-line interface as a pure function: argv in, what to print and the exit status out. */

export type CliResult = { exitCode: 0 | 2; stdout: string; stderr: string };

/** Exit status for bad input, as for other command-line tools' usage errors. */
export const USAGE_ERROR = 2;

const COMMAND = "npm run --silent recommend --";
const SWITCHES = ["json", "csv", "help"] as const;
/** Flags that are not profile fields: a team file instead of one profile. */
const TEAM_FLAG = "team";
const HINT = `Run \`${COMMAND} --help\` to see every flag and its allowed values.`;

type Parsed = {
  values: Partial<Record<ProfileField, string>>;
  json: boolean;
  csv: boolean;
  help: boolean;
  /** The path given to --team. */
  team?: string;
};

const isField = (name: string): name is ProfileField => (PROFILE_FIELDS as readonly string[]).includes(name);

/** The closest known flag, for "did you mean" (edit distance of at most 2). */
function suggest(name: string): string | undefined {
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let prev = row[0] ?? 0;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const next = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = row[j] ?? 0;
        row[j] = next;
      }
    }
    return row[b.length] ?? Infinity;
  };
  return [...PROFILE_FIELDS, TEAM_FLAG, ...SWITCHES].find((flag) => distance(name, flag) <= 2);
}

/** Reads `--flag value`, `--flag=value`, `--team FILE` and the switches `--json`, `--csv`, `--help` (`-h`). */
export function parseArgs(
  argv: readonly string[],
  catalog: Catalog,
): { ok: true; args: Parsed } | { ok: false; errors: string[] } {
  const args: Parsed = { values: {}, json: false, csv: false, help: false };
  const errors: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "-h" || arg === "--help") {
      args.help = true;
      continue;
    }
    if (!arg.startsWith("--")) {
      errors.push(`Unexpected argument ${JSON.stringify(arg)}: every value follows a flag, as in --role sre.`);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (name === "json" || name === "csv" || name === "help") {
      if (eq !== -1) errors.push(`--${name} takes no value.`);
      args[name] = true;
      continue;
    }
    if (!isField(name) && name !== TEAM_FLAG) {
      const guess = suggest(name);
      errors.push(`Unknown flag --${name}.${guess ? ` Did you mean --${guess}?` : ""}`);
      // Its value, if any, belongs to it: don't report it as a stray argument too.
      if (eq === -1 && i + 1 < argv.length && !(argv[i + 1] ?? "").startsWith("--")) i++;
      continue;
    }
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length && !(argv[i + 1] ?? "").startsWith("--")) value = argv[++i];
    if (name === TEAM_FLAG) {
      if (value === undefined || value === "")
        errors.push("--team needs the path of a CSV file, as in --team people.csv.");
      else if (args.team !== undefined) errors.push("--team is given twice; plan one file at a time.");
      else args.team = value;
      continue;
    }
    if (value === undefined) {
      const { accepts, allowed } = fieldHelp(name, catalog);
      errors.push(`--${name} needs a value: ${accepts}${allowed ? `; allowed: ${allowed.join(", ")}` : ""}.`);
      continue;
    }
    if (args.values[name] !== undefined) {
      errors.push(
        `--${name} is given twice (${JSON.stringify(args.values[name])} and ${JSON.stringify(value)}); give it once.`,
      );
      continue;
    }
    args.values[name] = value;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, args };
}

/** The --help text: every flag with what it accepts and its allowed values. */
export function helpText(catalog: Catalog): string {
  const lines = [
    "certpath: a personalised, explained roadmap through the Certified MLOps Professional program.",
    "",
    `Usage: ${COMMAND} --role ROLE [--years N] [--skills A,B] [--held ID,ID] [--goal GOAL]`,
    "       [--interests PATH,PATH] [--hours N] [--start YYYY-MM-DD] [--json]",
    `       ${COMMAND} --team people.csv [--json | --csv]`,
    "",
    "Flags:",
  ];
  for (const field of PROFILE_FIELDS) {
    const { accepts, allowed } = fieldHelp(field, catalog);
    lines.push(`  --${field.padEnd(10)} ${accepts}`);
    if (allowed) lines.push(`  ${"".padEnd(12)} allowed: ${allowed.join(", ")}`);
  }
  lines.push(
    "  --team FILE  plan everyone in a CSV file (header row: name,role and any of the flags above as columns;",
    '               lists separated by ";"); prints a table per person, rejected rows on stderr',
    "  --json       print the roadmap as JSON (the object the recommender returns); with --team,",
    '               { "people": [{ "name", "row", "roadmap" }], "rejected": [{ "row", "issues" }] }',
    "  --csv        with --team: print the plan as CSV, one row per person and step",
    "  --help, -h   print this help",
    "",
    "Example:",
    `  ${COMMAND} ${exampleFlags()}`,
    "",
    "Exit status: 0 on success, 2 when a flag or value is wrong (the message names it and what is allowed);",
    "with --team, 2 when any row was rejected (the others are still printed) or the file cannot be read.",
  );
  return `${lines.join("\n")}\n`;
}

/** The worked example as flags: `--role sre --years 5 --skills python,cloud …`. */
function exampleFlags(): string {
  return PROFILE_FIELDS.map((field) => {
    const value = EXAMPLE_PROFILE[field];
    return `--${field} ${Array.isArray(value) ? value.join(",") : String(value)}`;
  }).join(" ");
}

/** A reader that refuses: the pure CLI reads files only through what its caller hands it. */
const NO_FILES: ReadTextFile = () => {
  throw new Error("reading files is not available here");
};

/**
 * Runs the CLI. `today` is the default start date; `readFile` reads the --team file (scripts/recommend.ts
 * passes one that reads the disk; it throws an Error whose message says why a file cannot be read).
 * Never throws for any argv.
 */
export function runCli(
  argv: readonly string[],
  catalog: Catalog,
  today: string,
  readFile: ReadTextFile = NO_FILES,
): CliResult {
  const parsed = parseArgs(argv, catalog);
  if (!parsed.ok) return usageError(parsed.errors);
  const { values, json, csv, help, team } = parsed.args;
  if (help) return { exitCode: 0, stdout: helpText(catalog), stderr: "" };
  if (team !== undefined) {
    const given = Object.keys(values);
    if (given.length > 0) {
      return usageError([
        `--team plans the people in the file; ${given.map((f) => `--${f}`).join(", ")} cannot be given with it (put them in the file's columns).`,
      ]);
    }
    if (json && csv) return usageError(["--json and --csv are two formats: give one."]);
    return runTeamCli(team, json ? "json" : csv ? "csv" : "text", catalog, today, readFile);
  }
  if (csv) return usageError(["--csv prints a team's plan: use it with --team people.csv."]);
  const result = parseProfile(decodeStrings(values), catalog, { today });
  if (!result.ok) return usageError(result.issues.map((issue) => `--${issue.path}: ${issue.message}`));
  const roadmap = recommend(result.profile, catalog);
  const stdout = json ? `${JSON.stringify(roadmap, null, 2)}\n` : formatRoadmapText(roadmap, result.profile, catalog);
  return { exitCode: 0, stdout, stderr: "" };
}

function usageError(errors: readonly string[]): CliResult {
  return { exitCode: USAGE_ERROR, stdout: "", stderr: `${errors.map((e) => `error: ${e}`).join("\n")}\n${HINT}\n` };
}
