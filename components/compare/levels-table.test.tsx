/** @vitest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, expect, test } from "vitest";
import { LevelsTable } from "@/components/compare/levels-table";
import { catalog } from "@/data/catalog";
import {
  compareStateFromQuery,
  compareStateToQuery,
  DEFAULT_COMPARE_STATE,
  type CompareState,
} from "@/lib/compare/compare-state";
import { LEVEL_COLUMNS, levelFilterOptions, levelRows, sortLevelRows } from "@/lib/compare/level-rows";

const rows = levelRows(catalog);
const options = levelFilterOptions(catalog);
/** Every column shown (`hide=none`), as the tests of every column need. */
const ALL_SHOWN: CompareState = { ...DEFAULT_COMPARE_STATE, hide: [] };

/** Renders the table as the server would for the address of `state` (the address says the same). */
function renderTable(state: CompareState = DEFAULT_COMPARE_STATE) {
  const query = compareStateToQuery(state);
  window.history.replaceState(null, "", query ? `/compare?${query}` : "/compare");
  const { sort, q, track, path, hide } = state;
  return render(
    <LevelsTable rows={rows} tracks={options.tracks} paths={options.paths} initial={{ sort, q, track, path, hide }} />,
  );
}

beforeEach(() => {
  window.history.replaceState(null, "", "/compare");
});

const table = () => screen.getByRole("table", { name: "All certifications" });
/** Row ids in display order, read from each row header's link. */
// Plain DOM queries over the table's own structure (th[scope=row] links, th > button): getByRole walks the
// accessibility tree of the whole table each time, which made the every-column test take over a minute.
const rowIds = () =>
  [...table().querySelectorAll("tbody th[scope=row] a")].map((a) => a.getAttribute("href")?.replace("/levels/", ""));
const columnHeader = (label: string) =>
  [...table().querySelectorAll("thead th")].find(
    (th) => th.querySelector("button")?.textContent?.replace(/[▲▼↕]/g, "") === label,
  );
const sortButton = (label: string) => {
  const button = columnHeader(label)?.querySelector("button");
  if (!button) throw new Error(`No sort button "${label}"`);
  return button;
};
const query = () => new URLSearchParams(window.location.search);

test("every column sorts both ways: aria-sort follows and rows take lib's order", async () => {
  const user = userEvent.setup();
  renderTable(ALL_SHOWN);
  expect(rowIds()).toEqual(rows.map((r) => r.id));
  for (const column of LEVEL_COLUMNS) {
    await user.click(sortButton(column.label));
    expect(columnHeader(column.label)).toHaveAttribute("aria-sort", "ascending");
    expect(rowIds(), `${column.id} ascending`).toEqual(sortLevelRows(rows, column.id, "asc").map((r) => r.id));
    expect(query().get("sort")).toBe(`${column.id}.asc`);

    await user.click(sortButton(column.label));
    expect(columnHeader(column.label)).toHaveAttribute("aria-sort", "descending");
    expect(rowIds(), `${column.id} descending`).toEqual(sortLevelRows(rows, column.id, "desc").map((r) => r.id));
    expect(query().get("sort")).toBe(`${column.id}.desc`);

    const others = within(table())
      .getAllByRole("columnheader")
      .filter((th) => th !== columnHeader(column.label));
    expect(others.every((th) => th.getAttribute("aria-sort") === "none")).toBe(true);
  }
});

