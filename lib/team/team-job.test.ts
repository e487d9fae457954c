import { expect, test } from "vitest";
import { catalog } from "@/data/catalog";
import { recommend } from "@/lib/recommender/recommend";
import { teamCoverage } from "@/lib/team/coverage";
import { teamLoad } from "@/lib/team/load";
import { peopleRows } from "@/lib/team/people-rows";
import { planTeam, teamRoadmap } from "@/lib/team/plan-team";
import { parseTeamCsv } from "@/lib/team/team-csv";
import { syntheticTeam } from "@/lib/team/synthetic-team";
import {
  plannedMember,
  plannedTeam,
  runTeamJob,
  warmUpJob,
  WARM_UP_PEOPLE,
  type TeamJob,
  type TeamJobProgress,
  type TeamJobResult,
} from "@/lib/team/team-job";
import { TEAM_CSV_TEMPLATE, duplicateNotes, rejectionText } from "@/lib/team/team-member";

const TODAY = "2027-01-04";
const csvJob = (text: string): TeamJob => ({ kind: "csv", text, known: catalog, today: TODAY, catalog });

function ok(result: TeamJobResult) {
  if (!result.ok) throw new Error(`expected a plan, got: ${result.error}`);
  return result;
}

const CSV = [
  TEAM_CSV_TEMPLATE.trimEnd(),
  "Bo,ml-engineer,,,,,,,2027-03-01",
  "Row four,astronaut,,,,,,,",
  "ana costa,sre,5,python;cloud,mlops-foundation,architect,sre;finops,8,2027-01-04",
  "Cy,sre,,,,,,,2027-03-01",
].join("\r\n");

test("a CSV job reads the file as parseTeamCsv does, and plans and sums up everyone as the page would", () => {
  const result = ok(runTeamJob(csvJob(CSV)));
  const read = parseTeamCsv(CSV, catalog, TODAY);
  if (!read.ok) throw new Error(read.error);
  expect(result.people).toEqual(read.people);
  expect(result.rejected).toEqual(read.rejected.map(rejectionText));
  expect(result.rejected).toEqual([expect.stringMatching(/^Row 5: role: "astronaut"/)]);
  expect(result.notes).toEqual([...read.notes, ...duplicateNotes(read.people)]);
  expect(result.notes).toEqual([expect.stringContaining("Rows 2 and 6 have the same name")]);

  const planned = planTeam(read.people, catalog);
  expect(result.view.rows).toEqual(peopleRows(planned, catalog));
  expect(result.view.coverage).toEqual(teamCoverage(planned, catalog));
  expect(result.view.load).toEqual(teamLoad(planned));
  // Each person's plan, as the page asks for it, is the team's part of exactly recommend()'s roadmap for them.
  expect(result.view.rows).toHaveLength(read.people.length);
  result.people.forEach((person, i) => {
    expect(plannedMember(result.people, i, catalog)).toEqual({
      ...person,
      roadmap: teamRoadmap(recommend(person.profile, catalog)),
    });
  });
  expect(plannedTeam(result.people, catalog)).toEqual(
    result.people.map((_, i) => plannedMember(result.people, i, catalog)),
  );
  expect(plannedTeam(result.people, catalog).map((p) => p.name)).toEqual([
    "Ana Costa",
    "Lee, Sam",
    "Bo",
    "ana costa",
    "Cy",
  ]);
});

test("the team's part of a roadmap keeps steps' ids, dates and hours and the warnings, not the reasons", () => {
  const roadmap = recommend({ ...ok(runTeamJob(csvJob(CSV))).people[0]!.profile, hours: 1 }, catalog);
  const kept = teamRoadmap(roadmap);
  expect(kept.warnings).toEqual(roadmap.warnings);
  expect(kept.steps).toEqual(roadmap.steps.map(({ reasons: _reasons, ...step }) => step));
  expect(JSON.stringify(kept)).not.toContain("ruleId");
});

test("people with the same answers are planned once and share one plan", () => {
  const same = "name,role,hours,start\nA,sre,4,2027-01-04\nB,sre,4,2027-01-04\nC,sre,5,2027-01-04\n";
  const planned = planTeam(ok(runTeamJob(csvJob(same))).people, catalog);
  expect(planned[0]?.roadmap).toBe(planned[1]?.roadmap);
  expect(planned[2]?.roadmap).not.toBe(planned[0]?.roadmap);
  expect(planned[2]?.roadmap).toEqual(recommend(planned[2]!.profile, catalog));
});

test("a saved team is planned as the same people read from a file", () => {
  const fromFile = ok(runTeamJob(csvJob(CSV)));
  const saved = ok(runTeamJob({ kind: "people", people: fromFile.people, catalog }));
  expect(saved.view).toEqual(fromFile.view);
  expect(saved.rejected).toEqual([]);
  expect(saved.notes).toEqual([]);
});

test("progress: reading first, then people planned so far, up to everyone", () => {
  const rows = Array.from({ length: 600 }, (_, i) => `P${i},sre,${i % 30},,,,,${1 + (i % 40)},2027-01-04`);
  const heard: TeamJobProgress[] = [];
  ok(
    runTeamJob(csvJob(["name,role,years,skills,held,goal,interests,hours,start", ...rows].join("\n")), (p) =>
      heard.push(p),
    ),
  );
  expect(heard[0]).toEqual({ phase: "reading" });
  const planning = heard.slice(1);
  expect(planning.every((p) => p.phase === "planning" && p.total === 600)).toBe(true);
  const done = planning.map((p) => (p.phase === "planning" ? p.done : NaN));
  expect(done).toEqual([...done].sort((a, b) => a - b));
  expect(done[0]).toBe(0);
  expect(done.at(-1)).toBe(600);
  expect(done.length).toBeGreaterThan(2);
});

test("a file refused whole comes back as its message, with nothing planned", () => {
  const result = runTeamJob(csvJob("name,years\nAna,3\n"));
  expect(result).toEqual({ ok: false, error: expect.stringContaining('no "role" column') });
});

test("asking for a person the team does not have is an error, not a made-up plan", () => {
  const { people } = ok(runTeamJob(csvJob(CSV)));
  expect(() => plannedMember(people, people.length, catalog)).toThrow(RangeError);
});

test("the warm-up job reads and plans its whole made-up team, rejecting no one", () => {
  const job = warmUpJob(catalog, catalog, TODAY);
  const result = ok(runTeamJob(job));
  expect(result.people).toEqual(syntheticTeam(WARM_UP_PEOPLE, catalog, TODAY));
  expect(result.rejected).toEqual([]);
  expect(result.view.rows.filter((r) => r.steps > 0).length).toBeGreaterThan(WARM_UP_PEOPLE / 2);
});
