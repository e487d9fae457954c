import { expect, test } from "vitest";
import { catalog } from "@/data/catalog";
import { readSharedProfile } from "@/lib/profile/share-link";

const TODAY = "2026-11-30";
const read = (query: string) => readSharedProfile(new URLSearchParams(query), catalog, { today: TODAY });

test("a complete, valid link is read as it is, with nothing assumed and nothing to say", () => {
  const r = read("role=sre&years=5&skills=python&held=&goal=architect&interests=finops&hours=8&start=2027-01-04");
  expect(r).toMatchObject({ ok: true, notices: [], assumed: [] });
  if (r.ok) expect(r.profile).toMatchObject({ role: "sre", years: 5, hours: 8, start: "2027-01-04" });
});

test("only a missing or unknown role blocks the plan, said with the roles by name", () => {
  const unknown = read("role=astronaut&hours=0&start=2027-02-30");
  expect(unknown.ok).toBe(false);
  if (!unknown.ok) {
    expect(unknown.problems[0]).toMatch(/^The link asks for the role “astronaut”, which certpath doesn't know\./);
    expect(unknown.problems[0]).toContain("Engineering Manager");
    expect(unknown.problems[0]).not.toContain("engineering-manager");
  }
  const missing = read("hours=8");
  expect(missing.ok).toBe(false);
  if (!missing.ok) expect(missing.problems[0]).toMatch(/^The link doesn't say which role the roadmap is for\./);
});

test("hours=0 falls back to the default with a plain notice, and hours is marked assumed", () => {
  const r = read("role=sre&hours=0");
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.profile.hours).toBe(5);
  expect(r.notices).toEqual(["The link asks for 0 hours a week; plans need 1 to 60, so this plan uses 5."]);
  expect(r.assumed).toContain("hours");
  expect(r.assumed).not.toContain("role");
});

test("an impossible date, an unknown goal and unknown list items are replaced and each is named", () => {
  const r = read("role=sre&start=2027-02-30&goal=astronaut&skills=python,cobol&held=mlops-foundation,ghost&years=-3");
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.profile).toMatchObject({
    start: TODAY,
    goal: "hands-on",
    skills: ["python"],
    held: ["mlops-foundation"],
    years: 0,
  });
  expect(r.notices).toEqual([
    "The link gives “-3” as years of experience; that must be a whole number from 0 to 50, so this plan assumes 0.",
    "The link lists a skill certpath doesn't know (“cobol”), so this plan leaves it out.",
    "The link lists a certification certpath doesn't know (“ghost”), so this plan leaves it out.",
    "The link asks for the goal “astronaut”, which certpath doesn't know, so this plan assumes “Stay hands-on”.",
    "The link's start date, “2027-02-30”, is not a real date, so this plan starts today, 30 November 2026.",
  ]);
  expect(r.assumed).toEqual(expect.arrayContaining(["years", "goal", "start", "interests", "hours"]));
  expect(r.assumed).not.toContain("skills");
});

test("a start date in the past moves to today, with a notice; today itself is fine", () => {
  const past = read("role=sre&start=2001-01-01");
  expect(past.ok && past.profile.start).toBe(TODAY);
  expect(past.ok && past.notices).toEqual([
    "The link's plan started on 1 January 2001, which has passed, so this plan starts today, 30 November 2026.",
  ]);
  const today = read(`role=sre&start=${TODAY}`);
  expect(today.ok && today.notices).toEqual([]);
  expect(today.ok && today.assumed).not.toContain("start");
});

test("fields the link leaves out are marked assumed", () => {
  const r = read("role=sre");
  expect(r.ok && r.assumed).toEqual(["years", "skills", "held", "goal", "interests", "hours", "start"]);
});

test("markup in a link stays text inside the sentence", () => {
  const r = read(`role=${encodeURIComponent("<script>x</script>")}`);
  expect(!r.ok && r.problems[0]).toContain("“<script>x</script>”");
});
