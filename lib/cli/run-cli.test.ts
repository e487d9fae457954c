import { expect, test } from "vitest";
import { EXAMPLE_PROFILE } from "@/lib/profile/example-profile";
import { catalog } from "@/data/catalog";
import { GOAL_IDS, PATH_IDS, SKILL_IDS } from "@/lib/catalog/ids";
import { runCli, USAGE_ERROR } from "@/lib/cli/run-cli";
import { parseProfile } from "@/lib/profile/parse-profile";
import { PROFILE_FIELDS } from "@/lib/profile/schema";
import { recommend } from "@/lib/recommender/recommend";

const TODAY = "2027-01-04";
const run = (argv: readonly string[]) => runCli(argv, catalog, TODAY);
const words = (line: string) => line.split(/\s+/).filter(Boolean);

/** The issue's example. */
const EXAMPLE = words(
  "--role sre --years 5 --skills python,cloud --held mlops-foundation --goal architect --interests sre,finops --hours 8 --start 2027-01-04",
);

function expectedRoadmap(input: Record<string, unknown>, today = TODAY) {
  const parsed = parseProfile(input, catalog, { today });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return recommend(parsed.profile, catalog);
}

test("the issue's example prints a readable roadmap with numbered, dated steps", () => {
  const { exitCode, stdout, stderr } = run(EXAMPLE);
  expect(exitCode).toBe(0);
  expect(stderr).toBe("");
  expect(stdout).toContain("MLOps Professional");
  expect(stdout).toContain("MLOps Advanced");
  // Professional comes before Advanced, as numbered steps.
  expect(stdout).toMatch(/^1\. MLOps Professional\b/m);
  expect(stdout).toMatch(/^2\. MLOps Advanced\b/m);
  // Each step has a date range, the first starting on the given start date.
  expect(stdout).toMatch(/^1\. .*2027-01-04 → \d{4}-\d{2}-\d{2}$/m);
  expect(stdout).toMatch(/^2\. .*\d{4}-\d{2}-\d{2} → \d{4}-\d{2}-\d{2}$/m);
  // Plain text, not JSON, and no placeholders left unfilled.
  expect(stdout.trimStart().startsWith("{")).toBe(false);
  expect(stdout).not.toMatch(/\{\w+\}|undefined|NaN|\[object Object\]/);
  expect(stdout).toContain("Why:");
  expect(stdout.endsWith("\n")).toBe(true);
});

test("the text roadmap lists every step of the recommendation, in order, with its dates", () => {
  const { stdout } = run(EXAMPLE);
  const roadmap = expectedRoadmap(EXAMPLE_PROFILE);
  expect(roadmap.steps.length).toBeGreaterThan(0);
  const numbered = stdout.split("\n").filter((line) => /^\d+\. /.test(line));
  expect(numbered).toHaveLength(roadmap.steps.length);
  roadmap.steps.forEach((step, i) => {
    expect(numbered[i]).toMatch(new RegExp(`^${i + 1}\\. `));
    expect(numbered[i]).toContain(`${step.start} → ${step.end}`);
  });
});

test("--json prints exactly what recommend returns for the same profile", () => {
  const { exitCode, stdout, stderr } = run([...EXAMPLE, "--json"]);
  expect(exitCode).toBe(0);
  expect(stderr).toBe("");
  expect(JSON.parse(stdout)).toEqual(expectedRoadmap(EXAMPLE_PROFILE));
});

test("--flag=value works like --flag value, and --json may come first", () => {
  const equals = run([
    "--json",
    "--role=sre",
    "--years=5",
    "--skills=python,cloud",
    "--held=mlops-foundation",
    "--goal=architect",
    "--interests=sre,finops",
    "--hours=8",
    "--start=2027-01-04",
  ]);
  expect(equals.exitCode).toBe(0);
  expect(JSON.parse(equals.stdout)).toEqual(expectedRoadmap(EXAMPLE_PROFILE));

  const minimal = run(["--role=sre", "--json"]);
  expect(minimal.exitCode).toBe(0);
  expect(JSON.parse(minimal.stdout)).toEqual(expectedRoadmap({ role: "sre" }));
});

test("without --start the plan starts on the given today", () => {
  const { exitCode, stdout } = runCli(["--role", "sre", "--json"], catalog, "2031-05-06");
  expect(exitCode).toBe(0);
  const roadmap = JSON.parse(stdout) as { steps: { start: string }[] };
  expect(roadmap.steps[0]?.start).toBe("2031-05-06");
  expect(roadmap).toEqual(expectedRoadmap({ role: "sre" }, "2031-05-06"));
});

test("--help exits 0 and lists every flag and every allowed id", () => {
  for (const argv of [["--help"], ["-h"], ["--role", "sre", "--help"]]) {
    const { exitCode, stdout, stderr } = run(argv);
    expect(exitCode).toBe(0);
    expect(stderr).toBe("");
    for (const flag of [...PROFILE_FIELDS.map((f) => `--${f}`), "--json", "--help"]) {
      expect(stdout, flag).toContain(flag);
    }
    const ids = [
      ...catalog.roles.map((r) => r.id),
      ...SKILL_IDS,
      ...PATH_IDS,
      ...GOAL_IDS,
      ...catalog.certifications.map((c) => c.id),
    ];
    for (const id of ids) expect(stdout, id).toMatch(new RegExp(`(^|[\\s,])${id}(,|$)`, "m"));
  }
});

