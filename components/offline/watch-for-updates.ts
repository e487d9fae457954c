/**
 * The service worker's side of the page, loaded only once the page has loaded (components/offline/app-updates.tsx),
 * so it adds nothing to the first-load JavaScript. Registers /sw.js (once: an existing registration is reused,
 * and the browser checks it for a new version on every navigation) and reports a new version that is ready.
 */

/** Calls `onWaiting` with a new version's worker once it has installed beside the one in charge. Returns a stop. */
export function watchForUpdates(onWaiting: (worker: ServiceWorker) => void): () => void {
  const sw = navigator.serviceWorker;
  // A page that had no worker is simply taken over by the first one: nothing to reload. A page that had one is
  // reloaded when a new version takes over (after "Reload" here or in another tab), so it never runs one
  // build's HTML with another build's files.
  const hadController = sw.controller !== null;
  const onControllerChange = () => {
    if (hadController) window.location.reload();
  };
  sw.addEventListener("controllerchange", onControllerChange);

  let registration: ServiceWorkerRegistration | undefined;
  let stopped = false;
  const offerWhenInstalled = (worker: ServiceWorker | null) => {
    if (!worker) return;
    const check = () => {
      if (!stopped && worker.state === "installed" && sw.controller) onWaiting(worker);
    };
    check();
    worker.addEventListener("statechange", check);
  };
  const onUpdateFound = () => offerWhenInstalled(registration?.installing ?? null);
  // A page left open (an installed app often is) checks for a new version when it comes back into view.
  const onVisible = () => {
    if (document.visibilityState === "visible" && navigator.onLine) registration?.update().catch(() => {});
  };

  sw.getRegistration("/")
    .then((existing) => existing ?? sw.register("/sw.js", { scope: "/", updateViaCache: "none" }))
    .then((r) => {
      if (stopped) return;
      registration = r;
      offerWhenInstalled(r.waiting);
      offerWhenInstalled(r.installing);
      r.addEventListener("updatefound", onUpdateFound);
      document.addEventListener("visibilitychange", onVisible);
    })
    .catch(() => {
      // No worker (blocked, private mode, an old browser): everything works online as before.
    });

  return () => {
    stopped = true;
    sw.removeEventListener("controllerchange", onControllerChange);
    registration?.removeEventListener("updatefound", onUpdateFound);
    document.removeEventListener("visibilitychange", onVisible);
  };
}
