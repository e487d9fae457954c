"use client";

import { useEffect, useState } from "react";
import type { Catalog } from "@/lib/catalog/schema";
import { planTeam, type PlannedMember } from "@/lib/team/plan-team";
import type { TeamMember } from "@/lib/team/team-member";

/** How long to plan before yielding to the browser: short enough that the page keeps answering. */
const SLICE_MS = 50;
/** People planned between two looks at the clock. */
const BATCH = 50;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export type TeamPlanState = { planned: PlannedMember[] | null; done: number; total: number };

/**
 * The team's roadmaps, planned in chunks so the page stays responsive with thousands of people (planTeam
 * does the same in one go; this yields between chunks and counts progress). Derived from `people`: a new
 * team starts over and an unfinished plan of the old one is dropped.
 */
export function useTeamPlan(people: readonly TeamMember[], catalog: Catalog): TeamPlanState {
  const [state, setState] = useState<TeamPlanState & { people: readonly TeamMember[] | null }>({
    planned: null,
    done: 0,
    total: 0,
    people: null,
  });
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const planned: PlannedMember[] = [];
      let sliceStart = performance.now();
      for (let i = 0; i < people.length; i += BATCH) {
        planned.push(...planTeam(people.slice(i, i + BATCH), catalog));
        if (planned.length < people.length && performance.now() - sliceStart > SLICE_MS) {
          setState({ planned: null, done: planned.length, total: people.length, people });
          await nextTask();
          if (cancelled) return;
          sliceStart = performance.now();
        }
      }
      if (cancelled) return;
      performance.mark("team:planned");
      setState({ planned, done: planned.length, total: people.length, people });
    })();
    return () => {
      cancelled = true;
    };
  }, [people, catalog]);
  // Until the effect has run for these people, the plan on hand belongs to an older team.
  return state.people === people ? state : { planned: null, done: 0, total: people.length };
}
