import { useId } from "react";
import type { Step } from "@/lib/recommender/roadmap-schema";
import { progressOf } from "@/lib/saved/progress-of";
import type { StepStatus } from "@/lib/saved/saved-state";
import type { AppState } from "@/components/state/app-store";
import { useAppStore } from "@/components/state/store-provider";
import styles from "@/components/roadmap/roadmap-view.module.css";

/**
 * "2 of 5 steps done", as words and as a bar, so the count never rests on the bar alone. It reads the saved
 * progress itself, so progress arriving or changing redraws this and not the whole plan.
 */
export function OverallProgress({ steps }: { steps: readonly Step[] }) {
  const textId = useId();
  // Counts, not the progress object: a change elsewhere in it leaves this as it is.
  const counting = (status: StepStatus) => (s: AppState) =>
    steps.filter((step) => progressOf(s.progress, step.certificationId)?.status === status).length;
  const done = useAppStore(counting("done"));
  const inProgress = useAppStore(counting("in-progress"));
  const total = steps.length;
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
