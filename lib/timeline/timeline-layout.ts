import { addDays, daysBetween, toDayNumber } from "@/lib/dates/iso-date";
import { shortMonth } from "@/lib/dates/format-date";

/**
 * Dates → positions for a timeline: one shared axis of whole months, bars placed on it as percentages of its
 * width, so a picture drawn from it (HTML/CSS or SVG) scales to any screen without measuring anything.
 * Rows are generic: a roadmap has one bar per row (a step); a team timeline has one row per person with several.
 */

/** A bar's dates, both ends inclusive (a step planned from its start to its end day). */
export type DatedBar = {
  start: string;
  end: string;
  /** A lighter band after the bar until this date (inclusive), e.g. how long a certification stays valid. */
  afterUntil?: string;
};

/** Where a bar sits, in percent of the axis width (0 = the axis's first day, 100 = the day after its last). */
export type BarPosition = {
  left: number;
  width: number;
  /** The band after the bar, cut at the axis end; `clipped` when it runs on past what the axis shows. */
  after?: { left: number; width: number; clipped: boolean };
};

/** A month line on the axis. */
export type Tick = {
  /** The first day of the month. */
  iso: string;
  /** Percent of the axis width. */
  x: number;
  /** "Jan" */
  month: string;
  /** "2027" on the first tick and on every January, so each year is named once. */
  year: string | null;
  /** False for ticks a narrow screen may leave out: every other one, never the first or a year's first. */
  major: boolean;
};

export type TimelineLayout = {
  /** First day shown (the first of a month) and the day after the last day shown (the first of a later month). */
  from: string;
  until: string;
  ticks: Tick[];
  /** Percent of the axis width, when `today` was given and falls on the axis; otherwise null. */
  today: number | null;
  /** One entry per input row, one position per input bar, in the input's order. */
  rows: BarPosition[][];
};

/** Month steps the ticks may take, finest first: every month, two, quarter, half year, year, then wider. */
const TICK_STEPS = [1, 2, 3, 6, 12, 24, 60] as const;

const round = (n: number) => Math.round(n * 1000) / 1000;

function firstOfMonth(iso: string): string {
  return `${iso.slice(0, 7)}-01`;
}

function nextMonth(iso: string, months = 1): string {
  const index = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}-01`;
}

function monthsBetween(from: string, until: string): number {
  return (
    (Number(until.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(until.slice(5, 7)) - Number(from.slice(5, 7))
  );
}

/**
 * Lays out rows of dated bars on one axis: from the first of the month of the earliest start to the first of the
 * month after the latest end, with month ticks thinned so there are at most `maxTicks`, and a today line when
 * today is on the axis. Bands after bars (`afterUntil`) do not widen the axis: the plan's own dates set the
 * scale, so a three-year validity cannot squeeze a two-month step into a sliver. Returns null when there are no bars.
 */
export function layoutTimeline(
  rows: readonly (readonly DatedBar[])[],
  options: { today?: string; maxTicks?: number } = {},
): TimelineLayout | null {
  const bars = rows.flat();
  if (bars.length === 0) return null;
  let first = bars[0]!.start;
  let last = bars[0]!.end;
  for (const bar of bars) {
    if (bar.start < first) first = bar.start;
    if (bar.end > last) last = bar.end;
    if (bar.start > last) last = bar.start;
  }
  const from = firstOfMonth(first);
  const until = nextMonth(firstOfMonth(last));
  const span = daysBetween(from, until);
  const x = (iso: string) => round((daysBetween(from, iso) / span) * 100);
  const clamp = (n: number) => Math.min(100, Math.max(0, n));

  const months = monthsBetween(from, until);
  const maxTicks = Math.max(1, options.maxTicks ?? 12);
  const step = TICK_STEPS.find((s) => Math.ceil(months / s) <= maxTicks) ?? Math.ceil(months / maxTicks);
  const ticks: Tick[] = [];
  for (let i = 0, iso = from; iso < until; i += 1, iso = nextMonth(iso, step)) {
    const month = Number(iso.slice(5, 7));
    const startsYear = i === 0 || month === 1 || (step > 1 && month <= step);
    ticks.push({
      iso,
      x: x(iso),
      month: shortMonth(month),
      year: startsYear ? iso.slice(0, 4) : null,
      major: i % 2 === 0 || startsYear,
    });
  }

  const today = options.today !== undefined && options.today >= from && options.today < until ? x(options.today) : null;

  return {
    from,
    until,
    ticks,
    today,
    rows: rows.map((row) =>
      row.map((bar) => {
        const end = bar.end < bar.start ? bar.start : bar.end;
        const left = x(bar.start);
        const right = x(addDays(end, 1));
        const position: BarPosition = { left, width: round(right - left) };
        if (bar.afterUntil !== undefined && bar.afterUntil > end) {
          const afterRight = clamp(x(addDays(bar.afterUntil, 1)));
          if (afterRight > right) {
            position.after = {
              left: right,
              width: round(afterRight - right),
              clipped: toDayNumber(bar.afterUntil) >= toDayNumber(until),
            };
          }
        }
        return position;
      }),
    ),
  };
}
