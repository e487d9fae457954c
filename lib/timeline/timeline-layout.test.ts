import { expect, test } from "vitest";
import { layoutTimeline } from "@/lib/timeline/timeline-layout";

test("the axis runs from the first of the first month to the first of the month after the last day", () => {
  const layout = layoutTimeline([[{ start: "2027-01-04", end: "2027-03-03" }]]);
  expect(layout?.from).toBe("2027-01-01");
  expect(layout?.until).toBe("2027-04-01");
});

test("a bar's left edge and width follow its dates on one scale", () => {
  // January to March 2027 is 90 days: 31 + 28 + 31.
  const layout = layoutTimeline([
    [{ start: "2027-01-01", end: "2027-01-31" }],
    [{ start: "2027-02-01", end: "2027-03-31" }],
  ]);
  const [[a], [b]] = layout!.rows as [[{ left: number; width: number }], [{ left: number; width: number }]];
  expect(a.left).toBe(0);
  expect(a.width).toBeCloseTo((31 / 90) * 100, 2);
  expect(b.left).toBeCloseTo((31 / 90) * 100, 2);
  expect(b.left + b.width).toBeCloseTo(100, 2);
});

test("later steps start further right, and bars of equal length have equal widths", () => {
  const steps = [
    { start: "2027-01-04", end: "2027-02-02" },
    { start: "2027-02-03", end: "2027-03-04" },
    { start: "2027-03-05", end: "2027-04-03" },
  ];
  const layout = layoutTimeline(steps.map((s) => [s]))!;
  const lefts = layout.rows.map((row) => row[0]!.left);
  expect(lefts).toEqual([...lefts].sort((p, q) => p - q));
  expect(new Set(lefts).size).toBe(3);
  const widths = layout.rows.map((row) => row[0]!.width);
  expect(widths[0]).toBeCloseTo(widths[1]!, 2);
  expect(widths[1]).toBeCloseTo(widths[2]!, 2);
});

test("month ticks carry the year on the first tick and on each January", () => {
  const layout = layoutTimeline([[{ start: "2026-11-10", end: "2027-02-10" }]])!;
  expect(layout.ticks.map((t) => `${t.month}${t.year ? ` ${t.year}` : ""}`)).toEqual([
    "Nov 2026",
    "Dec",
    "Jan 2027",
    "Feb",
  ]);
  expect(layout.ticks[0]!.x).toBe(0);
  // 30 days of November out of 30 + 31 + 31 + 28.
  expect(layout.ticks[1]!.x).toBeCloseTo((30 / 120) * 100, 2);
});

test("a long axis thins its ticks to at most maxTicks, on whole quarters or years", () => {
  const halves = layoutTimeline([[{ start: "2027-01-01", end: "2029-12-31" }]], { maxTicks: 8 })!;
  expect(halves.ticks.map((t) => `${t.month}${t.year ?? ""}`)).toEqual([
    "Jan2027",
    "Jul",
    "Jan2028",
    "Jul",
    "Jan2029",
    "Jul",
  ]);
  const layout = layoutTimeline([[{ start: "2027-01-01", end: "2029-12-31" }]], { maxTicks: 4 })!;
  expect(layout.ticks.map((t) => t.iso)).toEqual(["2027-01-01", "2028-01-01", "2029-01-01"]);
  expect(layout.ticks.every((t) => t.year !== null)).toBe(true);
  const quarters = layoutTimeline([[{ start: "2027-01-01", end: "2028-06-30" }]], { maxTicks: 8 })!;
  expect(quarters.ticks.map((t) => t.iso.slice(5, 7))).toEqual(["01", "04", "07", "10", "01", "04"]);
});

test("every other tick is major, and so is the start of each year", () => {
  const layout = layoutTimeline([[{ start: "2027-09-01", end: "2028-02-15" }]])!;
  expect(layout.ticks.map((t) => [t.month, t.major])).toEqual([
    ["Sep", true],
    ["Oct", false],
    ["Nov", true],
    ["Dec", false],
    ["Jan", true],
    ["Feb", false],
  ]);
});

test("today is marked only when it falls on the axis", () => {
  const rows = [[{ start: "2027-01-01", end: "2027-01-31" }]];
  expect(layoutTimeline(rows, { today: "2027-01-16" })!.today).toBeCloseTo((15 / 31) * 100, 2);
  expect(layoutTimeline(rows, { today: "2026-12-31" })!.today).toBeNull();
  expect(layoutTimeline(rows, { today: "2027-02-01" })!.today).toBeNull();
  expect(layoutTimeline(rows)!.today).toBeNull();
});

test("a band after a bar starts at its end and is cut, and flagged, at the axis end", () => {
  const layout = layoutTimeline([
    [{ start: "2027-01-01", end: "2027-01-31", afterUntil: "2029-01-31" }],
    [{ start: "2027-02-01", end: "2027-03-31" }],
  ])!;
  const first = layout.rows[0]![0]!;
  expect(first.after?.left).toBeCloseTo(first.left + first.width, 3);
  expect(first.after!.left + first.after!.width).toBeCloseTo(100, 2);
  expect(first.after?.clipped).toBe(true);
  expect(layout.rows[1]![0]!.after).toBeUndefined();
  // The band does not widen the axis.
  expect(layout.until).toBe("2027-04-01");
});

test("a band that ends on the axis is not clipped", () => {
  const layout = layoutTimeline([
    [{ start: "2027-01-01", end: "2027-01-31", afterUntil: "2027-02-27" }],
    [{ start: "2027-02-01", end: "2027-03-31" }],
  ])!;
  const after = layout.rows[0]![0]!.after!;
  expect(after.clipped).toBe(false);
  expect(after.left + after.width).toBeCloseTo((58 / 90) * 100, 2);
});

test("many rows of several bars each share one axis (a team's timeline)", () => {
  const layout = layoutTimeline([
    [
      { start: "2027-01-01", end: "2027-01-31" },
      { start: "2027-03-01", end: "2027-03-31" },
    ],
    [],
    [{ start: "2027-02-01", end: "2027-02-28" }],
  ])!;
  expect(layout.rows.map((r) => r.length)).toEqual([2, 0, 1]);
  expect(layout.rows[0]![1]!.left).toBeGreaterThan(layout.rows[2]![0]!.left);
  expect(layout.from).toBe("2027-01-01");
  expect(layout.until).toBe("2027-04-01");
});

test("no bars, no layout; a one-day bar still gets a month's axis and a visible width", () => {
  expect(layoutTimeline([])).toBeNull();
  expect(layoutTimeline([[], []])).toBeNull();
  const one = layoutTimeline([[{ start: "2027-02-14", end: "2027-02-14" }]])!;
  expect(one.from).toBe("2027-02-01");
  expect(one.until).toBe("2027-03-01");
  expect(one.rows[0]![0]!.width).toBeCloseTo(100 / 28, 2);
});

test("crosses a leap day and a year end on one honest scale", () => {
  const layout = layoutTimeline([[{ start: "2027-12-01", end: "2028-03-31" }]])!;
  // Dec 31 + Jan 31 + Feb 29 + Mar 31 = 122 days.
  expect(layout.ticks.map((t) => t.x)).toEqual([0, 25.41, 50.82, 74.59].map((n) => expect.closeTo(n, 1)));
  expect(layout.ticks[3]!.x).toBeCloseTo(((31 + 31 + 29) / 122) * 100, 2);
});