test("the Level column is ordinal: Foundation < Professional < Advanced < Expert, not alphabetical", async () => {
  const user = userEvent.setup();
  renderTable({ ...DEFAULT_COMPARE_STATE, track: null });
  await user.click(sortButton("Level"));
  const levels = ["mlops-foundation", "mlops-professional", "mlops-advanced", "mlops-expert"];
  expect(rowIds().filter((id) => id && levels.includes(id))).toEqual(levels);
  // Neighbours fall in after the level they follow; the entry point with no level comes last.
  expect(rowIds().indexOf("dataops-professional")).toBe(1);
  expect(rowIds().at(-1)).toBe("dataops-foundation");
  await user.click(sortButton("Level"));
  expect(rowIds().filter((id) => id && levels.includes(id))).toEqual([...levels].reverse());
  expect(rowIds().at(-1)).toBe("dataops-foundation");

  // By name the same four read alphabetically, which is not their order.
  await user.click(sortButton("Certification"));
  expect(rowIds().filter((id) => id && levels.includes(id))).toEqual([
    "mlops-advanced",
    "mlops-expert",
    "mlops-foundation",
    "mlops-professional",
  ]);
});

test("keyboard: focus a header button and press Enter, then Space", async () => {
  const user = userEvent.setup();
  renderTable(ALL_SHOWN);
  const button = sortButton("Preparation time");
  button.focus();
  await user.keyboard("{Enter}");
  expect(columnHeader("Preparation time")).toHaveAttribute("aria-sort", "ascending");
  await user.keyboard(" ");
  expect(columnHeader("Preparation time")).toHaveAttribute("aria-sort", "descending");
  expect(screen.getByText("Sorted by Preparation time, descending")).toBeInTheDocument();
});

test("tab reaches the scroll region and every sort button in order", async () => {
  const user = userEvent.setup();
  renderTable();
  const region = screen.getByRole("region", { name: "All certifications" });
  region.focus();
  await user.tab();
  expect(sortButton("Certification")).toHaveFocus();
  await user.tab();
  expect(sortButton("Track")).toHaveFocus();
});

test("filter text matches any visible cell and updates the count and the URL", async () => {
  const user = userEvent.setup();
  renderTable();
  expect(screen.getByRole("status")).toHaveTextContent(`Showing ${rows.length} of ${rows.length} certifications`);
  await user.type(screen.getByRole("searchbox", { name: "Filter" }), "kubernetes");
  expect(rowIds()).toEqual(rows.filter((r) => JSON.stringify(r).toLowerCase().includes("kubernetes")).map((r) => r.id));
  expect(screen.getByRole("status")).toHaveTextContent(`Showing ${rowIds().length} of ${rows.length}`);
  expect(query().get("q")).toBe("kubernetes");

  await user.clear(screen.getByRole("searchbox", { name: "Filter" }));
  await user.type(screen.getByRole("searchbox", { name: "Filter" }), "zzz no match");
  expect(screen.getByRole("cell", { name: /No certification matches these filters/ })).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Clear filters" }));
  expect(rowIds()).toHaveLength(rows.length);
  expect(query().has("q")).toBe(false);
});

test("track and learning-path selects filter the rows", async () => {
  const user = userEvent.setup();
  renderTable();
  await user.selectOptions(screen.getByRole("combobox", { name: "Track" }), "Leadership");
  expect(rowIds()).toEqual(["ai-strategy", "principal-mlops-architect", "cto-infrastructure-program"]);
  expect(query().get("track")).toBe("leadership");

  await user.selectOptions(screen.getByRole("combobox", { name: "Track" }), "All tracks");
  await user.selectOptions(screen.getByRole("combobox", { name: "Learning path" }), "SRE path");
  expect(rowIds()).toEqual(["mlops-professional", "mlops-advanced"]);
  expect(query().get("path")).toBe("sre");
  expect(query().has("track")).toBe(false);
});

