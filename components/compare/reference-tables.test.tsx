/** @vitest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, expect, test } from "vitest";
import { PathsTable } from "@/components/compare/paths-table";
import { ProvidersTable } from "@/components/compare/providers-table";
import { RoleMatrix } from "@/components/compare/role-matrix";
import { catalog } from "@/data/catalog";
import { pathRows, providerRows, ROLE_COLUMNS, roleMatrix } from "@/lib/compare/reference-tables";
import { sortByValue } from "@/lib/compare/sort-values";

beforeEach(() => {
  window.history.replaceState(null, "", "/compare");
});

const rowNames = (table: HTMLElement) =>
  within(table)
    .getAllByRole("rowheader")
    .map((th) => th.textContent);

test("role matrix: each role links to the questionnaire with that role chosen", () => {
  render(<RoleMatrix rows={roleMatrix(catalog)} initialSort={null} />);
  const table = screen.getByRole("table", { name: "Recommended certifications by role" });
  expect(within(table).getByRole("link", { name: "Site Reliability Engineer (SRE)" })).toHaveAttribute(
    "href",
    "/assess?role=sre",
  );
  const sreRow = within(table).getByRole("rowheader", { name: "Site Reliability Engineer (SRE)" }).closest("tr");
  expect(within(sreRow!).getByRole("link", { name: "MLOps Advanced" })).toHaveAttribute(
    "href",
    "/levels/mlops-advanced",
  );
});

test("role matrix sorts by every column both ways and keeps the sort in role-sort", async () => {
  const user = userEvent.setup();
  const rows = roleMatrix(catalog);
  render(<RoleMatrix rows={rows} initialSort={null} />);
  const table = screen.getByRole("table", { name: "Recommended certifications by role" });
  for (const column of ROLE_COLUMNS) {
    for (const dir of ["asc", "desc"] as const) {
      await user.click(within(table).getByRole("button", { name: column.label }));
      expect(rowNames(table)).toEqual(sortByValue(rows, column.sortValue, dir).map((r) => r.name));
      expect(new URLSearchParams(window.location.search).get("role-sort")).toBe(`${column.id}.${dir}`);
      expect(within(table).getByRole("button", { name: column.label }).closest("th")).toHaveAttribute(
        "aria-sort",
        dir === "asc" ? "ascending" : "descending",
      );
    }
  }
});

test("learning paths: sortable, certifications linked in order, sort kept in path-sort", async () => {
  const user = userEvent.setup();
  window.history.replaceState(null, "", "/compare?path-sort=path.desc");
  render(<PathsTable rows={pathRows(catalog)} initialSort={{ id: "path", desc: true }} />);
  const table = screen.getByRole("table", { name: "Learning paths" });
  expect(rowNames(table)[0]).toBe("SRE path");
  await user.click(within(table).getByRole("button", { name: "Certifications, in order" }));
  expect(rowNames(table).at(-1)).toBe("MLOps path");
  expect(new URLSearchParams(window.location.search).get("path-sort")).toBe("certifications.asc");
});

test("providers: yes/no columns sort, and the sort is kept in provider-sort", async () => {
  const user = userEvent.setup();
  render(<ProvidersTable rows={providerRows(catalog)} initialSort={null} />);
  const table = screen.getByRole("table", { name: "Training providers" });
  const hosts = within(table).getByRole("button", { name: "Hosts the program" });
  await user.click(hosts);
  await user.click(hosts);
  expect(rowNames(table)[0]).toBe("AIOpsSchool");
  expect(new URLSearchParams(window.location.search).get("provider-sort")).toBe("hosts.desc");
  expect(screen.getByText("Sorted by Hosts the program, descending")).toBeInTheDocument();
});

test("the reference tables write their own keys without disturbing the others", async () => {
  const user = userEvent.setup();
  window.history.replaceState(null, "", "/compare?ids=mlops-foundation,mlops-expert&sort=level.asc");
  render(<ProvidersTable rows={providerRows(catalog)} initialSort={null} />);
  await user.click(screen.getByRole("button", { name: "Provider" }));
  expect(window.location.search).toBe("?ids=mlops-foundation,mlops-expert&sort=level.asc&provider-sort=provider.asc");
});

test("opened offline from a cached /compare, a reference table follows the address's sort", () => {
  window.history.replaceState(null, "", "/compare?role-sort=role.desc");
  render(<RoleMatrix rows={roleMatrix(catalog)} initialSort={null} />);
  const header = screen.getAllByRole("columnheader").find((th) => th.textContent?.startsWith("Role"));
  expect(header).toHaveAttribute("aria-sort", "descending");
});
