"use client";

import { useState } from "react";
import { downloadText } from "@/components/roadmap/download";
import styles from "@/components/team/team.module.css";
import type { Catalog } from "@/lib/catalog/schema";
import { todayIso } from "@/lib/dates/iso-date";
import type { TeamPlan } from "@/components/team/team-store";
import { plannedTeam } from "@/lib/team/team-job";
import { teamExamsToIcs, teamPlanToCsv } from "@/lib/team/team-export";

/** The two exports: the plan as CSV (one row per person and step) and every exam day as a calendar. */
export function TeamExports({ plan, catalog }: { plan: TeamPlan; catalog: Catalog }) {
  const [status, setStatus] = useState("");
  const day = todayIso();
  // Nobody's steps are kept with the People table's rows: they are planned again when someone asks for a file
  // (5,000 people take a moment, less than reading back 5,000 kept plans did).
  const everyone = () => plannedTeam(plan.people, catalog);
  const csv = () => {
    const people = everyone();
    // A byte order mark tells spreadsheet programs the file is UTF-8, so names with accents survive.
    downloadText(`\uFEFF${teamPlanToCsv(people, catalog)}`, `certpath-team-plan-${day}.csv`, "text/csv;charset=utf-8");
    setStatus("The plan is downloading as a CSV file.");
  };
  const ics = () => {
    const people = everyone();
    const stamp = `${new Date().toISOString().slice(0, 19)}Z`;
    const text = teamExamsToIcs(people, catalog, { stamp, origin: window.location.origin });
    downloadText(text, `certpath-team-exams-${day}.ics`, "text/calendar;charset=utf-8");
    setStatus("The exam days are downloading as a calendar file (.ics): open it to add them to your calendar.");
  };
  return (
    <div className={styles.exports}>
      <div className={styles.actions}>
        <button type="button" className="button button-secondary" onClick={csv}>
          Download the plan as CSV
        </button>
        <button type="button" className="button button-secondary" onClick={ics}>
          Add the team&apos;s exams to a calendar
        </button>
      </div>
      <p role="status" className={styles.hint}>
        {status}
      </p>
    </div>
  );
}