test("the Columns menu hides and shows columns, and hidden columns leave the URL and the filter", async () => {
  const user = userEvent.setup();
  renderTable(ALL_SHOWN);
  await user.click(screen.getByText("Columns"));
  const menu = screen.getByRole("group", { name: "Show these columns" });
  expect(within(menu).queryByRole("checkbox", { name: "Certification" })).toBeNull();

  await user.click(within(menu).getByRole("checkbox", { name: "Skills covered" }));
  expect(within(table()).queryByRole("button", { name: "Skills covered" })).toBeNull();
  expect(query().get("hide")).toBe("skills");

  await user.click(within(menu).getByRole("checkbox", { name: "Who it is for" }));
  expect(query().get("hide")).toBe("audience,skills");
  expect(within(table()).getAllByRole("columnheader")).toHaveLength(LEVEL_COLUMNS.length - 2);

  // A word only in the hidden "Who it is for" column no longer matches.
  await user.type(screen.getByRole("searchbox", { name: "Filter" }), "newcomers");
  expect(rowIds()).toEqual([]);

  await user.click(within(menu).getByRole("checkbox", { name: "Who it is for" }));
  expect(rowIds()).toEqual(["mlops-foundation"]);
  expect(within(table()).getByRole("button", { name: "Who it is for" })).toBeInTheDocument();
  expect(query().get("hide")).toBe("skills");
});

test("URL state round trip: a shared query opens the same view, and the view writes the same query back", async () => {
  const user = userEvent.setup();
  const shared = "q=mlops&track=leadership&sort=level.desc&hide=audience,projects";
  window.history.replaceState(null, "", `/compare?${shared}`);
  const { state, problems } = compareStateFromQuery(new URLSearchParams(shared), catalog);
  expect(problems).toEqual([]);
  renderTable(state);

  expect(columnHeader("Level")).toHaveAttribute("aria-sort", "descending");
  expect(screen.getByRole("searchbox", { name: "Filter" })).toHaveValue("mlops");
  expect(screen.getByRole("combobox", { name: "Track" })).toHaveValue("leadership");
  expect(within(table()).queryByRole("button", { name: "Projects" })).toBeNull();
  expect(rowIds()).toEqual(
    sortLevelRows(rows, "level", "desc")
      .filter((r) => r.trackId === "leadership")
      .map((r) => r.id),
  );

  await user.click(sortButton("Level"));
  await user.click(sortButton("Level"));
  expect(window.location.search).toBe(`?${shared}`);
});

const headerLabels = () =>
  within(table())
    .getAllByRole("columnheader")
    .map((th) => th.textContent ?? "");
const SHARED = ["Preparation time", "Study hours (standard plan)", "Validity", "Cost"];

test("columns every certification shares are hidden by default, named in one line, and offered in Columns", async () => {
  const user = userEvent.setup();
  renderTable();
  for (const label of SHARED)
    expect(
      headerLabels().some((h) => h.startsWith(label)),
      label,
    ).toBe(false);
  const line = screen.getByTestId("shared-columns");
  expect(line).toHaveTextContent("Preparation time: 7–60 days for all 12 (certpath's estimate for 9).");
  expect(line).toHaveTextContent("Validity: 2–3 years for the 4 that state one.");
  expect(line).toHaveTextContent("Cost: Not published in the guide for all 12.");

  await user.click(screen.getByText("Columns"));
  const menu = screen.getByRole("group", { name: "Show these columns" });
  expect(within(menu).getByRole("checkbox", { name: "Preparation time" })).not.toBeChecked();
  await user.click(within(menu).getByRole("checkbox", { name: "Preparation time" }));
  expect(within(table()).getByRole("button", { name: "Preparation time" })).toBeInTheDocument();
  expect(query().get("hide")).toBe("hours,validity,cost");
  expect(screen.getByTestId("shared-columns")).not.toHaveTextContent("Preparation time");

  // Back to the default: the address says nothing about columns again.
  await user.click(within(menu).getByRole("checkbox", { name: "Preparation time" }));
  expect(query().has("hide")).toBe(false);
});

test("hide=none shows every column and no shared-columns line; an explicit hide list is kept as given", () => {
  renderTable(compareStateFromQuery(new URLSearchParams("hide=none"), catalog).state);
  expect(within(table()).getAllByRole("columnheader")).toHaveLength(LEVEL_COLUMNS.length);
  expect(screen.queryByTestId("shared-columns")).toBeNull();
});

