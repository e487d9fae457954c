/** @vitest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import { expect, test } from "vitest";
import { Timeline, type TimelineRow } from "@/components/timeline/timeline";

const ROWS: TimelineRow[] = [
  {
    key: "a",
    label: "Step 1: Alpha",
    note: "4 Jan – 2 Feb 2027",
    bars: [
      {
        key: "a",
        start: "2027-01-04",
        end: "2027-02-02",
        href: "#step-a",
        progress: { state: "done", text: "Done" },
        endMark: "exam at the end",
        after: { until: "2029-02-02", text: "then valid until about 2 February 2029" },
      },
    ],
  },
  {
    key: "b",
    label: "Step 2: Beta",
    bars: [
      {
        key: "b",
        start: "2027-02-03",
        end: "2027-03-30",
        href: "#step-b",
        progress: { state: "in-progress", text: "In progress" },
      },
    ],
  },
];

const leftOf = (el: HTMLElement) => parseFloat(el.style.left);

test("a figure named by its caption, with one link per bar whose name holds the row, dates, progress and marks", () => {
  render(<Timeline caption="Timeline of your plan" rows={ROWS} />);
  const figure = screen.getByRole("figure", { name: "Timeline of your plan" });
  const links = within(figure).getAllByRole("link");
  expect(links.map((l) => l.getAttribute("href"))).toEqual(["#step-a", "#step-b"]);
  expect(links[0]).toHaveAccessibleName(
    "Step 1: Alpha, 4 January 2027 to 2 February 2027, Done, exam at the end, then valid until about 2 February 2029",
  );
  expect(links[1]).toHaveAccessibleName("Step 2: Beta, 3 February 2027 to 30 March 2027, In progress");
  expect(links[0]).toHaveAttribute("data-state", "done");
});

test("bars sit on one scale: later bars start further right, widths follow the days", () => {
  render(<Timeline caption="Timeline" rows={ROWS} />);
  const [a, b] = screen.getAllByRole("link");
  expect(leftOf(a!)).toBeLessThan(leftOf(b!));
  // Axis: January to March 2027, 90 days. Alpha starts on day 3 and lasts 30 days.
  expect(leftOf(a!)).toBeCloseTo((3 / 90) * 100, 2);
  expect(parseFloat(a!.style.width)).toBeCloseTo((30 / 90) * 100, 2);
});

test("a today line when today is on the axis, and none otherwise", () => {
  const { container, unmount } = render(<Timeline caption="Timeline" rows={ROWS} today="2027-02-15" />);
  expect(container.querySelector("[class*=todayLabel]")).toHaveTextContent("Today");
  unmount();
  const later = render(<Timeline caption="Timeline" rows={ROWS} today="2027-06-01" />);
  expect(later.container.querySelector("[class*=todayLabel]")).toBeNull();
});

test("a row of several bars reads each bar with its own label; a bar without href is not a link", () => {
  render(
    <Timeline
      caption="Team timeline"
      rows={[
        {
          key: "ana",
          label: "Ana",
          bars: [
            { key: "x", start: "2027-01-01", end: "2027-01-20", label: "Alpha", href: "/x" },
            { key: "y", start: "2027-02-01", end: "2027-02-20", label: "Beta" },
          ],
        },
      ]}
    />,
  );
  expect(screen.getAllByRole("link")).toHaveLength(1);
  expect(screen.getByRole("link")).toHaveAccessibleName("Ana: Alpha, 1 January 2027 to 20 January 2027");
  expect(screen.getByText("Ana: Beta, 1 February 2027 to 20 February 2027")).toBeInTheDocument();
});

test("month labels with the year, and nothing at all without bars", () => {
  const { container, unmount } = render(<Timeline caption="Timeline" rows={ROWS} />);
  const axis = container.querySelector("[class*=axis]");
  expect(axis).toHaveTextContent("Jan2027FebMar");
  unmount();
  const empty = render(<Timeline caption="Timeline" rows={[]} />);
  expect(empty.container).toBeEmptyDOMElement();
});
