/** @vitest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import { expect, test } from "vitest";
import { catalog } from "@/data/catalog";
import { profileFromQuery } from "@/lib/profile/share-query";
import { ShareLinkProblem } from "@/components/roadmap/share-link-problem";

function issuesFor(query: string) {
  const result = profileFromQuery(new URLSearchParams(query), catalog, { today: "2027-01-04" });
  if (result.ok) throw new Error("expected the query to be refused");
  return result.issues;
}

test("each problem with the link is listed as field: message inside an alert", () => {
  const issues = issuesFor("role=pilot&hours=lots&years=-3&held=mlops-foundation,ghost");
  render(<ShareLinkProblem issues={issues} />);
  const alert = screen.getByRole("alert");
  expect(within(alert).getByRole("heading", { level: 1, name: "This link has a problem" })).toBeInTheDocument();
  const items = within(alert)
    .getAllByRole("listitem")
    .map((li) => li.textContent);
  expect(items).toEqual(issues.map((issue) => `${issue.path}: ${issue.message}`));
  expect(items.map((item) => item?.split(":")[0])).toEqual(["role", "years", "held", "hours"]);
  expect(items[0]).toContain('"pilot" is not a known role');
  expect(screen.getByRole("link", { name: "Answer the questions instead" })).toHaveAttribute("href", "/assess");
});

test("markup in a value is shown as text, never run or rendered", () => {
  const issues = issuesFor(
    `role=${encodeURIComponent("<script>alert(1)</script>")}&start=<img src=x onerror=alert(2)>`,
  );
  const { container } = render(<ShareLinkProblem issues={issues} />);
  expect(container.querySelector("script")).toBeNull();
  expect(container.querySelector("img")).toBeNull();
  const alert = screen.getByRole("alert");
  expect(alert).toHaveTextContent('role: "<script>alert(1)</script>" is not a known role');
  expect(alert).toHaveTextContent('start: "<img src=x onerror=alert(2)>" is not allowed');
});

test("a problem with no field is shown against the link as a whole", () => {
  render(<ShareLinkProblem issues={[{ path: "", message: "The profile must be an object." }]} />);
  expect(within(screen.getByRole("alert")).getByRole("listitem")).toHaveTextContent(
    "link: The profile must be an object.",
  );
});
