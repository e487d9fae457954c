"use client";

import { todayIso } from "@/lib/dates/iso-date";
import { STEP_STATUSES } from "@/lib/saved/saved-shape";
import type { StepProgress } from "@/lib/saved/saved-state";
import { useAppStore } from "@/components/state/store-provider";
import { WAITS_FOR_SAVED } from "@/components/state/waits-for-saved";
import { STATUS_LABELS } from "@/lib/saved/saved-shape";
import styles from "@/components/roadmap/step-item.module.css";

export type StepProgressProps = {
  /** The certification id the progress is saved under. */
  id: string;
  /** Its name, as the legend and the notes label say it. */
  name: string;
  progress: StepProgress | undefined;
};

/**
 * Status radios for one step, saved to the store as they change. A form of its own, so the print styles
 * leave it out while the status still prints as text. It sits in the step's summary, outside the disclosure.
 */
export function StepStatusControls({ id, name, progress }: StepProgressProps) {
  const setStatus = useAppStore((s) => s.setStatus);
  // Read here rather than passed down, so the step around it does not draw again when saved progress arrives.
  const disabled = !useAppStore((s) => s.hydrated);
  const status = progress?.status ?? "not-started";
  return (
    <form className={styles.progress} onSubmit={(event) => event.preventDefault()}>
      <fieldset className={styles.statuses} disabled={disabled} {...WAITS_FOR_SAVED}>
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
    </form>
  );
}
