import { expect, test } from "vitest";
import { catalog } from "@/data/catalog";
import type { Roadmap, Step } from "@/lib/recommender/roadmap-schema";
import { quarterOf, quartersText, teamCoverage } from "@/lib/team/coverage";
import { heaviestText, monthLabel, teamLoad } from "@/lib/team/load";
import { filterPeople, peopleRows, personHref } from "@/lib/team/people-rows";
import { planTeam, type PlannedMember } from "@/lib/team/plan-team";
import type { TeamMember } from "@/lib/team/team-member";
import { recommend } from "@/lib/recommender/recommend";

const profile = (over: Partial<TeamMember["profile"]> = {}): TeamMember["profile"] => ({
  role: "sre",
  years: 0,
  skills: [],
  held: [],
  goal: "hands-on",
  interests: [],
  hours: 5,
  start: "2027-01-04",
  ...over,
});

const step = (certificationId: string, start: string, end: string, hours: number): Step => ({
  certificationId,
  tier: "standard",
  reasons: [{ ruleId: "test", text: "test" }],
  prepDays: { min: 1, max: 1 },
  studyHours: { min: hours, max: hours },
  start,
  end,
});
const roadmap = (...steps: Step[]): Roadmap => ({ steps, alternatives: [], warnings: [], assumptions: [] });
const member = (row: number, name: string, r: Roadmap, held: string[] = []): PlannedMember => ({
  row,
  name,
  profile: profile({ held }),
  roadmap: r,
});

test("planTeam gives each person exactly recommend()'s roadmap, in the team's order", () => {
  const people: TeamMember[] = [
    { row: 2, name: "A", profile: profile() },
    { row: 3, name: "B", profile: profile({ role: "data-scientist", goal: "architect", hours: 10 }) },
  ];
  const planned = planTeam(people, catalog);
  expect(planned.map((p) => p.name)).toEqual(["A", "B"]);
  expect(planned[1]?.roadmap).toEqual(recommend(people[1]!.profile, catalog));
});

test("quarters: January–March is Q1, October–December Q4", () => {
  expect(["2027-01-01", "2027-03-31", "2027-04-01", "2027-12-31"].map(quarterOf)).toEqual([
    "2027 Q1",
    "2027 Q1",
    "2027 Q2",
    "2027 Q4",
  ]);
});

test("coverage counts held and planned per certification, and when the planned pass by quarter", () => {
  const people = [
    member(2, "A", roadmap(step("mlops-foundation", "2027-01-04", "2027-02-10", 40)), ["dataops-foundation"]),
    member(3, "B", roadmap(step("mlops-foundation", "2027-03-01", "2027-03-31", 40)), ["dataops-foundation"]),
    member(4, "C", roadmap(step("mlops-foundation", "2027-04-01", "2027-05-01", 40)), ["mlops-foundation"]),
  ];
  const rows = teamCoverage(people, catalog);
  expect(rows).toHaveLength(catalog.certifications.length);
  const foundation = rows.find((r) => r.id === "mlops-foundation");
  expect(foundation).toMatchObject({ held: 1, planned: 3 });
  expect(quartersText(foundation!.byQuarter)).toBe("2027 Q1: 2, 2027 Q2: 1");
  expect(rows.find((r) => r.id === "dataops-foundation")).toMatchObject({ held: 2, planned: 0, byQuarter: [] });
  expect(foundation?.name).toBe(catalog.certifications.find((c) => c.id === "mlops-foundation")?.shortName);
});

test("load spreads each step's hours over its days, month by month, and the months add up", () => {
  // 31 days in January and 28 in February: 59 days, 59 hours, one a day.
  const people = [
    member(2, "A", roadmap(step("mlops-foundation", "2027-01-01", "2027-02-28", 59))),
    // 10 hours over 10 days in April; March is empty but stays in as zero.
    member(3, "B", roadmap(step("mlops-foundation", "2027-04-01", "2027-04-10", 10))),
  ];
  const load = teamLoad(people);
  expect(load.months.map((m) => [m.month, Math.round(m.hours * 1000) / 1000, m.people])).toEqual([
    ["2027-01", 31, 1],
    ["2027-02", 28, 1],
    ["2027-03", 0, 0],
    ["2027-04", 10, 1],
  ]);
  expect(load.totalHours).toBe(69);
  expect(load.heaviest?.month).toBe("2027-01");
  expect(heaviestText(load)).toBe("January 2027 is the heaviest month: about 31 study hours across 1 person.");
});

test("two people in one month count as two, and the heaviest month is the one with most hours", () => {
  const people = [
    member(2, "A", roadmap(step("mlops-foundation", "2027-05-01", "2027-05-31", 30))),
    member(3, "B", roadmap(step("mlops-foundation", "2027-05-10", "2027-05-19", 30))),
    member(4, "C", roadmap(step("mlops-foundation", "2027-06-01", "2027-06-30", 50))),
  ];
  const load = teamLoad(people);
  expect(load.heaviest).toMatchObject({ month: "2027-05", people: 2 });
  expect(Math.round(load.heaviest!.hours)).toBe(60);
  expect(heaviestText(load)).toMatch(/^May 2027 is the heaviest month: about 60 study hours across 2 people\.$/);
});

test("a team with nothing planned has no months and says so", () => {
  const load = teamLoad([member(2, "A", roadmap())]);
  expect(load).toEqual({ months: [], heaviest: null, totalHours: 0 });
  expect(heaviestText(load)).toMatch(/Nobody/);
  expect(monthLabel("2027-12", true)).toBe("Dec 2027");
});

test("people rows: next certification, totals, end, share link and duplicate warnings", () => {
  const people = [
    member(
      2,
      "Ana",
      roadmap(
        step("mlops-foundation", "2027-01-04", "2027-02-10", 40),
        step("mlops-professional", "2027-02-11", "2027-04-01", 80),
      ),
    ),
    member(3, "ana", roadmap()),
  ];
  const [a, b] = peopleRows(people, catalog);
  expect(a).toMatchObject({
    id: "2",
    name: "Ana",
    role: "Site Reliability Engineer (SRE)",
    next: { id: "mlops-foundation", start: "2027-01-04", end: "2027-02-10" },
    steps: 2,
    hours: { min: 120, max: 120 },
    end: "2027-04-01",
    warnings: ["Same name as row 3."],
  });
  expect(personHref(a!)).toBe("/roadmap?role=sre&years=0&goal=hands-on&hours=5&start=2027-01-04");
  expect(b).toMatchObject({ next: null, steps: 0, end: null, warnings: ["Same name as row 2."] });
});

test("the filter matches every word in name, role or next certification, ignoring case", () => {
  const rows = peopleRows(
    [
      member(2, "Ana Costa", roadmap(step("mlops-foundation", "2027-01-04", "2027-02-10", 40))),
      member(3, "Bo", roadmap()),
    ],
    catalog,
  );
  expect(filterPeople(rows, "").map((r) => r.name)).toEqual(["Ana Costa", "Bo"]);
  expect(filterPeople(rows, "costa ANA").map((r) => r.name)).toEqual(["Ana Costa"]);
  expect(filterPeople(rows, "reliability bo").map((r) => r.name)).toEqual(["Bo"]);
  expect(filterPeople(rows, "foundation").map((r) => r.name)).toEqual(["Ana Costa"]);
  expect(filterPeople(rows, "nobody")).toEqual([]);
});

test("month labels use the app's own month names: September is Sep, as on every other page", () => {
  expect(monthLabel("2027-09")).toBe("September 2027");
  expect(monthLabel("2027-09", true)).toBe("Sep 2027");
});
