/** @vitest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import { expect, test } from "vitest";
import { catalog } from "@/data/catalog";
import { readSharedProfile } from "@/lib/profile/share-link";
import { ShareLinkProblem } from "@/components/roadmap/share-link-problem";

function problemsFor(query: string) {
  const result = readSharedProfile(new URLSearchParams(query), catalog, { today: "2027-01-04" });
  if (result.ok) throw new Error("expected the link to be refused");
  return result.problems;
}

test("the problem is said in plain words inside an alert, with the way to start your own", () => {
  render(<ShareLinkProblem problems={problemsFor("role=pilot&hours=lots")} />);
  const alert = screen.getByRole("alert");
  expect(within(alert).getByRole("heading", { level: 1, name: "This link has a problem" })).toBeInTheDocument();
  const items = within(alert)
    .getAllByRole("listitem")
    .map((li) => li.textContent);
  expect(items).toHaveLength(1);
  expect(items[0]).toMatch(/^The link asks for the role “pilot”, which certpath doesn't know\. Roles it knows: /);
  expect(items[0]).toContain("Site Reliability Engineer (SRE)");
  expect(screen.getByRole("link", { name: "Answer the questions instead" })).toHaveAttribute("href", "/assess");
});

test("markup in a value is shown as text, never run or rendered", () => {
  const { container } = render(
    <ShareLinkProblem problems={problemsFor(`role=${encodeURIComponent("<script>alert(1)</script>")}`)} />,
  );
  expect(container.querySelector("script")).toBeNull();
  expect(screen.getByRole("alert")).toHaveTextContent("“<script>alert(1)</script>”");
});
