import type { Catalog } from "@/lib/catalog/schema";
import { addYears } from "@/lib/dates/iso-date";
import { formatDate, formatMonthYear, formatShortRange } from "@/lib/dates/format-date";
import { indexCatalog } from "@/lib/recommender/catalog-index";
import type { Step } from "@/lib/recommender/roadmap-schema";
import { progressOf } from "@/lib/saved/progress-of";
import { STATUS_LABELS } from "@/lib/saved/saved-shape";
import { useAppStore } from "@/components/state/store-provider";
import { validityOf } from "@/components/roadmap/labels";
import { Timeline, type TimelineRow } from "@/components/timeline/timeline";

type Props = {
  steps: readonly Step[];
  catalog: Catalog;
  /** Today's ISO date, the same on the server and in the browser (a prop, not read during render). */
  today?: string;
  className?: string;
};

/**
 * The plan at a glance: one bar per step from its start to its exam, then the certification's validity, each
 * bar a link to its step further down. Held certifications are not on it: they are not planned.
 */
export function RoadmapTimeline({ steps, catalog, today, className }: Props) {
  const progress = useAppStore((s) => s.progress);
  const index = indexCatalog(catalog);
  const rows: TimelineRow[] = steps.map((step, i) => {
    const id = step.certificationId;
    const certification = index.byId.get(id);
    const status = progressOf(progress, id)?.status ?? "not-started";
    const validity = certification ? validityOf(certification, catalog) : catalog.program.facts.validityYears;
    const earliest = addYears(step.end, validity.min);
    const latest = addYears(step.end, validity.max);
    const until =
      validity.max > validity.min ? `${formatDate(earliest)} to ${latest.slice(0, 4)}` : formatDate(earliest);
    // Short enough for one line on a phone; "not started" is the bar's plain look and the key's first entry.
    const note = [
      formatShortRange(step.start, step.end),
      status === "not-started" ? null : STATUS_LABELS[status],
      `valid until ${formatMonthYear(earliest)}`,
    ];
    return {
      key: id,
      label: `Step ${i + 1}: ${certification?.shortName ?? id}`,
      note: note.filter(Boolean).join(" · "),
      bars: [
        {
          key: id,
          start: step.start,
          end: step.end,
          href: `#step-${id}`,
          progress: { state: status, text: STATUS_LABELS[status] },
          endMark: "exam at the end",
          after: { until: earliest, text: `then valid until about ${until}` },
        },
      ],
    };
  });
  return (
    <div className={className}>
      <Timeline
        caption="Timeline of your plan"
        rows={rows}
        today={today}
        legend={{ exam: "Exam", after: "Valid after passing (to the earliest renewal)" }}
      />
    </div>
  );
}
