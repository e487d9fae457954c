import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

/** The CLI as a real process: scripts/recommend.ts through tsx, and through npm as the README documents. */

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TIMEOUT_MS = 30_000;
const ENV = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NO_COLOR: "1" };

function spawn(command: string, args: readonly string[]) {
  const result = spawnSync(command, args, { cwd: ROOT, env: ENV, encoding: "utf8", timeout: TIMEOUT_MS });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const recommend = (...args: string[]) => spawn("node_modules/.bin/tsx", ["scripts/recommend.ts", ...args]);

const EXAMPLE = [
  "--role",
  "sre",
  "--years",
  "5",
  "--skills",
  "python,cloud",
  "--held",
  "mlops-foundation",
  "--goal",
  "architect",
  "--interests",
  "sre,finops",
  "--hours",
  "8",
  "--start",
  "2027-01-04",
];

function expectRoadmapJson(stdout: string) {
  const roadmap = JSON.parse(stdout) as Record<string, unknown>;
  for (const key of ["steps", "alternatives", "warnings", "assumptions"]) {
    expect(Array.isArray(roadmap[key]), key).toBe(true);
  }
  return roadmap;
}

test(
  "the example prints a roadmap and exits 0",
  () => {
    const { status, stdout, stderr } = recommend(...EXAMPLE);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(stdout).toContain("MLOps Professional");
    expect(stdout).toContain("MLOps Advanced");
  },
  TIMEOUT_MS,
);

test(
  "--json prints the roadmap as JSON",
  () => {
    const { status, stdout, stderr } = recommend(...EXAMPLE, "--json");
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const roadmap = expectRoadmapJson(stdout);
    expect((roadmap.steps as unknown[]).length).toBeGreaterThan(0);
  },
  TIMEOUT_MS,
);

test(
  "bad input exits 2 with the reason on stderr and no stack trace",
  () => {
    const pilot = recommend("--role", "pilot");
    expect(pilot.status).toBe(2);
    expect(pilot.stdout).toBe("");
    expect(pilot.stderr).toContain("--role");
    expect(pilot.stderr).toContain("pilot");
    expect(pilot.stderr).not.toContain("    at ");

    const hours = recommend("--role", "sre", "--hours", "abc");
    expect(hours.status).toBe(2);
    expect(hours.stdout).toBe("");
    expect(hours.stderr).toContain("--hours");
    expect(hours.stderr).not.toContain("    at ");
  },
  2 * TIMEOUT_MS,
);

test(
  "--help exits 0",
  () => {
    const { status, stdout, stderr } = recommend("--help");
    expect(status).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain("--role");
  },
  TIMEOUT_MS,
);

test(
  "npm run --silent recommend -- … prints clean JSON, as the README documents",
  () => {
    const { status, stdout, stderr } = spawn("npm", [
      "run",
      "--silent",
      "recommend",
      "--",
      "--role",
      "sre",
      "--json",
      "--start",
      "2027-01-04",
    ]);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const roadmap = expectRoadmapJson(stdout);
    expect((roadmap.steps as { start: string }[])[0]?.start).toBe("2027-01-04");
  },
  TIMEOUT_MS,
);

test(
  "--team over a real process: a table per person, JSON and CSV, exit 2 for rejected rows and unreadable files",
  () => {
    const dir = mkdtempSync(join(tmpdir(), "certpath-team-"));
    try {
      const good = join(dir, "people.csv");
      writeFileSync(good, '\uFEFFname,role,skills\r\nAna Costa,sre,python;cloud\r\n"Lee, Sam",ml-engineer,\r\n');
      const text = spawn("npm", ["run", "--silent", "recommend", "--", "--team", good]);
      expect(text.stderr).toBe("");
      expect(text.status).toBe(0);
      expect(text.stdout).toMatch(/^Ana Costa \(row 2\)/);
      expect(text.stdout).toContain("Lee, Sam (row 3)");

      const mixed = join(dir, "mixed.csv");
      writeFileSync(mixed, "name,role\nAna,sre\nBad,pilot\n");
      const json = recommend("--team", mixed, "--json");
      expect(json.status).toBe(2);
      const out = JSON.parse(json.stdout) as { people: { name: string }[]; rejected: { row: number }[] };
      expect(out.people.map((p) => p.name)).toEqual(["Ana"]);
      expect(out.rejected.map((r) => r.row)).toEqual([3]);
      expect(json.stderr).toContain('Row 3: role: "pilot"');

      const csv = recommend("--team", good, "--csv");
      expect(csv.status).toBe(0);
      expect(csv.stdout.split("\r\n")[0]).toBe(
        "name,role,step,certification_id,certification,start,end,study_hours_min,study_hours_max",
      );

      const binary = join(dir, "binary.csv");
      writeFileSync(binary, Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28]));
      for (const path of [join(dir, "missing.csv"), dir, binary]) {
        const bad = recommend("--team", path);
        expect(bad.status).toBe(2);
        expect(bad.stdout).toBe("");
        expect(bad.stderr.trimEnd().split("\n")).toHaveLength(1);
        expect(bad.stderr).toMatch(/^error: --team /);
        expect(bad.stderr).not.toContain("    at ");
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  6 * TIMEOUT_MS,
);
