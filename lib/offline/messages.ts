/** What the "Reload" button (components/offline/app-updates.tsx) posts to a waiting worker: take over now. */
export const SKIP_WAITING = "certpath:skip-waiting";
