import { expect, test } from "vitest";
import {
  anchorElsewhere,
  COMPARE_PATHS,
  COMPARE_SECTION_IDS,
  otherCompareView,
  ROLES_QUERY_KEY,
} from "@/lib/compare/compare-pages";
import { compareRoute } from "@/lib/compare/compare-route";
import { compareStateToQuery, DEFAULT_COMPARE_STATE } from "@/lib/compare/compare-state";

test("an anchor of a section that moved to the other page goes there, with the anchor and a query that sets it up", () => {
  expect(anchorElsewhere("certifications", "", "#providers")).toBe("/compare/roles#providers");
  expect(anchorElsewhere("certifications", "?sort=level.asc&role-sort=role.desc", "#roles")).toBe(
    "/compare/roles?sort=level.asc&role-sort=role.desc#roles",
  );
  expect(anchorElsewhere("roles", "?ids=a,b", "#side-by-side")).toBe("/compare?ids=a,b#side-by-side");
  // A query for the page being left only would come straight back with the anchor (a redirect keeps it): dropped.
  expect(anchorElsewhere("certifications", "?sort=level.desc", "#providers")).toBe("/compare/roles#providers");
  expect(anchorElsewhere("roles", "?role-sort=role.desc", "#program-map")).toBe("/compare#program-map");
  for (const view of ["certifications", "roles"] as const)
    for (const id of COMPARE_SECTION_IDS[otherCompareView(view)])
      expect(anchorElsewhere(view, "", `#${id}`)).toBe(`${COMPARE_PATHS[otherCompareView(view)]}#${id}`);
});

test("the page's own anchors, no anchor, and unknown or odd ones stay where they are", () => {
  for (const view of ["certifications", "roles"] as const)
    for (const id of COMPARE_SECTION_IDS[view]) expect(anchorElsewhere(view, "", `#${id}`)).toBeNull();
  expect(anchorElsewhere("certifications", "?role-sort=role.desc", "")).toBeNull();
  expect(anchorElsewhere("certifications", "", "#")).toBeNull();
  expect(anchorElsewhere("certifications", "", "#main")).toBeNull();
  expect(anchorElsewhere("certifications", "", "#%E0%A4%A")).toBeNull();
});

test("the roles page's query keys are the only ones its tables' state writes, and never bounce back", () => {
  const query = compareStateToQuery({
    ...DEFAULT_COMPARE_STATE,
    roleSort: { id: "role", desc: true },
    pathSort: { id: "path", desc: true },
    providerSort: { id: "provider", desc: true },
  });
  expect([...new URLSearchParams(query).keys()].sort()).toEqual(Object.values(ROLES_QUERY_KEY).sort());
  // Whatever query an old anchor link carries, the page it is sent to keeps it (no redirect straight back).
  for (const search of ["", "?sort=level.desc", "?role-sort=role.desc", "?sort=level.desc&role-sort=role.desc"])
    for (const view of ["certifications", "roles"] as const)
      for (const id of COMPARE_SECTION_IDS[otherCompareView(view)]) {
        const target = new URL(anchorElsewhere(view, search, `#${id}`)!, "http://x");
        expect(compareRoute(otherCompareView(view), target.searchParams)).not.toHaveProperty("redirect");
      }
});
