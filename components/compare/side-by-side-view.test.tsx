/** @vitest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, expect, test } from "vitest";
import { SideBySideView } from "@/components/compare/side-by-side-view";
import { catalog } from "@/data/catalog";
import { levelRows } from "@/lib/compare/level-rows";

const rows = levelRows(catalog);

beforeEach(() => {
  window.history.replaceState(null, "", "/compare");
});

/** Renders the view as the server would for an address asking for `ids` (the address says the same). */
function renderView(ids: string[]) {
  window.history.replaceState(null, "", ids.length > 0 ? `/compare?ids=${ids.join(",")}` : "/compare");
  return render(<SideBySideView rows={rows} initialIds={ids} />);
}

const table = () => screen.getByRole("table", { name: /^Side by side/ });
const rowFor = (attribute: string) =>
  within(table())
    .getAllByRole("row")
    .find((tr) => within(tr).queryByRole("rowheader")?.textContent?.startsWith(attribute));

test("two ids: attributes as rows, certifications as columns, differing rows labelled 'Differs'", () => {
  renderView(["mlops-foundation", "mlops-advanced"]);
  expect(screen.getByRole("region", { name: "Side by side: MLOps Foundation, MLOps Advanced" })).toBeInTheDocument();
  const headers = within(table())
    .getAllByRole("columnheader")
    .map((th) => th.textContent);
  expect(headers).toEqual([
    "Attribute",
    "Certified MLOps Professional – Foundation",
    "Certified MLOps Professional – Advanced",
  ]);
  const level = rowFor("Level");
  expect(level).toBeDefined();
  expect(within(level!).getByRole("rowheader")).toHaveTextContent("Level Differs");
  expect(
    within(level!)
      .getAllByRole("cell")
      .map((td) => td.textContent),
  ).toEqual(["Level 1", "Level 3"]);
  const validity = rowFor("Validity");
  expect(within(validity!).getByRole("rowheader")).toHaveTextContent(/^Validity$/);
  expect(screen.getByRole("checkbox", { name: "MLOps Foundation" })).toBeChecked();
  expect(screen.queryByRole("alert")).toBeNull();
});

test("unknown ids: an alert names them and the known ones are still compared", () => {
  renderView(["mlops-foundation", "no-such-cert", "mlops-expert", "Bogus"]);
  const alert = screen.getByRole("alert");
  expect(alert).toHaveTextContent("no-such-cert");
  expect(alert).toHaveTextContent("Bogus");
  expect(alert).not.toHaveTextContent("mlops-foundation");
  expect(within(table()).getAllByRole("columnheader")).toHaveLength(3);
  expect(within(table()).getByRole("link", { name: "Certified MLOps Professional – Expert" })).toHaveAttribute(
    "href",
    "/levels/mlops-expert",
  );
});

test("only unknown ids: the alert, and guidance instead of a table", () => {
  renderView(["ghost"]);
  expect(screen.getByRole("alert")).toHaveTextContent("ghost");
  expect(screen.queryByRole("table")).toBeNull();
  expect(screen.getByText("Choose at least two certifications to see them side by side.")).toBeInTheDocument();
});

test("one known id: guidance to choose one more", () => {
  renderView(["mlops-foundation"]);
  expect(screen.queryByRole("table")).toBeNull();
  expect(
    screen.getByText(/Choose at least one more certification to compare with MLOps Foundation/),
  ).toBeInTheDocument();
});

test("choosing with checkboxes builds the comparison and the URL; a fifth choice is not offered", async () => {
  const user = userEvent.setup();
  renderView([]);
  expect(screen.getByRole("group", { name: "Choose two to four certifications" })).toBeInTheDocument();
  await user.click(screen.getByRole("checkbox", { name: "MLOps Professional" }));
  await user.click(screen.getByRole("checkbox", { name: "DataOps Professional" }));
  expect(within(table()).getAllByRole("columnheader")).toHaveLength(3);
  expect(new URLSearchParams(window.location.search).get("ids")).toBe("mlops-professional,dataops-professional");

  await user.click(screen.getByRole("checkbox", { name: "MLOps Expert" }));
  await user.click(screen.getByRole("checkbox", { name: "AI Strategy" }));
  expect(screen.getByRole("checkbox", { name: "MLOps Foundation" })).toBeDisabled();
  expect(screen.getByText(/^4 chosen, the most that fit side by side/)).toBeInTheDocument();
  expect(screen.getByTestId("side-by-side-announcer")).toHaveTextContent(
    /^Side by side: .+, in a table below\. 4 chosen, the most that fit side by side: the other boxes are disabled/,
  );

  await user.click(screen.getByRole("checkbox", { name: "MLOps Expert" }));
  expect(screen.getByRole("checkbox", { name: "MLOps Foundation" })).toBeEnabled();
  expect(screen.getByTestId("side-by-side-announcer")).toHaveTextContent("The other boxes can be ticked again.");
  expect(screen.getByText("Choose up to 4. 3 chosen.")).toBeInTheDocument();
  expect(new URLSearchParams(window.location.search).get("ids")).toBe(
    "mlops-professional,dataops-professional,ai-strategy",
  );
});

test("choosing after an unknown id drops it and the alert", async () => {
  const user = userEvent.setup();
  renderView(["mlops-foundation", "ghost"]);
  expect(screen.getByRole("alert")).toBeInTheDocument();
  await user.click(screen.getByRole("checkbox", { name: "MLOps Advanced" }));
  expect(screen.queryByRole("alert")).toBeNull();
  expect(new URLSearchParams(window.location.search).get("ids")).toBe("mlops-foundation,mlops-advanced");
});

test("opened offline from a cached /compare, the view follows the address's ids after hydration", () => {
  // The service worker answers /compare?ids=… with the page rendered for /compare: no ids in the props.
  window.history.replaceState(null, "", "/compare?ids=mlops-foundation,mlops-expert");
  render(<SideBySideView rows={rows} initialIds={[]} />);
  expect(
    within(table())
      .getAllByRole("columnheader")
      .map((th) => th.textContent),
  ).toEqual(["Attribute", "Certified MLOps Professional – Foundation", "Certified MLOps Professional – Expert"]);
});