test("an old link hiding other columns shows the shared ones it did not hide", () => {
  renderTable(compareStateFromQuery(new URLSearchParams("hide=audience"), catalog).state);
  expect(within(table()).queryByRole("button", { name: "Who it is for" })).toBeNull();
  expect(within(table()).getByRole("button", { name: "Validity" })).toBeInTheDocument();
});

test("Recommended order is explained while its column shows", async () => {
  const user = userEvent.setup();
  renderTable();
  expect(screen.getByText(/Recommended order is the order the guide suggests/)).toBeInTheDocument();
  await user.click(screen.getByText("Columns"));
  await user.click(screen.getByRole("checkbox", { name: "Recommended order" }));
  expect(screen.queryByText(/Recommended order is the order the guide suggests/)).toBeNull();
});

test("Escape closes the Columns menu and returns focus to its button", async () => {
  const user = userEvent.setup();
  renderTable();
  const summary = screen.getByText("Columns");
  await user.click(summary);
  const details = summary.closest("details");
  expect(details).toHaveAttribute("open");
  await user.click(screen.getByRole("checkbox", { name: "Track" }));
  await user.keyboard("{Escape}");
  expect(details).not.toHaveAttribute("open");
  expect(summary).toHaveFocus();
});

test("long list cells show two items and the rest behind 'N more', rendered when opened", async () => {
  const user = userEvent.setup();
  renderTable();
  const foundation = rows.find((r) => r.id === "mlops-foundation");
  const skills = foundation?.skills ?? [];
  expect(skills.length).toBeGreaterThan(3);
  const row = within(table())
    .getAllByRole("row")
    .find((tr) => within(tr).queryByRole("link", { name: foundation?.name })) as HTMLElement;
  const summary = [...row.querySelectorAll("summary")].find((el) => el.textContent?.endsWith("more skills"));
  if (!summary) throw new Error("No 'more skills' summary in the Foundation row");
  expect(summary).toHaveTextContent(`${skills.length - 2} more skills`);
  const last = skills[skills.length - 1] ?? "";
  expect(within(row).getByText(skills[0] ?? "")).toBeInTheDocument();
  expect(within(row).queryByText(last)).toBeNull();
  await user.click(summary);
  expect(within(row).getByText(last)).toBeInTheDocument();
});

test("opened offline from a cached /compare, the table follows the address's sort, filter and columns", () => {
  window.history.replaceState(null, "", "/compare?sort=level.desc&track=leadership&hide=none");
  const { sort, q, track, path, hide } = DEFAULT_COMPARE_STATE;
  render(
    <LevelsTable rows={rows} tracks={options.tracks} paths={options.paths} initial={{ sort, q, track, path, hide }} />,
  );
  expect(columnHeader("Level")).toHaveAttribute("aria-sort", "descending");
  expect(screen.getByRole("combobox", { name: "Track" })).toHaveValue("leadership");
  expect(within(table()).getAllByRole("columnheader")).toHaveLength(LEVEL_COLUMNS.length);
  expect(rowIds()).toEqual(
    sortLevelRows(rows, "level", "desc")
      .filter((r) => r.trackId === "leadership")
      .map((r) => r.id),
  );
});

test("a long prerequisites cell shows its first sentence, the rest behind 'More'", async () => {
  const user = userEvent.setup();
  renderTable();
  const foundation = rows.find((r) => r.id === "mlops-foundation");
  const text = foundation?.prerequisites ?? "";
  const [first, second] = text.split(/(?<=\.)\s+(?=[A-Z])/);
  expect(second).toBeDefined();
  const cell = within(table())
    .getByText(first ?? "")
    .closest("td") as HTMLElement;
  expect(cell).not.toHaveTextContent(second ?? "");
  const more = [...cell.querySelectorAll("summary")].find((el) => el.textContent === "More on prerequisites");
  if (!more) throw new Error("No 'More on prerequisites' in the Foundation row");
  await user.click(more);
  expect(cell).toHaveTextContent(second ?? "");
});
