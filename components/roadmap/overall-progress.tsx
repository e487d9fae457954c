import { useId } from "react";
import type { Step } from "@/lib/recommender/roadmap-schema";
import { useAppStore } from "@/components/state/store-provider";
import styles from "@/components/roadmap/roadmap-view.module.css";

/**
 * "2 of 5 steps done", as words and as a bar, so the count never rests on the bar alone. It reads the saved
 * progress itself, so progress arriving or changing redraws this and not the whole plan.
 */
export function OverallProgress({ steps }: { steps: readonly Step[] }) {
  const textId = useId();
  const statuses = useAppStore((s) =>
    steps.map(({ certificationId: id }) => (Object.hasOwn(s.progress, id) ? s.progress[id]?.status : undefined)).join(),
  ).split(",");
  const done = statuses.filter((status) => status === "done").length;
  const inProgress = statuses.filter((status) => status === "in-progress").length;
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