type BadCase = { name: string; argv: string[]; mentions: string[] };

const BAD_CASES: BadCase[] = [
  { name: "unknown role", argv: ["--role", "pilot"], mentions: ["--role", '"pilot"', "sre", "devops-engineer"] },
  { name: "negative years", argv: ["--role", "sre", "--years", "-3"], mentions: ["--years", "-3", "0 to 50"] },
  {
    name: "unknown certification in --held",
    argv: ["--role", "sre", "--held", "mlops-foundation,aws-wizard"],
    mentions: ["--held", '"aws-wizard"', "mlops-professional"],
  },
  {
    name: "impossible date",
    argv: ["--role", "sre", "--start", "2027-02-30"],
    mentions: ["--start", '"2027-02-30"', "YYYY-MM-DD"],
  },
  { name: "non-numeric hours", argv: ["--role", "sre", "--hours", "abc"], mentions: ["--hours", '"abc"', "1 to 60"] },
  { name: "hours with a unit", argv: ["--role", "sre", "--hours", "8h"], mentions: ["--hours", '"8h"', "1 to 60"] },
  {
    name: "unknown skill",
    argv: ["--role", "sre", "--skills", "python,cobol"],
    mentions: ["--skills", '"cobol"', "cloud"],
  },
  { name: "bad goal", argv: ["--role", "sre", "--goal", "ceo"], mentions: ["--goal", '"ceo"', "leadership"] },
  { name: "missing --role", argv: ["--years", "5"], mentions: ["--role", "missing", "sre"] },
  { name: "unknown flag", argv: ["--rol", "sre"], mentions: ["--rol", "Did you mean --role?"] },
  { name: "flag without a value at the end", argv: ["--role"], mentions: ["--role", "needs a value", "sre"] },
  {
    name: "flag without a value before another flag",
    argv: ["--role", "sre", "--hours", "--json"],
    mentions: ["--hours", "needs a value", "1 to 60"],
  },
  {
    name: "flag given twice",
    argv: ["--role", "sre", "--role", "devops-engineer"],
    mentions: ["--role", "twice", '"sre"', '"devops-engineer"'],
  },
  { name: "stray positional argument", argv: ["--role", "sre", "roadmap"], mentions: ['"roadmap"', "--role sre"] },
  { name: "--json with a value", argv: ["--role", "sre", "--json=yes"], mentions: ["--json", "no value"] },
];

for (const c of BAD_CASES) {
  test(`${c.name}: exit 2, nothing on stdout, stderr names the problem and what is allowed`, () => {
    const { exitCode, stdout, stderr } = run(c.argv);
    expect(exitCode).toBe(USAGE_ERROR);
    expect(exitCode).toBe(2);
    expect(stdout).toBe("");
    for (const text of c.mentions) expect(stderr, text).toContain(text);
    expect(stderr).toMatch(/^error: /);
    expect(stderr).toContain("--help");
    expect(stderr).not.toContain("    at ");
  });
}

test("every problem is reported at once, one line each, in flag order", () => {
  const { exitCode, stdout, stderr } = run(["--hours", "0", "--years", "99", "--role", "pilot"]);
  expect(exitCode).toBe(2);
  expect(stdout).toBe("");
  const errors = stderr.split("\n").filter((line) => line.startsWith("error: "));
  expect(errors.map((line) => /^error: (--\w+)/.exec(line)?.[1])).toEqual(["--role", "--years", "--hours"]);
});

test("an unreadable --start is reported once", () => {
  const { exitCode, stderr } = run(["--role", "sre", "--start", "next-monday"]);
  expect(exitCode).toBe(2);
  expect(stderr.split("\n").filter((line) => line.startsWith("error: "))).toHaveLength(1);
});

test("--help=value is not reported as an unknown flag (it is a known switch that takes no value)", () => {
  // Like --json=yes, which says "--json takes no value."
  const { exitCode, stdout, stderr } = run(["--help=yes"]);
  expect(exitCode).toBe(2);
  expect(stdout).toBe("");
  expect(stderr).not.toContain("Unknown flag --help");
  expect(stderr).toContain("--help");
});

test("odd arguments never throw, always exit 0 or 2, no stack frames", () => {
  const argvs: string[][] = [
    [],
    ["--"],
    ["-"],
    ["---role", "sre"],
    ["--role", ""],
    ["--role="],
    ["--=sre"],
    ["--role", "sre", "--years", "1e3"],
    ["--role", "sre", "--years", "9".repeat(400)],
    ["--role", "sre", "--skills", ",,,"],
    ["--role", "sre", "--held", "mlops-expert", "--goal", "leadership", "--hours", "60"],
    ["--role", "sre", "--hours", "1", "--start", "2100-12-31"],
    ["--constructor", "x"],
    ["--__proto__", "x"],
    ["--toString"],
  ];
  for (const argv of argvs) {
    const result = run(argv);
    expect([0, 2], argv.join(" ")).toContain(result.exitCode);
    expect(result.stderr).not.toContain("    at ");
    if (result.exitCode === 2) expect(result.stdout).toBe("");
    else expect(result.stderr).toBe("");
  }
});
