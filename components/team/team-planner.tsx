"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { useStore } from "zustand";
import { CoverageTable } from "@/components/team/coverage-table";
import { LoadChart } from "@/components/team/load-chart";
import { PeopleTable } from "@/components/team/people-table";
import { ClearTeam } from "@/components/team/clear-team";
import { TeamExports } from "@/components/team/team-exports";
import { TeamImportForm } from "@/components/team/team-import-form";
import { TeamTimeline } from "@/components/team/team-timeline";
import { createTeamStore } from "@/components/team/team-store";
import { useTeamPlan } from "@/components/team/use-team-plan";
import styles from "@/components/team/team.module.css";
import type { Catalog } from "@/lib/catalog/schema";
import { todayIso } from "@/lib/dates/iso-date";
import type { ProfileIds } from "@/lib/profile/schema";
import { teamCoverage } from "@/lib/team/coverage";
import { teamLoad } from "@/lib/team/load";
import { peopleRows } from "@/lib/team/people-rows";
import type { PlannedMember } from "@/lib/team/plan-team";
import { duplicateNotes, rejectionText } from "@/lib/team/team-member";

/** What the last import said: the file refused, or how many were planned, the rejected rows and notes. */
type Report = { source: string; error?: string; planned: number; rejected: string[]; notes: string[] };

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

/** Lets the browser paint (the progress message) before a long piece of work starts. */
const nextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

type Props = { catalog: Catalog; known: ProfileIds };

/**
 * /team in the browser: import a CSV (papaparse loads only when a file is planned), keep the team in this
 * browser's own store, plan everyone in chunks, and show the People and Coverage tables, the load and exports.
 */
export function TeamPlanner({ catalog, known }: Props) {
  const [store] = useState(() => createTeamStore(known));
  useEffect(() => {
    void store.persist.rehydrate();
  }, [store]);
  const people = useStore(store, (s) => s.people);
  const hydrated = useStore(store, (s) => s.hydrated);
  const notices = useStore(store, (s) => s.notices);
  const [reading, setReading] = useState(false);
  const [report, setReport] = useState<Report | null>(null);
  const plan = useTeamPlan(people, catalog);
  const reportRef = useRef<HTMLDivElement>(null);

  const onImport = async (text: string, source: string) => {
    setReading(true);
    setReport(null);
    // Marks for the browser tests and anyone profiling: read → parsed → planned → shown (performance.getEntries).
    performance.mark("team:import");
    await nextPaint();
    try {
      const { parseTeamCsv } = await import("@/lib/team/team-csv");
      const result = parseTeamCsv(text, known, todayIso());
      performance.mark("team:parsed");
      if (!result.ok) {
        setReport({ source, error: result.error, planned: 0, rejected: [], notes: [] });
        return;
      }
      store.getState().setPeople(result.people);
      setReport({
        source,
        planned: result.people.length,
        rejected: result.rejected.map(rejectionText),
        notes: [...result.notes, ...duplicateNotes(result.people)],
      });
    } catch {
      setReport({
        source,
        error: "The CSV reader couldn't load (the connection may have dropped). Reload the page and try again.",
        planned: 0,
        rejected: [],
        notes: [],
      });
    } finally {
      setReading(false);
    }
  };

  const progress = reading
    ? "Reading the CSV…"
    : people.length > 0 && plan.planned === null
      ? `Planning the team: ${plan.done.toLocaleString("en")} of ${count(plan.total, "person", "people")}…`
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
      <p role="status" aria-live="polite" className={styles.progress} data-busy={progress !== "" || undefined}>
        {progress}
      </p>
      <div ref={reportRef}>{report && <ImportReport report={report} />}</div>
      {hydrated && people.length === 0 && !reading && (
        <p className={styles.empty}>No team yet: plan one from a CSV file or pasted text above.</p>
      )}
      {plan.planned && plan.planned.length > 0 && <TeamResults planned={plan.planned} catalog={catalog} />}
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

function TeamResults({ planned, catalog }: { planned: PlannedMember[]; catalog: Catalog }) {
  // Rendered only in the browser, after the team was read from storage: today is the browser's own.
  const [today] = useState(todayIso);
  const rows = useMemo(() => peopleRows(planned, catalog), [planned, catalog]);
  const coverage = useMemo(() => teamCoverage(planned, catalog), [planned, catalog]);
  const load = useMemo(() => teamLoad(planned), [planned]);
  useEffect(() => {
    performance.mark("team:shown");
  }, [planned]);
  return (
    <>
      <section aria-labelledby="people-heading">
        <h2 id="people-heading">People</h2>
        <p className={styles.hint}>Each name opens that person&apos;s roadmap: the same link they would share.</p>
        <PeopleTable rows={rows} />
      </section>
      <section aria-labelledby="downloads-heading">
        <h2 id="downloads-heading">Take the plan with you</h2>
        <TeamExports people={planned} catalog={catalog} />
      </section>
      <section aria-labelledby="coverage-heading">
        <h2 id="coverage-heading">Coverage</h2>
        <CoverageTable rows={coverage} />
      </section>
      <section aria-labelledby="load-heading">
        <h2 id="load-heading">Team load</h2>
        <LoadChart load={load} />
      </section>
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Team timeline</h2>
        <p className={styles.hint}>Each bar is a step; it opens that step in the person&apos;s roadmap.</p>
        <TeamTimeline people={planned} catalog={catalog} today={today} />
      </section>
    </>
  );
}
