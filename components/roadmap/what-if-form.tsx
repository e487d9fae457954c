"use client";

import { useId, useState } from "react";
import { GOAL_IDS } from "@/lib/catalog/ids";
import { FIELD_LABELS, GOAL_LABELS, questionError } from "@/lib/profile/answer-labels";
import { FIELD_SCHEMAS, HOURS } from "@/lib/profile/schema";
import type { WhatIfProps } from "@/components/roadmap/what-if";
import styles from "@/components/roadmap/roadmap-view.module.css";

const WHOLE_NUMBER = /^\d+$/;

/** The hours typed, if they are a whole number the profile accepts (so "1e1" or "8.5" never reach the plan). */
function readHours(text: string): number | undefined {
  const parsed = FIELD_SCHEMAS.hours.safeParse(WHOLE_NUMBER.test(text.trim()) ? Number(text) : Number.NaN);
  return parsed.success ? parsed.data : undefined;
}

/** The questionnaire's message for what was typed: empty, not a whole number, or out of range. */
function hoursError(text: string): string {
  const trimmed = text.trim();
  // Anything typed that is not plain digits (8.5, 1e1, -) gets the "whole number" message.
  return questionError("hours", trimmed === "" ? undefined : WHOLE_NUMBER.test(trimmed) ? Number(trimmed) : 0.5);
}

/** The what-if's fields: loaded apart from the page (what-if.tsx draws them once the disclosure opens). */
export function WhatIfForm({ profile, changed, onChange, onReset }: WhatIfProps) {
  // What is typed in the hours box; null shows the plan's hours. A half-typed number never reaches the plan.
  const [hoursDraft, setHoursDraft] = useState<string | null>(null);
  const hoursId = useId();
  const goalId = useId();
  const error = hoursDraft === null || readHours(hoursDraft) !== undefined ? undefined : hoursError(hoursDraft);

  return (
    <>
      <p>The plan below changes as you do, and so does this page&apos;s link. Your saved answers stay as they are.</p>
      <form className={styles.whatIf} onSubmit={(event) => event.preventDefault()}>
        <div className={styles.field}>
          <label htmlFor={hoursId} className={styles.label}>
            {FIELD_LABELS.hours}
          </label>
          <p id={`${hoursId}-hint`} className={styles.hint}>
            A whole number from {HOURS.min} to {HOURS.max}.
          </p>
          {error && (
            <p id={`${hoursId}-error`} className={styles.error}>
              <span className="visually-hidden">Error:</span> {error}
            </p>
          )}
          <input
            id={hoursId}
            className={styles.number}
            type="number"
            inputMode="numeric"
            min={HOURS.min}
            max={HOURS.max}
            step={1}
            value={hoursDraft ?? String(profile.hours)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${hoursId}-hint ${hoursId}-error` : `${hoursId}-hint`}
            onChange={(event) => {
              const text = event.target.value;
              setHoursDraft(text);
              const hours = readHours(text);
              if (hours !== undefined) onChange({ hours });
            }}
            onBlur={() => {
              if (!error) setHoursDraft(null);
            }}
          />
        </div>
        <fieldset className={styles.field}>
          <legend className={styles.label}>{FIELD_LABELS.goal}</legend>
          {GOAL_IDS.map((goal) => (
            <div key={goal} className={styles.choice}>
              <input
                id={`${goalId}-${goal}`}
                type="radio"
                name={goalId}
                value={goal}
                checked={profile.goal === goal}
                aria-describedby={`${goalId}-${goal}-hint`}
                onChange={() => onChange({ goal })}
              />
              <label htmlFor={`${goalId}-${goal}`}>{GOAL_LABELS[goal].label}</label>
              <p id={`${goalId}-${goal}-hint`} className={styles.hint}>
                {GOAL_LABELS[goal].hint}
              </p>
            </div>
          ))}
        </fieldset>
        {changed && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setHoursDraft(null);
              onReset();
            }}
          >
            Go back to your answers
          </button>
        )}
      </form>
    </>
  );
}
