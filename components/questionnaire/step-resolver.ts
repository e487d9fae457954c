import { toNestErrors } from "@hookform/resolvers";
import type { FieldErrors, FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod/mini";
import { todayIso } from "@/lib/dates/iso-date";
import { STEP_SCHEMAS } from "@/lib/profile/questions";
import { validateStep } from "@/lib/profile/step-validation";
import type { Answers } from "@/lib/saved/saved-state";

/**
 * The questionnaire's checks: loaded apart from the page's first load (use-step-form.ts, `loadStepChecks`), since
 * they bring the schemas and the validation library, which nothing needs before the first Continue or Back.
 */

type FormStep = keyof typeof STEP_SCHEMAS;

/** The resolver of a step's form. */
export const resolverFor = <TForm extends FieldValues, S extends FormStep>(step: S) =>
  stepResolver<TForm, (typeof STEP_SCHEMAS)[S]>(STEP_SCHEMAS[step]);

/** What Back saves of a step's form. */
export const validSoFarFor = (step: FormStep, values: Readonly<Record<string, unknown>>): Answers =>
  validSoFar(STEP_SCHEMAS[step], values);

/**
 * The one resolver factory every step uses: the step's schema slice decides, questionError words the
 * message (via validateStep), and the form receives the parsed answers, ready for the store.
 */
export function stepResolver<TForm extends FieldValues, T extends z.ZodMiniObject>(
  schema: T,
): Resolver<TForm, unknown, z.output<T>> {
  return (values, _context, options) => {
    // Today as of this Continue, in the person's own calendar.
    const result = validateStep(schema, values, { today: todayIso() });
    if (result.ok) return { values: result.data, errors: {} };
    const errors: FieldErrors = {};
    for (const [field, message] of Object.entries(result.errors)) errors[field] = { type: "validate", message };
    return { values: {}, errors: toNestErrors(errors, options) };
  };
}

/** The step's answers that are valid right now: what Back saves, so leaving a step never loses work. */
export function validSoFar<T extends z.ZodMiniObject>(schema: T, values: Readonly<Record<string, unknown>>): Answers {
  const result = validateStep(schema, values);
  return result.ok ? result.data : result.valid;
}
