import { expect, test } from "vitest";
import { catalog } from "@/data/catalog";
import { runCli } from "@/lib/cli/run-cli";
import { recommend } from "@/lib/recommender/recommend";
import { parseProfile } from "@/lib/profile/parse-profile";
import { PLAN_CSV_COLUMNS } from "@/lib/team/team-export";

const TODAY = "2027-01-04";
const GOOD = "name,role,hours,start\nAna Costa,sre,8,2027-01-04\nBo,ml-engineer,,2027-02-01\n";
const MIXED = "name,role,hours\nAna Costa,sre,8\nBad,pilot,\nCy,sre,0\nDee,sre,\n";

const files = (content: Record<string, string>) => (path: string) => {
  const text = content[path];
  if (text === undefined) throw new Error("cannot read it: there is no such file.");
  return text;
};
const run = (argv: string[], content: Record<string, string> = { "people.csv": GOOD, "mixed.csv": MIXED }) =>
  runCli(argv, catalog, TODAY, files(content));

test("--team prints a table per person and exits 0 when every row was planned", () => {
  const { exitCode, stdout, stderr } = run(["--team", "people.csv"]);
  expect(exitCode).toBe(0);
  expect(stderr).toBe("");
  expect(stdout).toMatch(
    /^Ana Costa \(row 2\) · Site Reliability Engineer \(SRE\) · 8 h\/week from 2027-01-04\n  #  Certification/,
  );
  expect(stdout).toMatch(/\n\nBo \(row 3\) · Machine Learning Engineer/);
});

test("--json prints people with exactly recommend --json's roadmap, and the rejected rows", () => {
  const { exitCode, stdout, stderr } = run(["--team", "mixed.csv", "--json"]);
  expect(exitCode).toBe(2);
  const out = JSON.parse(stdout) as { people: { name: string; row: number; roadmap: unknown }[]; rejected: unknown[] };
  expect(Object.keys(out)).toEqual(["people", "rejected"]);
  expect(out.people.map((p) => [p.name, p.row])).toEqual([
    ["Ana Costa", 2],
    ["Dee", 5],
  ]);
  const ana = parseProfile({ role: "sre", hours: 8 }, catalog, { today: TODAY });
  if (!ana.ok) throw new Error("example profile");
  expect(out.people[0]?.roadmap).toEqual(JSON.parse(JSON.stringify(recommend(ana.profile, catalog))));
  expect(JSON.stringify(out.people[0]?.roadmap)).toBe(
    JSON.stringify(
      JSON.parse(runCli(["--role", "sre", "--hours", "8", "--start", TODAY, "--json"], catalog, TODAY).stdout),
    ),
  );
  expect(out.rejected).toEqual([
    { row: 3, issues: [{ column: "role", message: expect.stringMatching(/"pilot" is not a known role/) }] },
    { row: 4, issues: [{ column: "hours", message: expect.stringMatching(/whole number from 1 to 60/) }] },
  ]);
  expect(stderr).toMatch(/^Row 3: role: "pilot"/m);
  expect(stderr).toMatch(/^Row 4: hours: 0/m);
  expect(stderr).toMatch(/2 rows were rejected; the 2 planned people are printed\./);
});

test("--csv prints the plan CSV", () => {
  const { exitCode, stdout } = run(["--team", "people.csv", "--csv"]);
  expect(exitCode).toBe(0);
  const lines = stdout.trimEnd().split("\r\n");
  expect(lines[0]).toBe(PLAN_CSV_COLUMNS.join(","));
  expect(lines[1]).toMatch(/^Ana Costa,sre,1,/);
});

test("an unreadable or unusable file is one clear line and exit 2", () => {
  const missing = run(["--team", "nope.csv"]);
  expect(missing).toEqual({
    exitCode: 2,
    stdout: "",
    stderr: 'error: --team "nope.csv": cannot read it: there is no such file.\n',
  });
  const noRole = run(["--team", "x.csv"], { "x.csv": "name\nAna\n" });
  expect(noRole.exitCode).toBe(2);
  expect(noRole.stderr).toMatch(/^error: --team "x.csv": The header row has no "role" column/);
  expect(noRole.stderr.trimEnd().split("\n")).toHaveLength(1);
});

test("--team does not mix with profile flags, --json with --csv, nor --csv without --team", () => {
  expect(run(["--team", "people.csv", "--role", "sre"]).stderr).toMatch(/--role cannot be given with it/);
  expect(run(["--team", "people.csv", "--json", "--csv"]).stderr).toMatch(/give one/);
  expect(run(["--role", "sre", "--csv"]).stderr).toMatch(/use it with --team/);
  expect(run(["--team"]).stderr).toMatch(/--team needs the path of a CSV file/);
  expect(run(["--tema", "x"]).stderr).toMatch(/Did you mean --team\?/);
  for (const argv of [["--team", "people.csv", "--role", "sre"], ["--team"], ["--role", "sre", "--csv"]]) {
    expect(run(argv).exitCode).toBe(2);
  }
});

test("the help describes --team, --csv and the exit statuses", () => {
  const { stdout } = run(["--help"]);
  expect(stdout).toContain("--team people.csv [--json | --csv]");
  expect(stdout).toContain("--csv        with --team");
  expect(stdout).toMatch(/with --team, 2 when any row was rejected/);
});
