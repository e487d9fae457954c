import type { Catalog } from "@/lib/catalog/schema";
import type { ProfileIds } from "@/lib/profile/schema";
import { CoverageTally, type CoverageRow } from "@/lib/team/coverage";
import { LoadTally, type TeamLoad } from "@/lib/team/load";
import { personRow, type PersonRow } from "@/lib/team/people-rows";
import { recommendSteps } from "@/lib/recommender/recommend";
import { profileKey, TeamRoadmapSchema, type PlannedMember, type TeamRoadmap } from "@/lib/team/plan-team";
import { parseTeamCsv } from "@/lib/team/team-csv";
import { syntheticTeamCsv } from "@/lib/team/synthetic-team";
import { duplicateNames, duplicateNotes, rejectionText, type TeamMember } from "@/lib/team/team-member";

/**
 * The whole of /team's work in one pure function, so the page can run it in a Web Worker (off the main
 * thread: reading and planning 5,000 people takes seconds on a slow machine) or, where there is no worker,
 * in the page itself: read the CSV (or take the saved people), plan everyone, and work out what the page
 * shows. What goes back to the page is kept small, since the page pays to receive it: the table's rows, the
 * coverage and load figures, and each person's plan as JSON text, read only when the page shows that
 * person's steps (the timeline) or exports the plan.
 */

export type TeamJob =
  | { kind: "csv"; text: string; known: ProfileIds; today: string; catalog: Catalog }
  | { kind: "people"; people: TeamMember[]; catalog: Catalog }
  /** warmUpJob's made-up team, made where the job runs (the page need not load the code that makes it). */
  | { kind: "warm-up"; known: ProfileIds; today: string; catalog: Catalog };

export type TeamJobProgress = { phase: "reading" } | { phase: "planning"; done: number; total: number };

/** What the page shows of a planned team; `plans[i]` is people[i]'s TeamRoadmap as JSON (see plannedMember). */
export type TeamView = { rows: PersonRow[]; coverage: CoverageRow[]; load: TeamLoad; plans: string[] };

export type TeamJobResult =
  | { ok: false; error: string }
  | {
      ok: true;
      people: TeamMember[];
      /** The import's "Row N: …" lines and notes (ignored columns, shared names); empty for saved people. */
      rejected: string[];
      notes: string[];
      view: TeamView;
    };

/** People in the warm-up job: enough for the JavaScript engine to compile the planner's hot paths. */
export const WARM_UP_PEOPLE = 300;

/**
 * A made-up team of WARM_UP_PEOPLE to read and plan while the page is idle, its result thrown away. A fresh
 * worker runs the planner's code cold: the first thousand people of a team took several times as long each as
 * the rest (1 ms against 0.1–0.2 ms on this machine), so a team imported after the warm-up is planned at the
 * warm speed throughout.
 */
export function warmUpJob(catalog: Catalog, known: ProfileIds, today: string): TeamJob & { kind: "csv" } {
  return { kind: "csv", text: syntheticTeamCsv(WARM_UP_PEOPLE, known, today), known, today, catalog };
}

/** People planned between two progress reports. */
const PROGRESS_EVERY = 250;

/** Runs a job; `onProgress` hears when reading starts and how many people are planned so far. Never throws. */
export function runTeamJob(job: TeamJob, onProgress: (progress: TeamJobProgress) => void = () => {}): TeamJobResult {
  if (job.kind === "warm-up") return runTeamJob(warmUpJob(job.catalog, job.known, job.today), onProgress);
  let people: TeamMember[];
  let rejected: string[] = [];
  let notes: string[] = [];
  if (job.kind === "csv") {
    onProgress({ phase: "reading" });
    const read = parseTeamCsv(job.text, job.known, job.today);
    if (!read.ok) return { ok: false, error: read.error };
    people = read.people;
    rejected = read.rejected.map(rejectionText);
    notes = [...read.notes, ...duplicateNotes(read.people)];
  } else people = job.people;

  // One pass: each person's row, coverage and load are counted as soon as they are planned, while the plan is
  // fresh in memory (three passes over 5,000 plans afterwards cost more than the counting itself).
  const duplicates = duplicateNames(people);
  const rows: PersonRow[] = [];
  const coverage = new CoverageTally(job.catalog);
  const load = new LoadTally();
  const plans: string[] = [];
  // People with the same answers are planned once and share the plan's text. Only the text is kept (a later
  // twin reads it back): holding thousands of plans' objects until the end made planning a team mostly
  // garbage collection, and whole roadmaps (reasons, alternatives, assumptions) were worse still.
  const kept = new Map<string, string>();
  for (const [i, member] of people.entries()) {
    if (i % PROGRESS_EVERY === 0) onProgress({ phase: "planning", done: i, total: people.length });
    const key = profileKey(member.profile);
    let json = kept.get(key);
    let roadmap: TeamRoadmap;
    if (json === undefined) {
      roadmap = recommendSteps(member.profile, job.catalog);
      kept.set(key, (json = JSON.stringify(roadmap)));
    } else roadmap = JSON.parse(json) as TeamRoadmap; // the text written just above for the same answers
    const planned: PlannedMember = { row: member.row, name: member.name, profile: member.profile, roadmap };
    rows.push(personRow(planned, job.catalog, duplicates.get(member.row)));
    coverage.add(planned);
    load.add(roadmap.steps);
    plans.push(json);
  }
  onProgress({ phase: "planning", done: people.length, total: people.length });
  return {
    ok: true,
    people,
    rejected,
    notes,
    view: { rows, coverage: coverage.rows(), load: load.load(), plans },
  };
}

/** people[i] with the plan the job made for them: its JSON text (view.plans[i]) read back and checked. */
export function plannedMember(people: readonly TeamMember[], view: TeamView, i: number): PlannedMember {
  const person = people[i];
  const plan = view.plans[i];
  if (person === undefined || plan === undefined) throw new RangeError(`No person ${i} in a team of ${people.length}.`);
  return { ...person, roadmap: TeamRoadmapSchema.parse(JSON.parse(plan)) };
}

/** Everyone with their plan (for the exports): plannedMember for each person. */
export function plannedTeam(people: readonly TeamMember[], view: TeamView): PlannedMember[] {
  return people.map((_, i) => plannedMember(people, view, i));
}
