import type { TeamJobProgress, TeamJobResult, TeamTask } from "@/lib/team/team-job";

/**
 * Runs /team's work (lib/team/team-job.ts) in a Web Worker, so reading and planning thousands of people never
 * blocks the page: it keeps answering, painting the progress message, while the worker works. One job at a
 * time: a new job cancels the one before (the worker is stopped and a fresh one started). Where a worker
 * cannot start or its script cannot load, the job runs in the page instead, as before workers.
 *
 * The page sends tasks without the catalog: the worker's script holds it (components/catalog/catalog.generated.ts),
 * so the page never receives it in its HTML nor copies it into every message; the job in the page loads it
 * with the planner's code.
 */

export type TeamWorkerRequest = { id: number; job: TeamTask };
export type TeamWorkerMessage =
  { id: number; type: "progress"; progress: TeamJobProgress } | { id: number; type: "done"; result: TeamJobResult };

export type TeamJobs = {
  /** Runs a job, cancelling any still running; resolves null when it was cancelled. */
  run: (job: TeamTask, onProgress: (progress: TeamJobProgress) => void) => Promise<TeamJobResult | null>;
  /** Stops the running job, if any. */
  cancel: () => void;
  /**
   * Starts the worker ahead of the first job and has it plan a small made-up team (`job`, a warm-up), so its
   * script has loaded and its code runs at full speed by the time a real team comes. Nothing in the page.
   */
  warm: (job: TeamTask & { kind: "warm-up" }) => void;
  /** Stops the worker for good (the page is leaving). */
  dispose: () => void;
};

type Running = {
  id: number;
  job: TeamTask;
  onProgress: (progress: TeamJobProgress) => void;
  resolve: (result: TeamJobResult | null) => void;
};

export const JOB_FAILED_MESSAGE =
  "The team couldn't be read and planned in this browser (a part of the page may not have loaded). Reload the page and try again.";

/** The job in the page itself: its code and the catalog are loaded when first needed. */
async function inPage(job: TeamTask, onProgress: (progress: TeamJobProgress) => void): Promise<TeamJobResult> {
  try {
    const [{ runTeamJob }, { CATALOG_DATA }] = await Promise.all([
      import("@/lib/team/team-job"),
      import("@/components/catalog/catalog.generated"),
    ]);
    return runTeamJob({ ...job, catalog: CATALOG_DATA }, onProgress);
  } catch {
    return { ok: false, error: JOB_FAILED_MESSAGE };
  }
}

export function createTeamJobs(): TeamJobs {
  let worker: Worker | null = null;
  let running: Running | null = null;
  let nextId = 1;
  // Set once a worker failed to start or load: every later job runs in the page.
  let noWorker = typeof Worker === "undefined";

  const finish = (result: TeamJobResult | null) => {
    const job = running;
    running = null;
    job?.resolve(result);
  };

  const spawn = (): Worker | null => {
    if (noWorker) return null;
    try {
      const w = new Worker(new URL("./team-worker.ts", import.meta.url));
      w.onmessage = (event: MessageEvent<TeamWorkerMessage>) => {
        const message = event.data;
        if (!running || message.id !== running.id) return;
        if (message.type === "progress") running.onProgress(message.progress);
        else finish(message.result);
      };
      w.onerror = (event) => {
        // The script did not load (offline before it was cached) or the job threw: do the job here instead.
        event.preventDefault();
        noWorker = true;
        w.terminate();
        if (worker === w) worker = null;
        const job = running;
        if (job) void inPage(job.job, job.onProgress).then((result) => running === job && finish(result));
      };
      return w;
    } catch {
      noWorker = true;
      return null;
    }
  };

  const stop = () => {
    if (!running) return;
    // A worker in the middle of a job cannot be interrupted: stop it; the next job gets a fresh one.
    worker?.terminate();
    worker = null;
    finish(null);
  };

  return {
    run(job, onProgress) {
      stop();
      return new Promise((resolve) => {
        const id = nextId++;
        const current: Running = { id, job, onProgress, resolve };
        running = current;
        worker ??= spawn();
        if (worker) worker.postMessage({ id, job } satisfies TeamWorkerRequest);
        else void inPage(job, onProgress).then((result) => running === current && finish(result));
      });
    },
    cancel: stop,
    warm(job) {
      if (worker || running) return;
      worker = spawn();
      // Id 0 is never a running job's: the worker's progress reports for it are ignored.
      worker?.postMessage({ id: 0, job } satisfies TeamWorkerRequest);
    },
    dispose() {
      stop();
      worker?.terminate();
      worker = null;
    },
  };
}
