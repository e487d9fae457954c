import { Fragment, useId, type ReactNode } from "react";
import { formatDate } from "@/lib/dates/format-date";
import { layoutTimeline } from "@/lib/timeline/timeline-layout";
import styles from "@/components/timeline/timeline.module.css";

/** Progress shown on a bar: by its fill pattern and icon, always with the words beside it. */
export type TimelineState = "not-started" | "in-progress" | "done";

export type TimelineBar = {
  key: string;
  /** First and last day, ISO, inclusive. */
  start: string;
  end: string;
  /** What the bar stands for when a row holds several (a certification in a person's row); read after the row's label. */
  label?: string;
  /** Where the bar leads (a step further down, a person's plan). Without it the bar is not a link. */
  href?: string;
  progress?: { state: TimelineState; text: string };
  /** Drawn as a mark at the bar's end and read as these words, e.g. "exam at the end". */
  endMark?: string;
  /** A lighter band after the bar until `until`, read as `text`, e.g. how long the certification stays valid. */
  after?: { until: string; text: string };
};

export type TimelineRow = {
  key: string;
  /** The row's name: "Step 1: MLOps Professional", or a person. */
  label: string;
  /** A short line shown beside the label (dates, progress); screen readers hear the same in the bar's name. */
  note?: ReactNode;
  bars: TimelineBar[];
};

type Props = {
  /** The figure's caption: its accessible name, so it should say "Timeline". */
  caption: ReactNode;
  rows: TimelineRow[];
  /** Today's ISO date: a line marks it when it falls on the axis. */
  today?: string;
  /** A key to the marks; leave out what the bars do not use. */
  legend?: { exam?: string; after?: string };
  className?: string;
};

const pct = (n: number) => `${n}%`;

function barName(row: TimelineRow, bar: TimelineBar): string {
  const parts = [
    bar.label ? `${row.label}: ${bar.label}` : row.label,
    `${formatDate(bar.start)} to ${formatDate(bar.end)}`,
    bar.progress?.text,
    bar.endMark,
    bar.after?.text,
  ];
  return parts.filter(Boolean).join(", ");
}

/**
 * A timeline: rows of dated bars on one shared month axis, with a today line. Positions come from
 * lib/timeline as percentages, so this is plain HTML and CSS, drawn on the server with no script of its own;
 * it fits any width (the axis thins its month labels on a phone). Each bar is a link (when it has an href)
 * whose name holds its row, dates, progress and marks in words; the drawing repeats them and is hidden from
 * screen readers.
 */
export function Timeline({ caption, rows, today, legend, className }: Props) {
  const layout = layoutTimeline(
    rows.map((row) => row.bars.map((bar) => ({ start: bar.start, end: bar.end, afterUntil: bar.after?.until }))),
    { today },
  );
  const captionId = useId();
  if (!layout) return null;
  const states = new Set(rows.flatMap((row) => row.bars.map((bar) => bar.progress?.state)).filter(Boolean));

  return (
    <figure className={`${styles.timeline} ${className ?? ""}`} aria-labelledby={captionId}>
      <figcaption id={captionId} className={styles.caption}>
        {caption}
      </figcaption>
      <div className={styles.chart}>
        <div className={styles.grid} aria-hidden="true">
          {layout.ticks.map((tick) => (
            <span key={tick.iso} className={styles.gridLine} style={{ left: pct(tick.x) }} />
          ))}
          {layout.today !== null && (
            <span className={styles.today} style={{ left: pct(layout.today) }}>
              <span className={styles.todayLabel}>Today</span>
            </span>
          )}
        </div>
        <div className={styles.axis} aria-hidden="true">
          {layout.ticks.map((tick) => (
            <span key={tick.iso} className={styles.tick} data-major={tick.major} style={{ left: pct(tick.x) }}>
              {tick.month}
              {tick.year && <span className={styles.year}>{tick.year}</span>}
            </span>
          ))}
        </div>
        <ol className={styles.rows}>
          {rows.map((row, r) => (
            <li key={row.key} className={styles.row}>
              <p className={styles.rowLabel} aria-hidden="true">
                <span className={styles.rowName}>{row.label}</span>
                {row.note && <span className={styles.note}>{row.note}</span>}
              </p>
              <div className={styles.track}>
                {row.bars.map((bar, b) => {
                  const position = layout.rows[r]?.[b];
                  if (!position) return null;
                  const content = (
                    <>
                      <span className={styles.icon} aria-hidden="true" />
                      <span className="visually-hidden">{barName(row, bar)}</span>
                      {bar.endMark && <span className={styles.exam} aria-hidden="true" />}
                    </>
                  );
                  const style = { left: pct(position.left), width: pct(position.width) };
                  const state = bar.progress?.state ?? "not-started";
                  return (
                    <Fragment key={bar.key}>
                      {position.after && (
                        <span
                          className={styles.after}
                          data-clipped={position.after.clipped}
                          style={{ left: pct(position.after.left), width: pct(position.after.width) }}
                          aria-hidden="true"
                        />
                      )}
                      {bar.href ? (
                        <a className={styles.bar} data-state={state} style={style} href={bar.href}>
                          {content}
                        </a>
                      ) : (
                        <span className={styles.bar} data-state={state} style={style}>
                          {content}
                        </span>
                      )}
                    </Fragment>
                  );
                })}
              </div>
            </li>
          ))}
        </ol>
      </div>
      <ul className={styles.legend} aria-hidden="true">
        {[...states].map((state) => (
          <li key={state}>
            <span className={styles.swatch} data-state={state} />
            {rows.flatMap((row) => row.bars).find((bar) => bar.progress?.state === state)?.progress?.text}
          </li>
        ))}
        {legend?.exam && (
          <li>
            <span className={styles.examKey} />
            {legend.exam}
          </li>
        )}
        {legend?.after && (
          <li>
            <span className={styles.afterKey} />
            {legend.after}
          </li>
        )}
        {layout.today !== null && (
          <li>
            <span className={styles.todayKey} />
            Today
          </li>
        )}
      </ul>
    </figure>
  );
}
