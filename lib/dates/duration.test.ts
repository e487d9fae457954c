import { expect, test } from "vitest";
import { durationText } from "@/lib/dates/duration";

test("short spans stay in days", () => {
  expect(durationText(1)).toBe("1 day");
  expect(durationText(59)).toBe("59 days");
});

test("longer spans are said in years and months", () => {
  expect(durationText(2400)).toBe("about 6 years 7 months");
  expect(durationText(120)).toBe("about 4 months");
  expect(durationText(366)).toBe("about 1 year");
  expect(durationText(730)).toBe("about 2 years");
  expect(durationText(426)).toBe("about 1 year 2 months");
});
