"use client";

import { useId, useState, type ChangeEvent } from "react";
import type { Catalog } from "@/lib/catalog/schema";
import { todayIso } from "@/lib/dates/iso-date";
import type { Profile } from "@/lib/profile/schema";
import type { Roadmap } from "@/lib/recommender/roadmap-schema";
import { knownIdsOf } from "@/lib/saved/saved-shape";
import { useAppStore } from "@/components/state/store-provider";
import { WAITS_FOR_SAVED } from "@/components/state/waits-for-saved";
import { downloadText } from "@/components/roadmap/download";
import { plural } from "@/components/roadmap/labels";
import styles from "@/components/roadmap/roadmap-toolbar.module.css";

type Props = {
  roadmap: Roadmap;
  profile: Profile;
  /** The whole catalog, for the exports and the progress file's check. */
  catalog: Catalog;
};

/** Rejected ids come from a file: show a few, shortened, rather than whatever length it held. */
function rejectedText(rejected: readonly string[]): string {
  const shown = rejected.slice(0, 8).map((id) => (id.length > 40 ? `${id.slice(0, 39)}…` : id || "(no id)"));
  const more = rejected.length > shown.length ? ` and ${rejected.length - shown.length} more` : "";
  return `${shown.join(", ")}${more}`;
}

/** Share, print and export the roadmap, and move progress between devices. None of it is printed. */
export function RoadmapToolbar({ roadmap, profile, catalog }: Props) {
  const progress = useAppStore((s) => s.progress);
  const hydrated = useAppStore((s) => s.hydrated);
  const mergeProgress = useAppStore((s) => s.mergeProgress);
  const [copyStatus, setCopyStatus] = useState("");
  const [importStatus, setImportStatus] = useState<string[]>([]);
  const importId = useId();

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopyStatus("Link copied. Anyone who opens it sees this roadmap; your progress and notes stay here.");
    } catch {
      setCopyStatus("Couldn't copy the link here: copy the address from your browser's address bar instead.");
    }
  };

  // The exports, and the progress file's reader, load on their button's click: few people press them, and
  // they keep their weight (the Markdown one carries the gantt chart) out of the page's first load (npm run perf).
  const downloadCalendar = async () => {
    const { icsFileName, roadmapToIcs } = await import("@/lib/export/ics");
    downloadText(
      roadmapToIcs(roadmap, catalog, { stamp: new Date().toISOString(), url: window.location.href }),
      icsFileName(profile),
      "text/calendar;charset=utf-8",
    );
  };
  const downloadMarkdown = async () => {
    const { markdownFileName, roadmapToMarkdown } = await import("@/lib/export/markdown");
    downloadText(
      roadmapToMarkdown(roadmap, profile, catalog, { url: window.location.href, progress }),
      markdownFileName(profile),
      "text/markdown;charset=utf-8",
    );
  };

  const downloadProgress = async () => {
    const { progressFileName, progressToFile } = await import("@/lib/saved/progress-file");
    downloadText(
      `${JSON.stringify(progressToFile(progress, { exportedAt: new Date().toISOString() }), null, 2)}\n`,
      progressFileName(todayIso()),
      "application/json",
    );
  };

  const importProgress = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    // Cleared so choosing the same file again (after fixing it, say) imports it again.
    input.value = "";
    const { progressFromFile } = await import("@/lib/saved/progress-file");
    const result = progressFromFile(await file.text(), knownIdsOf(catalog));
    if (!result.ok) {
      setImportStatus([`Couldn't import ${file.name}: ${result.error}`]);
      return;
    }
    mergeProgress(result.progress);
    const count = Object.keys(result.progress).length;
    setImportStatus([
      `Imported progress for ${plural(count, "step")}.`,
      ...(result.rejected.length > 0
        ? [
            `Not imported (${plural(result.rejected.length, "entry", "entries")} for a certification certpath doesn't know, or not valid progress): ${rejectedText(result.rejected)}.`,
          ]
        : []),
    ]);
  };

  return (
    <section aria-labelledby="toolbar-heading" className={`${styles.toolbar} no-print`}>
      <h2 id="toolbar-heading" className="visually-hidden">
        Share and export
      </h2>
      <div className={styles.group}>
        <p className={styles.explain}>This page&apos;s address is the link to this roadmap.</p>
        <div className={styles.row}>
          <button type="button" className="button" onClick={() => void copyLink()}>
            Copy link
          </button>
        </div>
        <p role="status" aria-live="polite" className={styles.status}>
          {copyStatus}
        </p>
      </div>
      <div className={styles.group}>
        <div className={styles.row}>
          <button type="button" className="button button-secondary" onClick={() => window.print()}>
            Print
          </button>
          <button type="button" className="button button-secondary" onClick={() => void downloadCalendar()}>
            Add to calendar
          </button>
          <button type="button" className="button button-secondary" onClick={() => void downloadMarkdown()}>
            Download as Markdown
          </button>
        </div>
      </div>
      <div className={styles.group}>
        <p className={styles.explain}>Your progress is saved in this browser. Move it to another with a file.</p>
        <div className={styles.row}>
          <button
            type="button"
            className="button button-secondary"
            disabled={!hydrated}
            {...WAITS_FOR_SAVED}
            onClick={() => void downloadProgress()}
          >
            Export progress
          </button>
          <span className={styles.fileButton}>
            <input
              id={importId}
              type="file"
              accept=".json,application/json"
              className={`visually-hidden ${styles.fileInput}`}
              disabled={!hydrated}
              {...WAITS_FOR_SAVED}
              onChange={(event) => void importProgress(event)}
            />
            <label htmlFor={importId} className="button button-secondary">
              Import progress
            </label>
          </span>
        </div>
        <div role="status" aria-live="polite" className={styles.status}>
          {importStatus.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      </div>
    </section>
  );
}
