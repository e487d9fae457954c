"use client";

import { useId } from "react";
import { todayIso } from "@/lib/dates/iso-date";
import { NOTE_MAX, STEP_STATUSES, type StepProgress } from "@/lib/saved/saved-state";
import { useAppStore } from "@/components/state/store-provider";
import { STATUS_LABELS } from "@/lib/saved/saved-state";
import styles from "@/components/roadmap/step-item.module.css";

type Props = {
  /** The certification id the progress is saved under. */
  id: string;
  /** Its name, as the legend and the notes label say it. */
  name: string;
  progress: StepProgress | undefined;
  disabled: boolean;
};

/**
 * Status radios and notes for one step, saved to the store as they change. A form of its own, so the
 * print styles leave it out while the status and notes still print as text.
 */
export function StepProgressControls({ id, name, progress, disabled }: Props) {
  const setStatus = useAppStore((s) => s.setStatus);
  const setNote = useAppStore((s) => s.setNote);
  const notesId = useId();
  const status = progress?.status ?? "not-started";
  return (
    <form className={styles.progress} onSubmit={(event) => event.preventDefault()}>
      <fieldset className={styles.statuses} disabled={disabled}>
        <legend className={styles.legend}>Progress on {name}</legend>
        {STEP_STATUSES.map((value) => (
          <label key={value} className={styles.radio}>
            <input
              type="radio"
              name={`status-${id}`}
              value={value}
              checked={status === value}
              onChange={() => setStatus(id, value, todayIso())}
            />
            {STATUS_LABELS[value]}
          </label>
        ))}
      </fieldset>
      <div className={styles.notesField}>
        <label htmlFor={notesId} className={styles.notesLabel}>
          Notes on {name}
        </label>
        <p id={`${notesId}-hint`} className={styles.hint}>
          Optional. Saved on this device as you type.
        </p>
        <textarea
          id={notesId}
          className={styles.textarea}
          rows={3}
          maxLength={NOTE_MAX}
          value={progress?.notes ?? ""}
          disabled={disabled}
          aria-describedby={`${notesId}-hint`}
          onChange={(event) => setNote(id, event.target.value)}
        />
      </div>
    </form>
  );
}
