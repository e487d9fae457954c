/** @vitest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import { expect, test } from "vitest";
import { GUIDE_HREF, GuideText, ReasonList } from "@/components/about/guide-text";

test("the first 'the guide' in a sentence links to what the guide is; the rest stays text", () => {
  const { container } = render(
    <p>
      <GuideText text="The guide's role table pairs SREs with it, and the guide says so twice." />
    </p>,
  );
  const link = screen.getByRole("link");
  expect(link).toHaveTextContent(/^The guide$/);
  expect(link).toHaveAttribute("href", GUIDE_HREF);
  expect(container).toHaveTextContent("The guide's role table pairs SREs with it, and the guide says so twice.");
});

test("a sentence without 'the guide' has no link", () => {
  render(
    <p>
      <GuideText text="You hold Foundation already." />
    </p>,
  );
  expect(screen.queryByRole("link")).toBeNull();
});

test("a reason list has one item per reason, in order", () => {
  render(
    <ReasonList
      reasons={[
        { ruleId: "goal", text: "Your goal is architecture." },
        { ruleId: "role-table", text: "The guide pairs your role with it." },
      ]}
    />,
  );
  const items = within(screen.getByRole("list")).getAllByRole("listitem");
  expect(items.map((li) => li.textContent)).toEqual([
    "Your goal is architecture.",
    "The guide pairs your role with it.",
  ]);
  expect(within(items[1]!).getByRole("link")).toHaveAttribute("href", GUIDE_HREF);
});
