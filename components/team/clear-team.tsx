"use client";

import { useRef, useState } from "react";
import styles from "@/components/team/team.module.css";

/** "Clear the team", then a confirmation: the team is gone from this browser once confirmed. */
export function ClearTeam({ count, onClear }: { count: number; onClear: () => void }) {
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const people = `${count.toLocaleString("en")} ${count === 1 ? "person" : "people"}`;
  return (
    <section aria-labelledby="clear-heading" className={styles.clear}>
      <h2 id="clear-heading">Clear the team</h2>
      {asking ? (
        <div role="group" aria-labelledby="clear-question">
          <p id="clear-question">
            Remove all {people} from this browser? Your CSV file is not touched; you can plan it again.
          </p>
          <div className={styles.actions}>
            <button type="button" ref={confirmRef} autoFocus className={`button ${styles.danger}`} onClick={onClear}>
              Yes, clear the team
            </button>
            <button type="button" className="button button-secondary" onClick={() => setAsking(false)}>
              No, keep it
            </button>
          </div>
        </div>
      ) : (
        <>
          <p>The team ({people}) is saved in this browser only.</p>
          <button type="button" className="button button-secondary" onClick={() => setAsking(true)}>
            Clear the team
          </button>
        </>
      )}
    </section>
  );
}
