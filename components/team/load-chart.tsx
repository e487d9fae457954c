import styles from "@/components/team/team.module.css";
import { heaviestText, monthLabel, type TeamLoad } from "@/lib/team/load";

const hoursText = (hours: number) => Math.round(hours).toLocaleString("en");

/**
 * Team load: study hours per month as horizontal bars (plain HTML and CSS, no client code: it renders on the
 * server as well as in the browser), the heaviest month in words, and the same numbers as a table for screen
 * readers. The bars are hidden from them: the table says it all, in order.
 */
export function LoadChart({ load }: { load: TeamLoad }) {
  const max = load.heaviest?.hours ?? 0;
  return (
    <figure className={styles.figure} aria-labelledby="load-caption">
      <figcaption id="load-caption" className={styles.figcaption}>
        Team load: study hours per month
      </figcaption>
      <p>{heaviestText(load)}</p>
      {load.months.length > 0 && (
        <>
          <div aria-hidden="true" className={styles.bars}>
            {load.months.map((m) => (
              <div key={m.month} className={styles.barRow} data-heaviest={m === load.heaviest || undefined}>
                <span className={styles.barLabel}>{monthLabel(m.month, true)}</span>
                <span className={styles.barTrack}>
                  <span
                    className={styles.bar}
                    style={{ width: `${max > 0 ? Math.max((m.hours / max) * 100, m.hours > 0 ? 0.5 : 0) : 0}%` }}
                  />
                </span>
                <span className={styles.barValue}>
                  {hoursText(m.hours)} h{m === load.heaviest ? " (heaviest)" : ""}
                </span>
              </div>
            ))}
          </div>
          {/* Hidden by a wrapper: a table never shrinks below its content, so on its own it widened the page. */}
          <div className="visually-hidden">
            <table>
              <caption>Team load by month</caption>
              <thead>
                <tr>
                  <th scope="col">Month</th>
                  <th scope="col">Study hours</th>
                  <th scope="col">People studying</th>
                </tr>
              </thead>
              <tbody>
                {load.months.map((m) => (
                  <tr key={m.month}>
                    <th scope="row">{monthLabel(m.month)}</th>
                    <td>{hoursText(m.hours)}</td>
                    <td>{m.people}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </figure>
  );
}
