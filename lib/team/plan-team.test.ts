import { expect, test } from "vitest";
import { EXAMPLE_PROFILE } from "@/lib/profile/example-profile";
import { PROFILE_FIELDS, type Profile } from "@/lib/profile/schema";
import { profileKey } from "@/lib/team/plan-team";

/** A different valid value for each field, so each change is a different plan's answers. */
const CHANGED: { [F in keyof Profile]: Profile[F] } = {
  role: "data-engineer",
  years: 11,
  skills: ["python", "security"],
  held: ["mlops-foundation", "mlops-professional"],
  goal: "leadership",
  interests: ["finops"],
  hours: 13,
  start: "2031-05-06",
};

test("the key covers every field of a profile: changing any one of them changes it", () => {
  expect(Object.keys(EXAMPLE_PROFILE).sort()).toEqual([...PROFILE_FIELDS].sort());
  const keys = new Set([profileKey(EXAMPLE_PROFILE)]);
  for (const field of PROFILE_FIELDS) {
    expect(CHANGED[field], field).not.toEqual(EXAMPLE_PROFILE[field]);
    keys.add(profileKey({ ...EXAMPLE_PROFILE, [field]: CHANGED[field] }));
  }
  expect(keys.size).toBe(PROFILE_FIELDS.length + 1);
});

test("same answers, same key; list items never run into the next field", () => {
  expect(profileKey({ ...EXAMPLE_PROFILE })).toBe(profileKey(EXAMPLE_PROFILE));
  const a = profileKey({ ...EXAMPLE_PROFILE, skills: ["python", "cloud"], held: [] });
  const b = profileKey({ ...EXAMPLE_PROFILE, skills: ["python"], held: ["cloud"] });
  expect(a).not.toBe(b);
});
