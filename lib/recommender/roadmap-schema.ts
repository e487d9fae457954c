import { z } from "zod/mini";
import { TierIdSchema } from "@/lib/catalog/ids";

/** What `recommend` returns. The CLI's `--json` and the API print exactly this object. */

export const ReasonSchema = z.strictObject({
  /** The id of the rule that produced this reason (see lib/recommender/rules.ts). */
  ruleId: z.string(),
  text: z.string().check(z.minLength(1)),
});
export type Reason = z.infer<typeof ReasonSchema>;

const PositiveInt = z.int().check(z.positive());
const RangeSchema = z.strictObject({ min: PositiveInt, max: PositiveInt });

export const StepSchema = z.strictObject({
  certificationId: z.string(),
  /** Which of the guide's preparation plans applies: fast (7–14 days), standard (30), extended (60). */
  tier: TierIdSchema,
  reasons: z.array(ReasonSchema).check(z.minLength(1)),
  /** Calendar days of preparation at the profile's hours per week. */
  prepDays: RangeSchema,
  /** Hours of study the tier represents, whatever the pace. */
  studyHours: RangeSchema,
  /** Planned study window (inclusive), sized for the upper bound of `prepDays`. */
  start: z.iso.date(),
  end: z.iso.date(),
});
export type Step = z.infer<typeof StepSchema>;

export const ALTERNATIVE_KINDS = ["next-level", "cross-track", "leadership", "interest"] as const;
export const AlternativeSchema = z.strictObject({
  certificationId: z.string(),
  kind: z.enum(ALTERNATIVE_KINDS),
  reasons: z.array(ReasonSchema).check(z.minLength(1)),
});
export type Alternative = z.infer<typeof AlternativeSchema>;

export const WarningSchema = z.strictObject({ code: z.string(), text: z.string().check(z.minLength(1)) });
export type Warning = z.infer<typeof WarningSchema>;

export const AssumptionSchema = z.strictObject({
  id: z.string(),
  value: z.union([z.number(), z.string()]),
  text: z.string().check(z.minLength(1)),
});
export type Assumption = z.infer<typeof AssumptionSchema>;

export const RoadmapSchema = z.strictObject({
  steps: z.array(StepSchema),
  alternatives: z.array(AlternativeSchema),
  warnings: z.array(WarningSchema),
  assumptions: z.array(AssumptionSchema),
});
export type Roadmap = z.infer<typeof RoadmapSchema>;
