"use client";

import { useMemo, useState } from "react";
import { Timeline, type TimelineRow } from "@/components/timeline/timeline";
import styles from "@/components/team/team.module.css";
import type { Catalog } from "@/lib/catalog/schema";
import { formatShortRange } from "@/lib/dates/format-date";
import { indexCatalog } from "@/lib/recommender/catalog-index";
import { personHref } from "@/lib/team/people-rows";
import { plannedMember, type TeamView } from "@/lib/team/team-job";
import type { TeamMember } from "@/lib/team/team-member";

/** People drawn at first; "Show more" adds as many again. Thousands of rows of bars would swamp the page. */
const PAGE = 25;

type Props = { people: readonly TeamMember[]; view: TeamView; catalog: Catalog; today: string };

/**
 * Everyone's steps on one time axis, one row per person: the roadmap's timeline (components/timeline), each bar
 * a link to that step in the person's roadmap. People with nothing to plan have no row.
 */
export function TeamTimeline({ people, view, catalog, today }: Props) {
  const [limit, setLimit] = useState(PAGE);
  const index = indexCatalog(catalog);
  // Who has steps is in the table's rows; only the people shown are planned again for their steps.
  const planned = useMemo(() => view.rows.flatMap((row, i) => (row.steps > 0 ? [i] : [])), [view]);
  const shown = useMemo(
    () => planned.slice(0, limit).map((i) => plannedMember(people, i, catalog)),
    [planned, limit, people, catalog],
  );
  const rows: TimelineRow[] = shown.map((person) => {
    const href = personHref(person);
    const first = person.roadmap.steps[0];
    const last = person.roadmap.steps.at(-1);
    return {
      key: String(person.row),
      label: person.name,
      note: first && last ? formatShortRange(first.start, last.end) : undefined,
      bars: person.roadmap.steps.map((step) => ({
        key: step.certificationId,
        start: step.start,
        end: step.end,
        label: index.byId.get(step.certificationId)?.shortName ?? step.certificationId,
        href: `${href}#step-${step.certificationId}`,
        endMark: "exam at the end",
      })),
    };
  });
  if (rows.length === 0) return <p>Nobody in the team has a step to plan.</p>;
  const more = Math.min(PAGE, planned.length - shown.length);
  return (
    <>
      <Timeline
        caption={
          planned.length > shown.length
            ? `Team timeline: the first ${shown.length} of ${planned.length.toLocaleString("en")} people`
            : "Team timeline: everyone's steps"
        }
        rows={rows}
        today={today}
        legend={{ exam: "Exam" }}
      />
      {more > 0 && (
        <div className={styles.actions}>
          <button type="button" className="button button-secondary" onClick={() => setLimit(limit + PAGE)}>
            Show {more} more {more === 1 ? "person" : "people"} on the timeline
          </button>
        </div>
      )}
    </>
  );
}
