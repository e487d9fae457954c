import { z } from "zod/mini";
import { lazySchema } from "@/lib/zod/lazy-schema";
import { GoalIdSchema, PATH_IDS, PathIdSchema, SKILL_IDS, SkillIdSchema, SlugSchema } from "@/lib/catalog/ids";
import { isIsoDate } from "@/lib/dates/iso-date";
import { DEFAULTS, HOURS, START, YEARS } from "@/lib/profile/fields";

export {
  DEFAULTS,
  HOURS,
  LIST_FIELDS,
  NUMBER_FIELDS,
  PROFILE_FIELDS,
  START,
  YEARS,
  type ProfileIds,
} from "@/lib/profile/fields";

/**
 * The profile: what a person tells certpath about themselves. This is the one definition every
 * entrance uses: the questionnaire, the share-link query, the CLI flags and the API body.
 */

/** Sorted, de-duplicated, in the order of `order`: two lists with the same members serialise the same. */
function canonicalList<T extends string>(item: z.ZodMiniType<T>, order?: readonly T[]) {
  return z.pipe(
    z.array(item),
    z.transform((list: T[]) => {
      const unique = [...new Set(list)];
      return order ? order.filter((id) => unique.includes(id)) : unique.sort();
    }),
  );
}

export const IsoDateSchema = lazySchema(() =>
  z.string().check(
    z.refine(isIsoDate, { message: "Use a real date written as YYYY-MM-DD", abort: true }),
    z.refine((d) => d >= START.min && d <= START.max, { message: `Use a date from ${START.min} to ${START.max}` }),
  ),
);

/** Each field's own schema, without defaults: what an answer to that one question must be. */
export const FIELD_SCHEMAS = {
  role: SlugSchema,
  years: lazySchema(() => z.int().check(z.minimum(YEARS.min), z.maximum(YEARS.max))),
  skills: lazySchema(() => canonicalList(SkillIdSchema, SKILL_IDS)),
  held: lazySchema(() => canonicalList(SlugSchema)),
  goal: GoalIdSchema,
  interests: lazySchema(() => canonicalList(PathIdSchema, PATH_IDS)),
  hours: lazySchema(() => z.int().check(z.minimum(HOURS.min), z.maximum(HOURS.max))),
  start: IsoDateSchema,
} as const;

/** Every field answered explicitly: the questionnaire validates its steps against slices of this. */
export const AnsweredProfileSchema = lazySchema(() => z.strictObject(FIELD_SCHEMAS));

/** A complete profile; everything but role and start has a default (the caller supplies today's date). */
export const ProfileSchema = lazySchema(() =>
  z.strictObject({
    ...FIELD_SCHEMAS,
    years: z._default(FIELD_SCHEMAS.years, DEFAULTS.years),
    skills: z._default(FIELD_SCHEMAS.skills, []),
    held: z._default(FIELD_SCHEMAS.held, []),
    goal: z._default(FIELD_SCHEMAS.goal, DEFAULTS.goal),
    interests: z._default(FIELD_SCHEMAS.interests, []),
    hours: z._default(FIELD_SCHEMAS.hours, DEFAULTS.hours),
  }),
);
export type Profile = z.infer<typeof ProfileSchema>;
export type ProfileInput = z.input<typeof ProfileSchema>;
export type ProfileField = keyof Profile;
