/** @vitest-environment jsdom */
import { createColumnHelper, type SortingState } from "@tanstack/react-table";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { expect, test } from "vitest";
import {
  SortableTable,
  sortAccessor,
  sortByCellValue,
  type SortableTableFeatures,
} from "@/components/compare/sortable-table";

type Item = { id: string; name: string; rank: number | null };
const helper = createColumnHelper<SortableTableFeatures, Item>();
const COLUMNS = helper.columns([
  helper.accessor("name", { header: "Name", meta: { label: "Name", rowHeader: true }, sortFn: sortByCellValue }),
  helper.accessor(
    sortAccessor((r: Item) => r.rank),
    {
      id: "rank",
      header: "Rank",
      meta: { label: "Rank" },
      sortFn: sortByCellValue,
      sortUndefined: "last",
      cell: ({ row }) => row.original.rank ?? "none",
    },
  ),
]);
const DATA: Item[] = [
  { id: "b", name: "Beta", rank: 10 },
  { id: "a", name: "alpha", rank: null },
  { id: "c", name: "Gamma", rank: 9 },
];

function Harness({ initial = [] }: { initial?: SortingState }) {
  const [sorting, setSorting] = useState(initial);
  return (
    <SortableTable caption="Things" columns={COLUMNS} data={DATA} sorting={sorting} onSortingChange={setSorting} />
  );
}

const order = () =>
  within(screen.getByRole("table"))
    .getAllByRole("rowheader")
    .map((th) => th.textContent);
const header = (name: string) => screen.getByRole("columnheader", { name: new RegExp(`^${name}`) });

test("a captioned table in a focusable region named by its caption", () => {
  render(<Harness />);
  const region = screen.getByRole("region", { name: "Things" });
  expect(region).toHaveAttribute("tabindex", "0");
  expect(within(region).getByRole("table", { name: "Things" })).toBeInTheDocument();
  expect(screen.getAllByRole("columnheader").every((th) => th.getAttribute("scope") === "col")).toBe(true);
  expect(screen.getAllByRole("rowheader").every((th) => th.getAttribute("scope") === "row")).toBe(true);
});

test("headers are buttons inside th[aria-sort]; a click sorts ascending, the next descending", async () => {
  const user = userEvent.setup();
  render(<Harness />);
  expect(header("Name")).toHaveAttribute("aria-sort", "none");
  expect(order()).toEqual(["Beta", "alpha", "Gamma"]);

  await user.click(screen.getByRole("button", { name: "Name" }));
  expect(header("Name")).toHaveAttribute("aria-sort", "ascending");
  expect(header("Rank")).toHaveAttribute("aria-sort", "none");
  expect(order()).toEqual(["alpha", "Beta", "Gamma"]);

  await user.click(screen.getByRole("button", { name: "Name" }));
  expect(header("Name")).toHaveAttribute("aria-sort", "descending");
  expect(order()).toEqual(["Gamma", "Beta", "alpha"]);

  await user.click(screen.getByRole("button", { name: "Name" }));
  expect(header("Name")).toHaveAttribute("aria-sort", "ascending");
});

test("numbers sort numerically and a missing value stays last in both directions", async () => {
  const user = userEvent.setup();
  render(<Harness />);
  await user.click(screen.getByRole("button", { name: "Rank" }));
  expect(order()).toEqual(["Gamma", "Beta", "alpha"]);
  await user.click(screen.getByRole("button", { name: "Rank" }));
  expect(order()).toEqual(["Beta", "Gamma", "alpha"]);
});

test("the keyboard sorts: Enter and Space on the focused header button", async () => {
  const user = userEvent.setup();
  render(<Harness />);
  const button = screen.getByRole("button", { name: "Rank" });
  button.focus();
  expect(button).toHaveFocus();
  await user.keyboard("{Enter}");
  expect(header("Rank")).toHaveAttribute("aria-sort", "ascending");
  await user.keyboard(" ");
  expect(header("Rank")).toHaveAttribute("aria-sort", "descending");
  expect(button).toHaveFocus();
});

test("a polite live region announces the sort", async () => {
  const user = userEvent.setup();
  render(<Harness />);
  const live = screen.getByText("", { selector: "[aria-live=polite]" });
  expect(live).toHaveTextContent("");
  await user.click(screen.getByRole("button", { name: "Rank" }));
  expect(live).toHaveTextContent("Sorted by Rank, ascending");
  await user.click(screen.getByRole("button", { name: "Rank" }));
  expect(live).toHaveTextContent("Sorted by Rank, descending");
});

test("the sort is controlled: the initial state is honoured", () => {
  render(<Harness initial={[{ id: "name", desc: true }]} />);
  expect(header("Name")).toHaveAttribute("aria-sort", "descending");
  expect(order()).toEqual(["Gamma", "Beta", "alpha"]);
});

test("an empty table says so", () => {
  render(
    <SortableTable
      caption="Nothing"
      columns={COLUMNS}
      data={[]}
      sorting={[]}
      onSortingChange={() => {}}
      emptyMessage="No things."
    />,
  );
  expect(screen.getByRole("cell", { name: "No things." })).toHaveAttribute("colspan", "2");
});

test("a long table renders a page of rows and a Show more button; sorting covers every row", async () => {
  const user = userEvent.setup();
  function Paged() {
    const [sorting, setSorting] = useState<SortingState>([]);
    return (
      <SortableTable
        caption="Things"
        columns={COLUMNS}
        data={DATA}
        sorting={sorting}
        onSortingChange={setSorting}
        pageSize={2}
      />
    );
  }
  render(<Paged />);
  expect(order()).toEqual(["Beta", "alpha"]);
  expect(screen.getByText("Showing the first 2 of 3 rows.")).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Rank" }));
  expect(order()).toEqual(["Gamma", "Beta"]);
  await user.click(screen.getByRole("button", { name: "Show 1 more row" }));
  expect(order()).toEqual(["Gamma", "Beta", "alpha"]);
  expect(screen.queryByRole("button", { name: /Show .* more/ })).toBeNull();
});
