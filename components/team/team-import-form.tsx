"use client";

import { useId, useRef, useState, type FormEvent } from "react";
import styles from "@/components/team/team.module.css";
import { useHydrating } from "@/components/ui/browser-value";
import control from "@/components/ui/control.module.css";
import { TEAM_COLUMNS } from "@/lib/team/team-shape";

export const TEMPLATE_HREF = "/team/template.csv";

type Props = {
  /** Called with the CSV's text and where it came from; resolves when the import is done. */
  onImport: (text: string, source: string) => Promise<void>;
  busy: boolean;
};

/** The two ways in: a CSV file or pasted CSV text, and "Plan the team". A chosen file wins over pasted text. */
export function TeamImportForm({ onImport, busy }: Props) {
  const ids = { file: useId(), fileHint: useId(), text: useId(), textHint: useId() };
  const fileRef = useRef<HTMLInputElement>(null);
  // Uncontrolled: React leaves the box's text alone when it hydrates the page, so text pasted before the page's
  // script arrived is still there to plan (a controlled box was emptied then), and typing never re-renders.
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [problem, setProblem] = useState("");
  // Until the page's script is here, pressing the button would make the browser send the form itself: a reload
  // of /team that loses what was pasted (the planning needs the script anyway). So it waits for the script.
  const waiting = useHydrating();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    const text = textRef.current?.value ?? "";
    if (!file && text.trim() === "") {
      setProblem("Choose a CSV file or paste CSV text, then press “Plan the team”.");
      return;
    }
    setProblem("");
    if (file) {
      let content: string;
      try {
        content = await file.text();
      } catch {
        setProblem(`Couldn't read ${file.name}. Choose the file again, or paste its text.`);
        return;
      }
      await onImport(content, file.name);
      if (fileRef.current) fileRef.current.value = "";
    } else {
      await onImport(text, "the pasted text");
    }
  };

  return (
    <form className={styles.importForm} onSubmit={(e) => void submit(e)} noValidate>
      <div className={`${control.control} ${styles.field}`}>
        <label htmlFor={ids.file}>CSV file of your team</label>
        <p id={ids.fileHint} className={styles.hint}>
          A .csv file saved from a spreadsheet.
        </p>
        <input id={ids.file} ref={fileRef} type="file" accept=".csv,text/csv" aria-describedby={ids.fileHint} />
      </div>
      <div className={`${control.control} ${styles.field}`}>
        <label htmlFor={ids.text}>Or paste the CSV text</label>
        <p id={ids.textHint} className={styles.hint}>
          The first row names the columns: {TEAM_COLUMNS.join(",")}.
        </p>
        <textarea
          id={ids.text}
          aria-describedby={ids.textHint}
          rows={6}
          spellCheck={false}
          ref={textRef}
          defaultValue=""
        />
      </div>
      {problem !== "" && (
        <p role="alert" className={styles.problem}>
          {problem}
        </p>
      )}
      <div className={styles.actions}>
        <button type="submit" className="button" disabled={busy || waiting} aria-disabled={busy || waiting}>
          Plan the team
        </button>
        <a href={TEMPLATE_HREF} download="certpath-team-template.csv">
          Download a CSV template
        </a>
      </div>
    </form>
  );
}
