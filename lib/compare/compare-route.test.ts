import { expect, test } from "vitest";
import { catalog } from "@/data/catalog";
import { compareRoute } from "@/lib/compare/compare-route";

test("settings for the page itself: its view, with the query as the browser writes it", () => {
  expect(compareRoute("certifications", { sort: "level.desc" }, catalog)).toMatchObject({
    view: "certifications",
    state: { sort: { id: "level", desc: true } },
    problems: [],
    query: "sort=level.desc",
  });
  expect(compareRoute("roles", {}, catalog)).toMatchObject({ view: "roles", problems: [], query: "" });
});

test("settings only for the other page: a redirect there, every one of them kept", () => {
  expect(compareRoute("certifications", { "role-sort": "role.desc", "provider-sort": "labs" }, catalog)).toEqual({
    redirect: "/compare/roles?role-sort=role.desc&provider-sort=labs.asc",
  });
  expect(compareRoute("roles", { ids: "mlops-foundation", q: "data" }, catalog)).toEqual({
    redirect: "/compare?ids=mlops-foundation&q=data",
  });
});

test("settings for both pages, or a setting that cannot be used: no redirect, the page names what it could not use", () => {
  expect(compareRoute("certifications", { sort: "name.asc", "role-sort": "role.asc" }, catalog)).toMatchObject({
    view: "certifications",
  });
  const junk = compareRoute("certifications", { "role-sort": "role.asc", track: "moon" }, catalog);
  expect(junk).toMatchObject({ view: "certifications", problems: [expect.stringContaining("moon")] });
});
