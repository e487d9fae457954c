import fc from "fast-check";
import type { Catalog } from "@/lib/catalog/schema";
import { GOAL_IDS, PATH_IDS, SKILL_IDS } from "@/lib/catalog/ids";
import { addDays } from "@/lib/dates/iso-date";
import { HOURS, ProfileSchema, YEARS, type Profile } from "@/lib/profile/schema";

/** fast-check arbitrary of valid, canonical profiles over a catalog's ids (for property tests). */
export function arbitraryProfile(catalog: Catalog): fc.Arbitrary<Profile> {
  const days2000to2100 = 36_889;
  const ids = catalog.certifications.map((c) => c.id);
  return fc
    .record({
      role: fc.constantFrom(...catalog.roles.map((r) => r.id)),
      // Newcomers and empty lists are the edge cases that matter: make them common.
      years: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 5 }), fc.integer({ min: YEARS.min, max: YEARS.max })),
      skills: fc.oneof(fc.constant([]), fc.subarray([...SKILL_IDS])),
      held: fc.oneof(fc.constant([]), fc.subarray(ids, { maxLength: 2 }), fc.subarray(ids, { maxLength: 12 })),
      goal: fc.constantFrom(...GOAL_IDS),
      interests: fc.subarray([...PATH_IDS]),
      hours: fc.integer({ min: HOURS.min, max: HOURS.max }),
      start: fc.integer({ min: 0, max: days2000to2100 }).map((d) => addDays("2000-01-01", d)),
    })
    .map((p) => ProfileSchema.parse(p));
}
