import { expect, test } from "vitest";
import { STEP_SCHEMAS } from "@/lib/profile/questions";
import { questionError } from "@/lib/profile/answer-labels";
import { readNumberText, validateStep } from "@/lib/profile/step-validation";

test("valid form values parse into answers, numbers read from text and lists put in canonical order", () => {
  expect(validateStep(STEP_SCHEMAS.experience, { years: " 3 ", skills: ["cloud", "python", "cloud"] })).toEqual({
    ok: true,
    data: { years: 3, skills: ["python", "cloud"] },
  });
  expect(validateStep(STEP_SCHEMAS.held, { held: [] })).toEqual({ ok: true, data: { held: [] } });
});

test("blank and non-numeric numbers get questionError's message, never NaN", () => {
  const blank = validateStep(STEP_SCHEMAS.experience, { years: "", skills: [] });
  expect(blank).toMatchObject({ ok: false, errors: { years: questionError("years", undefined) } });
  const words = validateStep(STEP_SCHEMAS.time, { hours: "lots", start: "2027-01-04" });
  expect(words).toMatchObject({ ok: false, errors: { hours: "Hours a week must be a whole number, like 6" } });
  const fraction = validateStep(STEP_SCHEMAS.time, { hours: "2.5", start: "2027-01-04" });
  expect(fraction).toMatchObject({ errors: { hours: "Hours a week must be a whole number, like 6" } });
  const tooMany = validateStep(STEP_SCHEMAS.time, { hours: "99", start: "2027-01-04" });
  expect(tooMany).toMatchObject({ errors: { hours: "Hours a week must be between 1 and 60" } });
  for (const result of [blank, words, fraction, tooMany]) expect(JSON.stringify(result)).not.toContain("NaN");
});

test("nothing chosen in a radio group (null) asks for a choice", () => {
  expect(validateStep(STEP_SCHEMAS.role, { role: null })).toEqual({
    ok: false,
    errors: { role: "Select your role" },
    valid: {},
  });
});

test("an invalid step still returns the fields that were fine, and leaves blanks out", () => {
  const result = validateStep(STEP_SCHEMAS.experience, { years: "x", skills: ["python"] });
  expect(result).toEqual({
    ok: false,
    errors: { years: "Years of experience must be a whole number, like 3" },
    valid: { skills: ["python"] },
  });
  const blankStart = validateStep(STEP_SCHEMAS.time, { hours: "6", start: "" });
  expect(blankStart).toEqual({ ok: false, errors: { start: "Enter the date you want to start" }, valid: { hours: 6 } });
});

test("only the step's own fields are read", () => {
  expect(validateStep(STEP_SCHEMAS.role, { role: "sre", years: "junk" })).toEqual({ ok: true, data: { role: "sre" } });
});

test("readNumberText keeps text that is not a number as text", () => {
  expect(readNumberText("")).toBeUndefined();
  expect(readNumberText(" 07 ")).toBe(7);
  expect(readNumberText("-0")).toBe(0);
  expect(readNumberText("1e3")).toBe("1e3");
  expect(readNumberText("9".repeat(400))).toBe("9".repeat(400));
});

test("with today given, a start date in the past is refused; today and later are fine", () => {
  const today = "2026-11-30";
  expect(validateStep(STEP_SCHEMAS.time, { hours: "6", start: "2001-01-01" }, { today })).toEqual({
    ok: false,
    errors: { start: "Start date must be today or in the future" },
    valid: { hours: 6 },
  });
  expect(validateStep(STEP_SCHEMAS.time, { hours: "6", start: "2026-11-29" }, { today }).ok).toBe(false);
  expect(validateStep(STEP_SCHEMAS.time, { hours: "6", start: today }, { today })).toEqual({
    ok: true,
    data: { hours: 6, start: today },
  });
  expect(validateStep(STEP_SCHEMAS.time, { hours: "6", start: "2027-01-04" }, { today }).ok).toBe(true);
  // Without today (the CLI's and the API's checks), a past date is a real date like any other.
  expect(validateStep(STEP_SCHEMAS.time, { hours: "6", start: "2001-01-01" }).ok).toBe(true);
});
