/** @vitest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import { expect, test } from "vitest";
import { comparePageLoaded } from "@/components/compare/compare-page";
import RolesPage, { metadata } from "./page";

async function renderPage(searchParams: Record<string, string>) {
  const query = new URLSearchParams(searchParams);
  window.history.replaceState(null, "", `/compare/roles${query.size > 0 ? `?${query}` : ""}`);
  await comparePageLoaded();
  render(await RolesPage({ searchParams: Promise.resolve(searchParams) }));
}

test("title and description", () => {
  expect(metadata.title).toBe("Roles, learning paths and providers");
  expect(metadata.description).toMatch(/each job/);
});

test("the role matrix, the learning paths and the providers, each with its sources; no certifications table", async () => {
  await renderPage({});
  expect(screen.getByRole("heading", { level: 1, name: "Roles, learning paths and providers" })).toBeInTheDocument();
  expect(screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual([
    "By role",
    "Learning paths",
    "Training providers",
  ]);
  expect(screen.getByRole("table", { name: "Recommended certifications by role" })).toBeInTheDocument();
  expect(screen.getByRole("table", { name: "Learning paths" })).toBeInTheDocument();
  expect(screen.getByRole("table", { name: "Training providers" })).toBeInTheDocument();
  expect(screen.queryByRole("table", { name: "All certifications" })).toBeNull();
  expect(screen.getAllByRole("heading", { level: 3, name: "Sources" })).toHaveLength(3);
  const pages = screen.getByRole("navigation", { name: "Compare pages" });
  expect(within(pages).getByRole("link", { name: "Roles, paths, providers" })).toHaveAttribute("aria-current", "page");
  expect(within(pages).getByRole("link", { name: "Certifications" })).toHaveAttribute("href", "/compare");
});

test("the sorts come from the address; a bad one is named", async () => {
  await renderPage({ "role-sort": "role.desc", "path-sort": "colour" });
  const roles = screen.getByRole("table", { name: "Recommended certifications by role" });
  expect(within(roles).getByRole("button", { name: "Role" }).closest("th")).toHaveAttribute("aria-sort", "descending");
  expect(screen.getByText(/Unknown column "colour" in "path-sort"/)).toBeInTheDocument();
});

test("a link that sets only the certifications table goes to /compare", async () => {
  await expect(
    RolesPage({ searchParams: Promise.resolve({ ids: "mlops-foundation,mlops-expert" }) }),
  ).rejects.toMatchObject({ digest: expect.stringContaining("/compare?ids=mlops-foundation,mlops-expert") });
});
