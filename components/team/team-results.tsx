"use client";

import { useEffect, useState } from "react";
import { CoverageTable } from "@/components/team/coverage-table";
import { LoadChart } from "@/components/team/load-chart";
import { PeopleTable } from "@/components/team/people-table";
import { CATALOG_DATA } from "@/components/catalog/catalog.generated";
import { TeamExports } from "@/components/team/team-exports";
import type { TeamPlan } from "@/components/team/team-store";
import { TeamTimeline } from "@/components/team/team-timeline";
import styles from "@/components/team/team.module.css";
import type { Catalog } from "@/lib/catalog/schema";
import { todayIso } from "@/lib/dates/iso-date";
import { afterFrame } from "@/components/ui/after-frame";

/** What /team shows of a planned team: the People and Coverage tables, the exports, the load and the timeline. */
export default function TeamResults({ plan }: { plan: TeamPlan }) {
  // Rendered only in the browser, after the team was read from storage: today is the browser's own.
  const [today] = useState(todayIso);
  // The People table is what the manager waits for after "Plan the team": it is drawn first, on its own, and
  // the rest (exports, coverage, load, timeline) once the table is on screen (after the next frame), so the
  // page draws a big team in two steps instead of one long one. From then on, everything is drawn together.
  const [rest, setRest] = useState(false);
  useEffect(() => {
    performance.mark("team:shown");
  }, [plan]);
  useEffect(() => afterFrame(() => setRest(true)), []);
  return (
    <>
      <section aria-labelledby="people-heading">
        <h2 id="people-heading">People</h2>
        <p className={styles.hint}>Each name opens that person&apos;s roadmap: the same link they would share.</p>
        <PeopleTable rows={plan.view.rows} />
      </section>
      {rest && <Rest plan={plan} catalog={CATALOG_DATA} today={today} />}
    </>
  );
}

/** Everything /team shows of a planned team after the People table. */
function Rest({ plan, catalog, today }: { plan: TeamPlan; catalog: Catalog; today: string }) {
  const { people, view } = plan;
  return (
    <>
      <section aria-labelledby="downloads-heading">
        <h2 id="downloads-heading">Take the plan with you</h2>
        <TeamExports plan={plan} catalog={catalog} />
      </section>
      <section aria-labelledby="coverage-heading">
        <h2 id="coverage-heading">Coverage</h2>
        <CoverageTable rows={view.coverage} />
      </section>
      <section aria-labelledby="load-heading">
        <h2 id="load-heading">Team load</h2>
        <LoadChart load={view.load} />
      </section>
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Team timeline</h2>
        <p className={styles.hint}>Each bar is a step; it opens that step in the person&apos;s roadmap.</p>
        <TeamTimeline people={people} view={view} catalog={catalog} today={today} />
      </section>
    </>
  );
}
