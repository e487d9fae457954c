import Papa from "papaparse";
import { expect, test } from "vitest";
import { catalog } from "@/data/catalog";
import { recommend } from "@/lib/recommender/recommend";
import { PLAN_CSV_COLUMNS, csvCell, teamExamsToIcs, teamPlanToCsv } from "@/lib/team/team-export";
import type { PlannedMember } from "@/lib/team/plan-team";
import { EXAMPLE_PROFILE } from "@/lib/profile/example-profile";

const planned = (row: number, name: string, profile = EXAMPLE_PROFILE): PlannedMember => ({
  row,
  name,
  profile,
  roadmap: recommend(profile, catalog),
});

test("a cell that starts like a formula gets a leading ' (OWASP CSV injection)", () => {
  for (const start of ["=", "+", "-", "@", "\t", "\r"]) {
    expect(csvCell(`${start}1+1`).replace(/^"/, "")).toMatch(/^'/);
  }
  expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
  expect(csvCell("Ana")).toBe("Ana");
  expect(csvCell(42)).toBe("42");
  expect(csvCell("a=b")).toBe("a=b");
});

test("commas, quotes, line breaks and edge spaces are quoted (RFC 4180)", () => {
  expect(csvCell("Costa, Ana")).toBe('"Costa, Ana"');
  expect(csvCell('say "hi"')).toBe('"say ""hi"""');
  expect(csvCell("two\nlines")).toBe('"two\nlines"');
  expect(csvCell(" pad")).toBe('" pad"');
});

test("the plan CSV has one row per person and step, with the issue's columns, read back by a CSV parser", () => {
  const people = [planned(2, "Ana Costa"), planned(3, "=cmd|' /C calc'!A0")];
  const csv = teamPlanToCsv(people, catalog);
  expect(csv.split("\r\n")[0]).toBe(PLAN_CSV_COLUMNS.join(","));
  expect(csv.endsWith("\r\n")).toBe(true);
  const { data } = Papa.parse<Record<string, string>>(csv.trim(), { header: true });
  const steps = people[0]!.roadmap.steps;
  expect(data).toHaveLength(steps.length * 2);
  expect(data[0]).toEqual({
    name: "Ana Costa",
    role: "sre",
    step: "1",
    certification_id: steps[0]!.certificationId,
    certification: catalog.certifications.find((c) => c.id === steps[0]!.certificationId)?.shortName,
    start: steps[0]!.start,
    end: steps[0]!.end,
    study_hours_min: String(steps[0]!.studyHours.min),
    study_hours_max: String(steps[0]!.studyHours.max),
  });
  expect(data.at(-1)?.name).toBe("'=cmd|' /C calc'!A0");
  // No cell of the file starts a formula.
  for (const row of data) for (const value of Object.values(row)) expect(value).not.toMatch(/^[=+\-@\t\r]/);
});

test("a person with nothing to plan keeps one row with empty step columns", () => {
  const done = planned(2, "Done", { ...EXAMPLE_PROFILE, goal: "hands-on", interests: [], held: ["mlops-expert"] });
  expect(done.roadmap.steps).toEqual([]);
  expect(teamPlanToCsv([done], catalog).split("\r\n")[1]).toBe("Done,sre,,,,,,,");
});

test("the calendar has one all-day event per person and exam day, on each step's last day", () => {
  const people = [planned(2, "Ana"), planned(3, "Bo, <b>")];
  const ics = teamExamsToIcs(people, catalog, { stamp: "2027-01-04T09:00:00Z", origin: "https://certpath.example" });
  const events = ics.split("BEGIN:VEVENT").length - 1;
  expect(events).toBe(people.reduce((n, p) => n + p.roadmap.steps.length, 0));
  const first = people[0]!.roadmap.steps[0]!;
  const day = first.end.replaceAll("-", "");
  expect(ics).toContain(`DTSTART;VALUE=DATE:${day}`);
  expect(ics).toContain("SUMMARY:Bo\\, <b>: ");
  const unfolded = ics.replaceAll("\r\n ", "");
  expect(unfolded).toContain("URL:https://certpath.example/roadmap?role=sre&years=5");
  // UIDs are unique per person and exam.
  const uids = [...unfolded.matchAll(/^UID:(.*)$/gm)].map((m) => m[1]);
  expect(new Set(uids).size).toBe(uids.length);
});
