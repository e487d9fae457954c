"use client";

import { useEffect, useId, useState, type ClipboardEvent } from "react";
import { todayIso } from "@/lib/dates/iso-date";
import { NOTE_MAX, STEP_STATUSES, type StepProgress } from "@/lib/saved/saved-state";
import { useAppStore } from "@/components/state/store-provider";
import { STATUS_LABELS } from "@/lib/saved/saved-state";
import { plural } from "@/components/roadmap/labels";
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
 * Status radios for one step, saved to the store as they change. A form of its own, so the print styles
 * leave it out while the status still prints as text. It sits in the step's summary, outside the disclosure.
 */
export function StepStatusControls({ id, name, progress, disabled }: Props) {
  const setStatus = useAppStore((s) => s.setStatus);
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
    </form>
  );
}

/** Notes on one step, saved as they are typed; inside the step's disclosure (they print as text). */
export function StepNotesField({ id, name, progress, disabled }: Props) {
  const setNote = useAppStore((s) => s.setNote);
  const notesId = useId();
  const notes = progress?.notes ?? "";
  const left = NOTE_MAX - notes.length;
  // Characters a paste lost to the limit (the browser cuts it silently at maxLength); 0 when none.
  const [cut, setCut] = useState(0);
  // The count a screen reader hears: updated once typing pauses, as GOV.UK's character count does.
  const [spoken, setSpoken] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setSpoken(notes === "" ? "" : leftText(NOTE_MAX - notes.length)), 1000);
    return () => clearTimeout(timer);
  }, [notes]);

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const field = event.currentTarget;
    const pasted = event.clipboardData.getData("text").length;
    const room = NOTE_MAX - (field.value.length - (field.selectionEnd - field.selectionStart));
    setCut(Math.max(0, pasted - room));
  };
  return (
    <form className={styles.notesForm} onSubmit={(event) => event.preventDefault()}>
      <div className={styles.notesField}>
        <label htmlFor={notesId} className={styles.notesLabel}>
          Notes on {name}
        </label>
        <p id={`${notesId}-hint`} className={styles.hint}>
          Optional, up to {NOTE_MAX.toLocaleString("en-GB")} characters. Saved on this device as you type.
        </p>
        <textarea
          id={notesId}
          className={styles.textarea}
          rows={3}
          maxLength={NOTE_MAX}
          value={notes}
          disabled={disabled}
          aria-describedby={`${notesId}-hint ${notesId}-count`}
          onPaste={onPaste}
          onChange={(event) => {
            // A paste's own change keeps its message; the next edit clears it.
            if ((event.nativeEvent as InputEvent).inputType !== "insertFromPaste") setCut(0);
            setNote(id, event.target.value);
          }}
        />
        <p id={`${notesId}-count`} className={styles.hint} aria-hidden="true">
          {leftText(left)}
        </p>
        {cut > 0 ? (
          <p className={styles.hint}>
            <strong>{cutText(cut)}</strong>
          </p>
        ) : null}
        <p role="status" className="visually-hidden">
          {cut > 0 ? cutText(cut) : spoken}
        </p>
      </div>
    </form>
  );
}

/** "You have 1,994 characters left", "You have 1 character left". */
function leftText(left: number): string {
  return `You have ${plural(left, "character").replace(/^\d+/, left.toLocaleString("en-GB"))} left`;
}

const cutText = (cut: number) =>
  `Your paste was cut to fit the ${NOTE_MAX.toLocaleString("en-GB")}-character limit: its last ${plural(cut, "character")} ${cut === 1 ? "was" : "were"} left out.`;
