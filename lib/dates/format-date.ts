/**
 * Dates as people read them. Written out by hand rather than with Intl, so the server's and the browser's
 * renderings are the same string whatever locale data each has (no hydration mismatch), and the image route
 * draws the same words as the page.
 */

export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

function parts(iso: string): [number, number, number] {
  const [year, month, day] = iso.split("-").map(Number);
  return [year ?? 0, month ?? 1, day ?? 1];
}

/** "4 January 2027" from "2027-01-04". */
export function formatDate(iso: string): string {
  const [year, month, day] = parts(iso);
  return `${day} ${MONTH_NAMES[month - 1] ?? ""} ${year}`;
}

/** "Jan" from a month number 1–12. */
export function shortMonth(month: number): string {
  return (MONTH_NAMES[month - 1] ?? "").slice(0, 3);
}

/** "4 Jan 2027" from "2027-01-04": for tight spaces (a timeline row, a picture). */
export function formatShortDate(iso: string): string {
  const [year, month, day] = parts(iso);
  return `${day} ${shortMonth(month)} ${year}`;
}

/** "February 2029" from "2029-02-10" (or "2029-02"). */
export function formatLongMonthYear(iso: string): string {
  const [year, month] = parts(iso);
  return `${MONTH_NAMES[month - 1] ?? ""} ${year}`;
}

/** "Feb 2029" from "2029-02-10". */
export function formatMonthYear(iso: string): string {
  const [year, month] = parts(iso);
  return `${shortMonth(month)} ${year}`;
}

/**
 * "4 Jan – 3 Mar 2027", or "4 Dec 2026 – 3 Mar 2027" across a year end: a date range without repeating the
 * year when both ends share it.
 */
export function formatShortRange(start: string, end: string): string {
  const [y1, m1, d1] = parts(start);
  return y1 === parts(end)[0]
    ? `${d1} ${shortMonth(m1)} – ${formatShortDate(end)}`
    : `${formatShortDate(start)} – ${formatShortDate(end)}`;
}
