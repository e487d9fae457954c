import { CATALOG_DATA } from "@/components/catalog/catalog.generated";
import type { TeamWorkerMessage, TeamWorkerRequest } from "@/components/team/team-jobs";
import { runTeamJob } from "@/lib/team/team-job";

/**
 * The Web Worker that reads and plans a team off the page's main thread: components/team/team-jobs.ts starts
 * it with `new Worker(new URL("./team-worker.ts", import.meta.url))`, which Next.js bundles as a script of its
 * own under /_next/static (so the CSP's `worker-src 'self'` allows it and the service worker precaches it).
 * One job per message, in turn: progress reports, then the result. The catalog is the script's own, so the page
 * needs none to ask for a plan.
 */
self.addEventListener("message", (event: MessageEvent<TeamWorkerRequest>) => {
  const { id, job } = event.data;
  const post = (message: TeamWorkerMessage) => self.postMessage(message);
  const result = runTeamJob({ ...job, catalog: CATALOG_DATA }, (progress) => post({ id, type: "progress", progress }));
  // A warm-up's result is of no use to the page: spare it the copy.
  if (job.kind !== "warm-up") post({ id, type: "done", result });
});
