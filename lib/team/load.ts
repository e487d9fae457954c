import { toDayNumber } from "@/lib/dates/iso-date";
import { formatLongMonthYear, formatMonthYear } from "@/lib/dates/format-date";
import type { PlannedMember } from "@/lib/team/plan-team";

/**
 * The team's study load by calendar month. Each step's study hours (the upper end of its range: the plan's
 * dates are sized for it) are spread evenly over its study window, day by day, and summed per month; so the
 * months add up to the team's total. Months with no study between the first and the last stay in, as zeros.
 */

export type MonthLoad = {
  /** "2027-01" */
  month: string;
  /** Study hours in the month across the team (fractional; round for display). */
  hours: number;
  /** People studying at some point in the month. */
  people: number;
};

export type TeamLoad = { months: MonthLoad[]; heaviest: MonthLoad | null; totalHours: number };

const monthIndex = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
const monthIso = (index: number) => {
  const month = (index % 12) + 1;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}`;
};

/** The team's study hours per month, from the first month anyone studies to the last. */
export function teamLoad(people: readonly PlannedMember[]): TeamLoad {
  const tally = new LoadTally();
  for (const member of people) tally.add(member.roadmap.steps);
  return tally.load();
}

type Step = PlannedMember["roadmap"]["steps"][number];

/** teamLoad one person at a time (each `add` is the next person), for a caller that goes through the team once. */
export class LoadTally {
  // Per month index: hours, people counted, and the last person counted (so each person counts once a month
  // without a set of everyone: those sets were a third of the time for 5,000 people).
  private readonly byMonth = new Map<number, { hours: number; people: number; last: number }>();
  // The day number of each month's first day, worked out once per month rather than per step.
  private readonly firstDays = new Map<number, number>();
  // Each date's day number and month, worked out once per date: a team's steps share a few hundred dates, and
  // reading dates was most of the counting.
  private readonly dates = new Map<string, { day: number; month: number }>();
  private person = -1;
  private totalHours = 0;
  private first = Infinity;
  private last = -Infinity;

  add(steps: readonly Step[]): void {
    const who = ++this.person;
    for (const step of steps) {
      const start = this.date(step.start);
      const end = this.date(step.end);
      const startDay = start.day;
      const endDay = end.day + 1; // exclusive
      const perDay = step.studyHours.max / (endDay - startDay);
      this.totalHours += step.studyHours.max;
      for (let m = start.month; m <= end.month; m++) {
        const overlap = Math.min(endDay, this.firstDay(m + 1)) - Math.max(startDay, this.firstDay(m));
        if (overlap <= 0) continue;
        let month = this.byMonth.get(m);
        if (!month) this.byMonth.set(m, (month = { hours: 0, people: 0, last: -1 }));
        month.hours += overlap * perDay;
        if (month.last !== who) {
          month.people++;
          month.last = who;
        }
        if (m < this.first) this.first = m;
        if (m > this.last) this.last = m;
      }
    }
  }

  load(): TeamLoad {
    const months: MonthLoad[] = [];
    let heaviest: MonthLoad | null = null;
    for (let m = this.first; m <= this.last; m++) {
      const month = this.byMonth.get(m);
      const load = { month: monthIso(m), hours: month?.hours ?? 0, people: month?.people ?? 0 };
      months.push(load);
      if (!heaviest || load.hours > heaviest.hours) heaviest = load;
    }
    return { months, heaviest, totalHours: this.totalHours };
  }

  private date(iso: string): { day: number; month: number } {
    let date = this.dates.get(iso);
    if (!date) this.dates.set(iso, (date = { day: toDayNumber(iso), month: monthIndex(iso) }));
    return date;
  }

  private firstDay(index: number): number {
    let day = this.firstDays.get(index);
    if (day === undefined) this.firstDays.set(index, (day = toDayNumber(`${monthIso(index)}-01`)));
    return day;
  }
}

/**
 * "2027-01" → "January 2027" (or "Jan 2027" when `short`). Written by lib/dates rather than Intl: the same words
 * as the rest of the app ("Sep", not en-GB's "Sept"), and no locale data to load when the module loads.
 */
export function monthLabel(month: string, short = false): string {
  return short ? formatMonthYear(month) : formatLongMonthYear(month);
}

/** "March 2027 is the heaviest month: about 240 study hours across 12 people." */
export function heaviestText(load: TeamLoad): string {
  const { heaviest } = load;
  if (!heaviest) return "Nobody in the team has study planned.";
  const people = `${heaviest.people.toLocaleString("en")} ${heaviest.people === 1 ? "person" : "people"}`;
  return `${monthLabel(heaviest.month)} is the heaviest month: about ${Math.round(heaviest.hours).toLocaleString("en")} study hours across ${people}.`;
}
