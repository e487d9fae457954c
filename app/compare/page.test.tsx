/** @vitest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import { expect, test } from "vitest";
import { comparePageLoaded } from "@/components/compare/compare-page";
import ComparePage, { metadata } from "./page";

async function renderPage(searchParams: Record<string, string | string[] | undefined>) {
  // The address the page was asked for: the sections read it after hydration (for an offline first visit).
  const query = new URLSearchParams(
    Object.entries(searchParams).flatMap(([k, v]) => [v ?? []].flat().map((x) => [k, x])),
  );
  window.history.replaceState(null, "", `/compare${query.size > 0 ? `?${query}` : ""}`);
  // The sections come with their data as a script of their own (components/compare/compare-page.tsx).
  await comparePageLoaded();
  render(await ComparePage({ searchParams: Promise.resolve(searchParams) }));
}

const sectionHeadings = () => screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent);

test("title and description", () => {
  expect(metadata.title).toBe("Compare certifications");
  expect(metadata.description).toMatch(/side by side/);
});

test("a bare visit opens on the full table, the map and side by side; the role, path and provider tables are a link away", async () => {
  await renderPage({});
  expect(screen.getByRole("heading", { level: 1, name: "Compare certifications" })).toBeInTheDocument();
  expect(sectionHeadings()).toEqual(["All certifications", "The program at a glance", "Side by side"]);
  expect(screen.getByRole("table", { name: "All certifications" })).toBeInTheDocument();
  expect(screen.queryByRole("table", { name: "Recommended certifications by role" })).toBeNull();
  expect(within(screen.getByRole("figure", { name: "Program map" })).getAllByRole("link")).toHaveLength(12);
  const nav = screen.getByRole("navigation", { name: "On this page" });
  expect(within(nav).getByRole("link", { name: "Side by side" })).toHaveAttribute("href", "#side-by-side");
  const pages = screen.getByRole("navigation", { name: "Compare pages" });
  expect(within(pages).getByRole("link", { name: "Certifications" })).toHaveAttribute("aria-current", "page");
  const roles = within(pages).getByRole("link", { name: "Roles, paths, providers" });
  expect(roles).toHaveAttribute("href", "/compare/roles");
  expect(roles).not.toHaveAttribute("aria-current");
});

test("a link made before the split that sorts only a reference table goes to /compare/roles, keeping its sorts", async () => {
  await expect(ComparePage({ searchParams: Promise.resolve({ "role-sort": "role.desc" }) })).rejects.toMatchObject({
    digest: expect.stringContaining("/compare/roles?role-sort=role.desc"),
  });
});

test("a link with settings for both pages stays, and links to the other page with the rest", async () => {
  await renderPage({ sort: "level.desc", "provider-sort": "provider.asc" });
  expect(screen.getByRole("table", { name: "All certifications" })).toBeInTheDocument();
  expect(screen.getByRole("link", { name: "open them there" })).toHaveAttribute(
    "href",
    "/compare/roles?provider-sort=provider.asc",
  );
});

test("?ids= opens straight on the side-by-side view with those certifications chosen", async () => {
  await renderPage({ ids: "mlops-foundation,mlops-advanced" });
  expect(sectionHeadings()[0]).toBe("Side by side");
  expect(screen.getByRole("table", { name: "Side by side: MLOps Foundation, MLOps Advanced" })).toBeInTheDocument();
  expect(screen.getByRole("checkbox", { name: "MLOps Advanced" })).toBeChecked();
});

test("sort and filters from the URL reach the table; unusable settings are listed", async () => {
  await renderPage({ sort: "level.desc", track: "moon", hide: "audience" });
  const table = screen.getByRole("table", { name: "All certifications" });
  expect(within(table).getByRole("button", { name: "Level" }).closest("th")).toHaveAttribute("aria-sort", "descending");
  expect(within(table).queryByRole("button", { name: "Who it is for" })).toBeNull();
  expect(screen.getByText(/could not be used/)).toBeInTheDocument();
  expect(screen.getByText(/Unknown track "moon"/)).toBeInTheDocument();
});
