"use client";

import { lazy, Suspense, useEffect, useState } from "react";
import { useStore } from "zustand";
import { ClearTeam } from "@/components/team/clear-team";
import { TeamImportForm } from "@/components/team/team-import-form";
import { createTeamJobs } from "@/components/team/team-jobs";
import { createTeamStore } from "@/components/team/team-store";
import { useTeamPlan } from "@/components/team/use-team-plan";
import { afterIntent } from "@/components/ui/after-intent";
import styles from "@/components/team/team.module.css";
import { todayIso } from "@/lib/dates/iso-date";
import type { ProfileIds } from "@/lib/profile/schema";
import type { TeamJobProgress } from "@/lib/team/team-job";

/** What the last import said: the file refused, or how many were planned, the rejected rows and notes. */
type Report = { source: string; error?: string; planned: number; rejected: string[]; notes: string[] };

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

/**
 * `known`: the catalog's ids, which the saved team's check needs as the page hydrates. The catalog itself is not
 * a prop: it came to 80 of the page's 84 KB of HTML (its RSC payload), which the browser parsed and revived while
 * hydrating although nothing uses it before a team is planned. The worker's script and the results' code carry
 * it (components/catalog/catalog.generated.ts), and they load once there is a team or the person starts.
 */
type Props = { known: ProfileIds };

// The tables, chart, timeline and exports load only once there is a team to show (or the person starts using
// the page), which keeps them out of the page's first-load JavaScript.
const loadResults = () => import("@/components/team/team-results");
const TeamResults = lazy(loadResults);

/**
 * /team in the browser: import a CSV, keep the team in this browser's own store, and show the People and
 * Coverage tables, the load, the timeline and exports. Reading and planning run in a Web Worker
 * (components/team/team-jobs.ts), so the page keeps answering, with a progress message, however big the team.
 */
export function TeamPlanner({ known }: Props) {
  const [store] = useState(() => createTeamStore(known));
  // The worker starts in the browser only, once the person starts using the page (afterIntent: not during the
  // page's load, where its start and the results' code cost the load's main thread), and warms up, ready for
  // the first import.
  const [jobs] = useState(createTeamJobs);
  useEffect(() => {
    void store.persist.rehydrate();
    const cancel = afterIntent(() => {
      jobs.warm({ kind: "warm-up", known, today: todayIso() });
      void loadResults();
    });
    return () => {
      cancel();
      jobs.dispose();
    };
  }, [store, jobs, known]);
  const people = useStore(store, (s) => s.people);
  const hydrated = useStore(store, (s) => s.hydrated);
  const notices = useStore(store, (s) => s.notices);
  const [reading, setReading] = useState(false);
  const [progress, setProgress] = useState<TeamJobProgress | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const plan = useTeamPlan(store, jobs, setProgress);

  const onImport = async (text: string, source: string) => {
    setReading(true);
    setReport(null);
    // Marks for the browser tests and anyone profiling: read → parsed → planned → shown (performance.getEntries).
    performance.mark("team:import");
    let parsed = false;
    const result = await jobs.run({ kind: "csv", text, known, today: todayIso() }, (next) => {
      if (next.phase === "planning" && !parsed) {
        parsed = true;
        performance.mark("team:parsed");
      }
      setProgress(next);
    });
    setReading(false);
    setProgress(null);
    // Null: another job took over (a second import, say), which reports for itself.
    if (result === null) return;
    if (!result.ok) {
      setReport({ source, error: result.error, planned: 0, rejected: [], notes: [] });
      return;
    }
    performance.mark("team:planned");
    store.getState().setPeople(result.people, result.view);
    setReport({ source, planned: result.people.length, rejected: result.rejected, notes: result.notes });
  };

  const progressText =
    progress?.phase === "planning"
      ? `Planning the team: ${progress.done.toLocaleString("en")} of ${count(progress.total, "person", "people")}…`
      : reading || progress?.phase === "reading"
        ? "Reading the CSV…"
        : people.length > 0 && plan === null
          ? `Planning the team: 0 of ${count(people.length, "person", "people")}…`
          : "";

  return (
    <>
      {notices.length > 0 && (
        <div role="status" className={styles.notice}>
          <h2 className={styles.noticeTitle}>About the saved team</h2>
          <ul>
            {notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
          <button type="button" className="button button-secondary" onClick={store.getState().dismissNotices}>
            OK, hide this
          </button>
        </div>
      )}
      <section aria-labelledby="import-heading">
        <h2 id="import-heading">Your team&apos;s CSV</h2>
        <TeamImportForm onImport={onImport} busy={reading} />
      </section>
      <p role="status" aria-live="polite" className={styles.progress} data-busy={progressText !== "" || undefined}>
        {progressText}
      </p>
      <div>{report && <ImportReport report={report} />}</div>
      {hydrated && people.length === 0 && !reading && (
        <p className={styles.empty}>No team yet: plan one from a CSV file or pasted text above.</p>
      )}
      {plan && plan.people.length > 0 && (
        <Suspense fallback={<p className={styles.progress}>Drawing the team&apos;s tables…</p>}>
          <TeamResults plan={plan} />
        </Suspense>
      )}
      {people.length > 0 && (
        <ClearTeam
          count={people.length}
          onClear={() => {
            store.getState().clear();
            setReport(null);
          }}
        />
      )}
    </>
  );
}

function ImportReport({ report }: { report: Report }) {
  if (report.error !== undefined) {
    return (
      <div role="alert" className={styles.problemBox}>
        <h2 className={styles.problemTitle}>The team was not loaded</h2>
        <p>
          From {report.source}: {report.error}
        </p>
      </div>
    );
  }
  const { rejected, notes } = report;
  return (
    <>
      <p className={styles.done}>
        {count(report.planned, "person", "people")} from {report.source}
        {rejected.length > 0 ? `; ${count(rejected.length, "row")} not planned (listed below)` : ""}.
      </p>
      {rejected.length > 0 && (
        <div role="alert" className={styles.problemBox}>
          <h2 className={styles.problemTitle}>
            {rejected.length === 1 ? "1 row was" : `${count(rejected.length, "row")} were`} not planned
          </h2>
          <p>Fix these rows in the file and plan the team again; the other rows are planned below.</p>
          <ul className={styles.rejected}>
            {rejected.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      {notes.length > 0 && (
        <div className={styles.notice}>
          <h2 className={styles.noticeTitle}>Worth checking</h2>
          <ul>
            {notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
