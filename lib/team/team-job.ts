import type { Catalog } from "@/lib/catalog/schema";
import type { ProfileIds } from "@/lib/profile/schema";
import { CoverageTally, type CoverageRow } from "@/lib/team/coverage";
import { LoadTally, type TeamLoad } from "@/lib/team/load";
import { personRow, type PersonRow } from "@/lib/team/people-rows";
import { recommendSteps } from "@/lib/recommender/recommend";
import { planEach, profileKey, type PlannedMember, type TeamRoadmap } from "@/lib/team/plan-team";
import { parseTeamCsv } from "@/lib/team/team-csv";
import { syntheticTeamCsv } from "@/lib/team/synthetic-team";
import { duplicateNames, duplicateNotes, rejectionText, type TeamMember } from "@/lib/team/team-member";

/**
 * The whole of /team's work in one pure function, so the page can run it in a Web Worker (off the main
 * thread: reading and planning 5,000 people takes seconds on a slow machine) or, where there is no worker,
 * in the page itself: read the CSV (or take the saved people), plan everyone, and work out what the page
 * shows. What goes back to the page is kept small, since the page pays to receive it: the table's rows and the
 * coverage and load figures. No one's plan goes back: the page plans a person again (plannedMember, the same
 * pure recommendSteps on the same profile and catalog) only when it shows that person's steps (the timeline)
 * or exports the plan, which costs less than keeping 5,000 plans as text here and reading them back there.
 */

/** What the page asks for: the job without its catalog, which the worker has of its own (the page need not). */
export type TeamTask =
  | { kind: "csv"; text: string; known: ProfileIds; today: string }
  | { kind: "people"; people: TeamMember[] }
  /** warmUpJob's made-up team, made where the job runs (the page need not load the code that makes it). */
  | { kind: "warm-up"; known: ProfileIds; today: string };

/** A task and the catalog to plan it with. */
export type TeamJob = TeamTask & { catalog: Catalog };

export type TeamJobProgress = { phase: "reading" } | { phase: "planning"; done: number; total: number };

/** What the page shows of a planned team: `rows[i]` is people[i]'s People row (their plan: plannedMember). */
export type TeamView = { rows: PersonRow[]; coverage: CoverageRow[]; load: TeamLoad };

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
  // fresh in memory (three passes over 5,000 plans afterwards cost more than the counting itself). Nothing of
  // a plan is kept after that, except for people with the same answers as someone later in the team: they
  // are planned once and share the plan. Keeping every plan (as objects, or as JSON text) to the end made
  // planning a team largely garbage collection and writing text.
  const duplicates = duplicateNames(people);
  const rows: PersonRow[] = [];
  const coverage = new CoverageTally(job.catalog);
  const load = new LoadTally();
  const { firstOf, shared } = sameAnswers(people);
  const kept = new Map<number, TeamRoadmap>();
  for (const [i, member] of people.entries()) {
    if (i % PROGRESS_EVERY === 0) onProgress({ phase: "planning", done: i, total: people.length });
    let roadmap = kept.get(firstOf[i] ?? i);
    if (!roadmap) {
      roadmap = recommendSteps(member.profile, job.catalog);
      if (shared.has(i)) kept.set(i, roadmap);
    }
    const planned: PlannedMember = { row: member.row, name: member.name, profile: member.profile, roadmap };
    rows.push(personRow(planned, job.catalog, duplicates.get(member.row)));
    coverage.add(planned);
    load.add(roadmap.steps);
  }
  onProgress({ phase: "planning", done: people.length, total: people.length });
  return {
    ok: true,
    people,
    rejected,
    notes,
    view: { rows, coverage: coverage.rows(), load: load.load() },
  };
}

/**
 * Who has the same answers as whom: `firstOf[i]` is the first person with person i's answers (i when nobody
 * before them), and `shared` the people whose plan someone later shares.
 */
function sameAnswers(people: readonly TeamMember[]): { firstOf: number[]; shared: Set<number> } {
  const firstWith = new Map<string, number>();
  const shared = new Set<number>();
  const firstOf = people.map((member, i) => {
    const key = profileKey(member.profile);
    const first = firstWith.get(key);
    if (first === undefined) {
      firstWith.set(key, i);
      return i;
    }
    shared.add(first);
    return first;
  });
  return { firstOf, shared };
}

/**
 * people[i] with their plan: the one the job made for them, made again from their profile (recommendSteps is
 * pure, so the same profile and catalog give the same plan). For the few people the timeline shows, and for
 * the exports.
 */
export function plannedMember(people: readonly TeamMember[], i: number, catalog: Catalog): PlannedMember {
  const person = people[i];
  if (person === undefined) throw new RangeError(`No person ${i} in a team of ${people.length}.`);
  return { ...person, roadmap: recommendSteps(person.profile, catalog) };
}

/** Everyone with their plan (for the exports), as plannedMember; people with the same answers share one plan. */
export function plannedTeam(people: readonly TeamMember[], catalog: Catalog): PlannedMember[] {
  return planEach(people, (profile) => recommendSteps(profile, catalog));
}
