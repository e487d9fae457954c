"use client";

import { useId, useMemo, useState } from "react";
import styles from "@/components/compare/compare.module.css";
import { useStateFromAddress, writeCompareQuery } from "@/components/compare/compare-url";
import { CertificationLink, renderLevelCell } from "@/components/compare/level-cells";
import tableStyles from "@/components/compare/sortable-table.module.css";
import type { CompareState } from "@/lib/compare/compare-state";
import type { LevelRow } from "@/lib/compare/level-rows";
import { SIDE_BY_SIDE_MAX, SIDE_BY_SIDE_MIN, sideBySideFromRows } from "@/lib/compare/side-by-side";
import { joinWords } from "@/lib/text/join-words";

const pickIds = (state: CompareState) => state.ids;
const quoted = (ids: readonly string[]) => ids.map((id) => `“${id}”`).join(", ");

/**
 * Two to four certifications side by side: attributes as rows, certifications as columns. Rows whose values
 * differ carry a "Differs" label (and a style), so the difference never rests on colour alone.
 */
export function SideBySideView({ rows, initialIds }: { rows: LevelRow[]; initialIds: string[] }) {
  const captionId = useId();
  const hintId = useId();
  const [ids, setIds] = useState(initialIds);
  useStateFromAddress(initialIds, pickIds, setIds);
  const view = useMemo(() => sideBySideFromRows(rows, ids), [rows, ids]);
  const chosen = view.columns.map((c) => c.id);
  const full = chosen.length >= SIDE_BY_SIDE_MAX;
  const differing = view.rows.filter((r) => r.differs).length;

  // Said politely after each tick: whether the table is there, and when the limit disables the other boxes.
  const [announcement, setAnnouncement] = useState("");

  const toggle = (id: string, checked: boolean) => {
    // Choosing drops ids the catalog does not know: the person is now picking from the list.
    const next = checked ? [...chosen, id] : chosen.filter((c) => c !== id);
    setIds(next);
    writeCompareQuery({ ids: next });
    const names = next.map((c) => rows.find((r) => r.id === c)?.shortName ?? c);
    setAnnouncement(choiceAnnouncement(names, chosen.length >= SIDE_BY_SIDE_MAX));
  };

  return (
    <div>
      {view.unknown.length > 0 && (
        <div role="alert" className={styles.alert}>
          <p>
            {view.unknown.length === 1 ? "This id is" : "These ids are"} not in the catalog: {quoted(view.unknown)}.
            {view.columns.length > 0 ? " The certifications that were found are shown." : ""} Choose from the list below
            instead.
          </p>
        </div>
      )}
      {view.ignored.length > 0 && (
        <p className={styles.notice}>
          At most {SIDE_BY_SIDE_MAX} certifications fit side by side; left out: {quoted(view.ignored)}.
        </p>
      )}

      <fieldset className={styles.chooser} aria-describedby={hintId}>
        <legend>Choose two to four certifications</legend>
        <p id={hintId} className={styles.hint}>
          {full
            ? `${SIDE_BY_SIDE_MAX} chosen, the most that fit side by side: untick one to choose another.`
            : `Choose up to ${SIDE_BY_SIDE_MAX}. ${chosen.length} chosen.`}
        </p>
        <div className={styles.checkGrid}>
          {rows.map((row) => {
            const checked = chosen.includes(row.id);
            return (
              <label key={row.id} className={styles.check}>
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={!checked && full}
                  onChange={(e) => toggle(row.id, e.target.checked)}
                />
                {row.shortName}
              </label>
            );
          })}
        </div>
      </fieldset>

      <p className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="side-by-side-announcer">
        {announcement}
      </p>

      {view.columns.length < SIDE_BY_SIDE_MIN ? (
        <p className={styles.guidance}>
          {view.columns.length === 0
            ? "Choose at least two certifications to see them side by side."
            : `Choose at least one more certification to compare with ${view.columns[0]?.shortName}.`}
        </p>
      ) : (
        <>
          <p className={styles.hint}>
            {differing === 0
              ? "These certifications share every value."
              : `${differing} of ${view.rows.length} rows differ; they are marked “Differs”.`}
          </p>
          <div role="region" aria-labelledby={captionId} tabIndex={0} className={tableStyles.scroller}>
            <table className={`${tableStyles.table} ${styles.sideTable}`}>
              <caption id={captionId} className={tableStyles.caption}>
                Side by side: {view.columns.map((c) => c.shortName).join(", ")}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Attribute</th>
                  {view.columns.map((c) => (
                    <th key={c.id} scope="col">
                      <CertificationLink id={c.id}>{c.name}</CertificationLink>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {view.rows.map((row) => (
                  <tr key={row.columnId} className={row.differs ? styles.differs : undefined}>
                    <th scope="row">
                      {row.attribute}
                      {row.differs && (
                        <>
                          {" "}
                          <span className={styles.differsTag}>Differs</span>
                        </>
                      )}
                    </th>
                    {view.columns.map((c) => (
                      <td key={c.id}>{renderLevelCell(row.columnId, c)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}

/** What a tick or untick changes, in words: the table's arrival or absence, and the limit reached or left. */
export function choiceAnnouncement(names: readonly string[], wasFull: boolean): string {
  const count = names.length;
  const parts: string[] = [];
  if (count === 0) parts.push("None chosen.");
  else if (count < SIDE_BY_SIDE_MIN) parts.push(`${count} chosen. Choose at least one more to see them side by side.`);
  else parts.push(`Side by side: ${joinWords(names)}, in a table below.`);
  if (count >= SIDE_BY_SIDE_MAX) {
    parts.push(`${count} chosen, the most that fit side by side: the other boxes are disabled until you untick one.`);
  } else if (wasFull) {
    parts.push("The other boxes can be ticked again.");
  }
  return parts.join(" ");
}
