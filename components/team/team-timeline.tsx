"use client";

import { useState } from "react";
import { Timeline, type TimelineRow } from "@/components/timeline/timeline";
import styles from "@/components/team/team.module.css";
import type { Catalog } from "@/lib/catalog/schema";
import { formatShortRange } from "@/lib/dates/format-date";
import { indexCatalog } from "@/lib/recommender/catalog-index";
import { personHref } from "@/lib/team/people-rows";
import type { PlannedMember } from "@/lib/team/plan-team";

/** People drawn at first; "Show more" adds as many again. Thousands of rows of bars would swamp the page. */
const PAGE = 25;

type Props = { people: readonly PlannedMember[]; catalog: Catalog; today: string };

/**
 * Everyone's steps on one time axis, one row per person: the roadmap's timeline (components/timeline), each bar
 * a link to that step in the person's roadmap. People with nothing to plan have no row.
 */
export function TeamTimeline({ people, catalog, today }: Props) {
  const [limit, setLimit] = useState(PAGE);
  const index = indexCatalog(catalog);
  const planned = people.filter((p) => p.roadmap.steps.length > 0);
  const shown = planned.slice(0, limit);
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
