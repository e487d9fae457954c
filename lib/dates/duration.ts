/** Lengths of time as people say them. */

const DAYS_PER_MONTH = 365.25 / 12;

const count = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;

/**
 * A number of days as people say it: "45 days" under two months, then "about 5 months",
 * "about 1 year 2 months", "about 6 years 7 months", "about 2 years" (whole months, rounded).
 */
export function durationText(days: number): string {
  if (days < 60) return count(days, "day");
  const months = Math.round(days / DAYS_PER_MONTH);
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (years === 0) return `about ${count(rest, "month")}`;
  return `about ${count(years, "year")}${rest === 0 ? "" : ` ${count(rest, "month")}`}`;
}
