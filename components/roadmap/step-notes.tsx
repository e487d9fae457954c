"use client";

import { useEffect, useId, useState, type ClipboardEvent } from "react";
import { NOTE_MAX } from "@/lib/saved/saved-shape";
import { useAppStore } from "@/components/state/store-provider";
import { plural } from "@/components/roadmap/labels";
import type { StepProgressProps } from "@/components/roadmap/step-progress";
import styles from "@/components/roadmap/step-item.module.css";

/** Notes on one step, saved as they are typed; inside the step's disclosure (they print as text). */
export function StepNotesField({ id, name, progress }: StepProgressProps) {
  const setNote = useAppStore((s) => s.setNote);
  const disabled = !useAppStore((s) => s.hydrated);
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
