import { expect, test } from "vitest";
import {
  formatDate,
  formatLongMonthYear,
  formatMonthYear,
  formatShortDate,
  formatShortRange,
} from "@/lib/dates/format-date";

test("dates are written out by hand, the same on every machine whatever its locale data", () => {
  expect(formatDate("2027-01-04")).toBe("4 January 2027");
  expect(formatShortDate("2027-09-30")).toBe("30 Sep 2027");
  expect(formatMonthYear("2029-02-10")).toBe("Feb 2029");
});

test("a month and year, long, from a date or a month", () => {
  expect(formatLongMonthYear("2027-09")).toBe("September 2027");
  expect(formatLongMonthYear("2028-12-31")).toBe("December 2028");
});

test("a range names the year once when both ends share it", () => {
  expect(formatShortRange("2027-01-04", "2027-03-03")).toBe("4 Jan – 3 Mar 2027");
  expect(formatShortRange("2026-12-04", "2027-03-03")).toBe("4 Dec 2026 – 3 Mar 2027");
});
