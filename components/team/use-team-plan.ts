"use client";

import { useEffect } from "react";
import { useStore } from "zustand";
import type { TeamJobs } from "@/components/team/team-jobs";
import type { TeamPlan, TeamStore } from "@/components/team/team-store";
import type { TeamJobProgress } from "@/lib/team/team-job";

/**
 * The plan of the team in the store, made by `jobs` (a Web Worker) whenever the people change and no plan for
 * them is on hand (the saved team after a reload): the page keeps answering while thousands of people are
 * planned. A new team cancels the old one's job. Null while the plan is being made.
 */
export function useTeamPlan(
  store: TeamStore,
  jobs: TeamJobs,
  onProgress: (progress: TeamJobProgress | null) => void,
): TeamPlan | null {
  const people = useStore(store, (s) => s.people);
  const plan = useStore(store, (s) => s.plan);
  const current = plan !== null && plan.people === people;
  useEffect(() => {
    if (current) return;
    if (people.length === 0) {
      jobs.cancel();
      return;
    }
    let cancelled = false;
    void jobs.run({ kind: "people", people: [...people] }, onProgress).then((result) => {
      if (cancelled || !result?.ok) return;
      performance.mark("team:planned");
      onProgress(null);
      store.getState().setPlan(people, result.view);
    });
    return () => {
      cancelled = true;
    };
  }, [store, people, jobs, current, onProgress]);
  return current ? plan : null;
}
