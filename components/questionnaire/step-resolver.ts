import { toNestErrors } from "@hookform/resolvers";
import type { FieldErrors, FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod/mini";
import type { ErrorSummaryItem } from "@/components/ui/error-summary";
import type { ProfileField } from "@/lib/profile/schema";
import { todayIso } from "@/lib/dates/iso-date";
import { validateStep } from "@/lib/profile/step-validation";
import type { Answers } from "@/lib/saved/saved-state";

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

/** Mode shared by every step: validate on Continue only, as GOV.UK does, and let the summary take focus. */
export const STEP_FORM_OPTIONS = { mode: "onSubmit", reValidateMode: "onSubmit", shouldFocusError: false } as const;

/** The error summary's rows for a step, in the order its questions appear. */
export function summaryItems<TForm extends FieldValues>(
  fields: readonly ProfileField[],
  errors: FieldErrors<TForm>,
): ErrorSummaryItem[] {
  return fields.flatMap((field) => {
    const entry: unknown = Object.hasOwn(errors, field) ? errors[field] : undefined;
    const message = typeof entry === "object" && entry !== null && "message" in entry ? entry.message : undefined;
    return typeof message === "string" && message !== "" ? [{ fieldId: field, message }] : [];
  });
}
