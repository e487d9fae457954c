import fc from "fast-check";
import { expect, test } from "vitest";
import { addDays, addYears, daysBetween, fromDayNumber, isIsoDate, toDayNumber, todayIso } from "@/lib/dates/iso-date";

const DAY_MS = 86_400_000;
/** The reference: the same date arithmetic done by the platform's Date, in UTC. */
const viaDate = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const DAY_2000 = Date.UTC(2000, 0, 1) / DAY_MS;
const DAY_2100_END = Date.UTC(2100, 11, 31) / DAY_MS;

test("isIsoDate accepts real dates written as YYYY-MM-DD", () => {
  for (const d of ["2027-01-04", "2000-01-01", "2100-12-31", "2027-12-31", "2027-02-28", "2027-04-30"]) {
    expect(isIsoDate(d), d).toBe(true);
  }
});

test("isIsoDate rejects days a month does not have", () => {
  expect(isIsoDate("2027-02-30")).toBe(false);
  expect(isIsoDate("2027-04-31")).toBe(false);
  expect(isIsoDate("2027-13-01")).toBe(false);
  expect(isIsoDate("2027-00-10")).toBe(false);
  expect(isIsoDate("2027-01-00")).toBe(false);
  expect(isIsoDate("2027-01-32")).toBe(false);
});

test("isIsoDate knows leap years", () => {
  expect(isIsoDate("2028-02-29")).toBe(true);
  expect(isIsoDate("2027-02-29")).toBe(false);
  expect(isIsoDate("2000-02-29")).toBe(true);
  expect(isIsoDate("2100-02-29")).toBe(false);
});

test("isIsoDate rejects anything not written exactly YYYY-MM-DD", () => {
  for (const d of [
    "2027-1-4",
    "2027-01-4",
    "27-01-04",
    "2027/01/04",
    "04-01-2027",
    "2027-01-04T00:00:00Z",
    " 2027-01-04",
    "2027-01-04 ",
    "2027-01-04\n",
    "",
    "abc",
    "yyyy-mm-dd",
    "2027-01-0a",
    "+2027-01-04",
  ]) {
    expect(isIsoDate(d), JSON.stringify(d)).toBe(false);
  }
});

test("addDays moves within a month, across month and year ends, and back with negative days", () => {
  expect(addDays("2027-01-04", 0)).toBe("2027-01-04");
  expect(addDays("2027-01-04", 1)).toBe("2027-01-05");
  expect(addDays("2027-01-31", 1)).toBe("2027-02-01");
  expect(addDays("2027-02-28", 1)).toBe("2027-03-01");
  expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
  expect(addDays("2027-12-31", 1)).toBe("2028-01-01");
  expect(addDays("2027-12-25", 10)).toBe("2028-01-04");
  expect(addDays("2027-01-04", 365)).toBe("2028-01-04");
  expect(addDays("2028-01-01", -1)).toBe("2027-12-31");
  expect(addDays("2027-03-01", -1)).toBe("2027-02-28");
  expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
  expect(addDays("2027-01-04", -34)).toBe("2026-12-01");
});

test("addDays ignores daylight-saving changes (dates are UTC)", () => {
  // Late March and late October are DST switches in Europe; early March/November in the US.
  expect(addDays("2027-03-27", 1)).toBe("2027-03-28");
  expect(addDays("2027-03-28", 1)).toBe("2027-03-29");
  expect(addDays("2027-10-30", 2)).toBe("2027-11-01");
  expect(addDays("2027-11-07", -1)).toBe("2027-11-06");
});

test("addYears keeps the day, and 29 February falls back to 28 February", () => {
  expect(addYears("2027-01-04", 1)).toBe("2028-01-04");
  expect(addYears("2027-01-04", 0)).toBe("2027-01-04");
  expect(addYears("2027-12-31", 3)).toBe("2030-12-31");
  expect(addYears("2028-02-29", 1)).toBe("2029-02-28");
  expect(addYears("2028-02-29", 4)).toBe("2032-02-29");
  expect(addYears("2028-02-29", -1)).toBe("2027-02-28");
  expect(addYears("2027-02-28", 1)).toBe("2028-02-28");
  expect(addYears("2027-03-01", -2)).toBe("2025-03-01");
  // Century years are leap years only every 400 years.
  expect(addYears("2096-02-29", 4)).toBe("2100-02-28");
  expect(addYears("1996-02-29", 4)).toBe("2000-02-29");
});

