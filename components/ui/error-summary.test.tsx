/** @vitest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, test } from "vitest";
import { ErrorSummary } from "@/components/ui/error-summary";

const ERRORS = [
  { fieldId: "years", message: "Enter your years of experience" },
  { fieldId: "hours", message: "Enter how many hours a week you can study" },
];

function Fields() {
  return (
    <>
      <label htmlFor="years">Years</label>
      <input id="years" />
      <label htmlFor="hours">Hours</label>
      <input id="hours" />
    </>
  );
}

test("titled There is a problem, announced as an alert, focused when it appears", () => {
  render(<ErrorSummary errors={ERRORS} />);
  const summary = screen.getByRole("alert", { name: "There is a problem" });
  expect(summary).toHaveFocus();
  expect(summary).toHaveAttribute("tabindex", "-1");
  const links = within(summary).getAllByRole("link");
  expect(links.map((a) => a.getAttribute("href"))).toEqual(["#years", "#hours"]);
  expect(links.map((a) => a.textContent)).toEqual(ERRORS.map((e) => e.message));
});

test("renders nothing without errors", () => {
  const { container } = render(<ErrorSummary errors={[]} />);
  expect(container).toBeEmptyDOMElement();
});

test("a link moves focus into its field", async () => {
  const user = userEvent.setup();
  render(
    <>
      <ErrorSummary errors={ERRORS} />
      <Fields />
    </>,
  );
  await user.click(screen.getByRole("link", { name: ERRORS[1]?.message }));
  expect(screen.getByLabelText("Hours")).toHaveFocus();
});

test("takes focus again when the errors change or the focus key does", () => {
  const { rerender } = render(
    <>
      <ErrorSummary errors={ERRORS} focusKey={1} />
      <Fields />
    </>,
  );
  screen.getByLabelText("Years").focus();
  rerender(
    <>
      <ErrorSummary errors={ERRORS} focusKey={2} />
      <Fields />
    </>,
  );
  expect(screen.getByRole("alert")).toHaveFocus();
  screen.getByLabelText("Years").focus();
  rerender(
    <>
      <ErrorSummary errors={ERRORS.slice(0, 1)} focusKey={2} />
      <Fields />
    </>,
  );
  expect(screen.getByRole("alert")).toHaveFocus();
});
