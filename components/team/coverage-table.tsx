import styles from "@/components/compare/sortable-table.module.css";
import { quartersText, type CoverageRow } from "@/lib/team/coverage";

/** Coverage: per certification, how many hold it, how many plan it, and when those pass, by quarter. */
export function CoverageTable({ rows }: { rows: readonly CoverageRow[] }) {
  return (
    <div role="region" aria-labelledby="coverage-caption" tabIndex={0} className={styles.scroller}>
      <table className={styles.table}>
        <caption id="coverage-caption" className={styles.caption}>
          Coverage: who holds and who will pass each certification
        </caption>
        <thead>
          <tr>
            <th scope="col">Certification</th>
            <th scope="col">Held</th>
            <th scope="col">Planned</th>
            <th scope="col">Passing, by quarter</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.name}</th>
              <td>{row.held}</td>
              <td>{row.planned}</td>
              <td>{row.byQuarter.length === 0 ? "–" : quartersText(row.byQuarter)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