test("addYears agrees with the calendar's own arithmetic on every day of eight years", () => {
  const byDate = (iso: string, years: number) => {
    const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
    const lastDay = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
    return new Date(Date.UTC(y + years, m - 1, Math.min(d, lastDay))).toISOString().slice(0, 10);
  };
  for (let day = toDayNumber("2095-01-01"); day < toDayNumber("2103-01-01"); day++) {
    const iso = fromDayNumber(day);
    for (const years of [-3, 1, 4, 5]) expect(addYears(iso, years), `${iso} + ${years}`).toBe(byDate(iso, years));
  }
});

test("daysBetween counts whole days, positive forwards and negative backwards", () => {
  expect(daysBetween("2027-01-04", "2027-01-04")).toBe(0);
  expect(daysBetween("2027-01-04", "2027-01-05")).toBe(1);
  expect(daysBetween("2027-01-05", "2027-01-04")).toBe(-1);
  expect(daysBetween("2027-01-01", "2028-01-01")).toBe(365);
  expect(daysBetween("2028-01-01", "2029-01-01")).toBe(366);
  expect(daysBetween("2027-02-28", "2027-03-01")).toBe(1);
  expect(daysBetween("2028-02-28", "2028-03-01")).toBe(2);
  expect(daysBetween("2027-03-27", "2027-03-29")).toBe(2);
});

test("daysBetween undoes addDays", () => {
  for (const start of ["2000-01-01", "2027-01-04", "2028-02-29", "2099-12-31"]) {
    for (const n of [-400, -31, -1, 0, 1, 30, 59, 366, 1000]) {
      expect(daysBetween(start, addDays(start, n)), `${start} + ${n}`).toBe(n);
    }
  }
});

test("todayIso reads the local calendar date of the given moment, zero-padded", () => {
  expect(todayIso(new Date(2027, 0, 4, 12, 0, 0))).toBe("2027-01-04");
  expect(todayIso(new Date(2027, 0, 4, 0, 0, 0))).toBe("2027-01-04");
  expect(todayIso(new Date(2027, 0, 4, 23, 59, 59))).toBe("2027-01-04");
  expect(todayIso(new Date(2028, 1, 29, 9, 30))).toBe("2028-02-29");
  expect(todayIso(new Date(2027, 11, 31, 18))).toBe("2027-12-31");
  expect(isIsoDate(todayIso())).toBe(true);
});

test("toDayNumber counts days from 1970-01-01 and fromDayNumber undoes it", () => {
  const known: [string, number][] = [
    ["1970-01-01", 0],
    ["1969-12-31", -1],
    ["1970-03-01", 59],
    ["2000-01-01", 10_957],
    ["2000-03-01", 11_017],
    ["2027-01-04", 20_822],
    ["2100-12-31", 47_846],
    ["1600-03-01", -135_080],
  ];
  for (const [iso, day] of known) {
    expect(toDayNumber(iso), iso).toBe(day);
    expect(fromDayNumber(day), String(day)).toBe(iso);
  }
});

test("property: toDayNumber and fromDayNumber agree with Date for years 0001 to 9999", () => {
  const min = toDayNumber("0001-01-01");
  const max = toDayNumber("9999-12-31");
  expect(viaDate(min)).toBe("0001-01-01");
  expect(viaDate(max)).toBe("9999-12-31");
  fc.assert(
    fc.property(fc.integer({ min, max }), (day) => {
      const iso = fromDayNumber(day);
      expect(iso).toBe(viaDate(day));
      expect(toDayNumber(iso)).toBe(day);
    }),
    { numRuns: 10_000 },
  );
});

test("property: addDays and daysBetween agree with Date over the plan range", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: DAY_2000, max: DAY_2100_END }),
      fc.integer({ min: -40_000, max: 40_000 }),
      (day, n) => {
        const start = viaDate(day);
        const end = addDays(start, n);
        expect(end).toBe(viaDate(day + n));
        expect(daysBetween(start, end)).toBe(n);
        expect(isIsoDate(start)).toBe(true);
      },
    ),
    { numRuns: 10_000 },
  );
});
