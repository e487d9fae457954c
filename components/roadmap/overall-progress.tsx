import { useId } from "react";
import styles from "@/components/roadmap/roadmap-view.module.css";

/** "2 of 5 steps done", as words and as a bar, so the count never rests on the bar alone. */
export function OverallProgress({ done, inProgress, total }: { done: number; inProgress: number; total: number }) {
  const textId = useId();
  return (
    <div className={styles.overall}>
      <p id={textId} className={styles.overallText}>
        <strong>
          {done} of {total} {total === 1 ? "step" : "steps"} done
        </strong>
        {inProgress > 0 && <>, {inProgress} in progress</>}
      </p>
      <progress className={styles.bar} max={total} value={done} aria-labelledby={textId} />
    </div>
  );
}
