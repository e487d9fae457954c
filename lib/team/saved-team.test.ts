import { expect, test } from "vitest";
import { catalog } from "@/data/catalog";
import { EXAMPLE_PROFILE } from "@/lib/profile/example-profile";
import { restoreTeam } from "@/lib/team/saved-team";
import { MAX_TEAM_PEOPLE } from "@/lib/team/team-member";

const ana = { row: 2, name: "Ana", profile: EXAMPLE_PROFILE };

test("a valid saved team comes back as it was", () => {
  expect(restoreTeam({ people: [ana] }, catalog)).toEqual({ state: { people: [ana] }, reset: [] });
  expect(restoreTeam(undefined, catalog)).toEqual({ state: { people: [] }, reset: [] });
});

test("junk is dropped with a message, never a throw", () => {
  for (const junk of ["text", 42, [], { people: "x" }, { people: null }, true]) {
    const { state, reset } = restoreTeam(junk, catalog);
    expect(state.people).toEqual([]);
    expect(reset).toEqual(["the saved team could not be read, so it was cleared"]);
  }
});

test("each person is checked: invalid, unknown ids and repeated rows are dropped and counted", () => {
  const people = [
    ana,
    { ...ana, row: 3, name: "" },
    { ...ana, row: 4, profile: { ...EXAMPLE_PROFILE, role: "pilot" } },
    { ...ana, row: 5, profile: { ...EXAMPLE_PROFILE, held: ["gone"] } },
    { ...ana, name: "Copy" },
    { ...ana, row: 6, extra: 1 },
    "junk",
    { ...ana, row: 7, name: "Bo" },
  ];
  const { state, reset } = restoreTeam({ people }, catalog);
  expect(state.people.map((p) => p.name)).toEqual(["Ana", "Bo"]);
  expect(reset).toEqual(["6 saved people could not be read and were dropped"]);
  expect(restoreTeam({ people: [ana, "junk"] }, catalog).reset).toEqual([
    "1 saved person could not be read and was dropped",
  ]);
});

test("past the limit, the rest is dropped with a message", () => {
  const people = Array.from({ length: MAX_TEAM_PEOPLE + 2 }, (_, i) => ({ ...ana, row: i + 2 }));
  const { state, reset } = restoreTeam({ people }, catalog);
  expect(state.people).toHaveLength(MAX_TEAM_PEOPLE);
  expect(reset).toEqual(["2 saved people past the limit of 5,000 were dropped"]);
});
