"use client";

import { useEffect, useState } from "react";
import { SKIP_WAITING } from "@/lib/offline/messages";
import styles from "@/components/offline/app-updates.module.css";

/** Runs `task` once the page has loaded and the browser is idle, so the worker never competes with first paint. */
function afterLoad(task: () => void): () => void {
  let idle: number | undefined;
  let timer: number | undefined;
  const schedule = () => {
    // Safari has no requestIdleCallback.
    if (typeof window.requestIdleCallback === "function") idle = window.requestIdleCallback(task, { timeout: 5000 });
    else timer = window.setTimeout(task, 500);
  };
  if (document.readyState === "complete") schedule();
  else window.addEventListener("load", schedule, { once: true });
  return () => {
    window.removeEventListener("load", schedule);
    if (idle !== undefined) window.cancelIdleCallback(idle);
    window.clearTimeout(timer);
  };
}

/**
 * Registers the service worker (production builds only) once the page has loaded, and says when a new
 * version is ready: "A new version of certpath is available" with a "Reload" button. Until it is pressed the
 * open page keeps its own version's files; pressing it lets the new worker take over, and every open certpath
 * page reloads onto the new version. Answers and progress live in localStorage, which updates do not touch.
 */
export function AppUpdates() {
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);

  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    let stop: (() => void) | undefined;
    let cancelled = false;
    const cancel = afterLoad(() => {
      import("@/components/offline/watch-for-updates")
        .then(({ watchForUpdates }) => {
          if (!cancelled) stop = watchForUpdates(setWaiting);
        })
        .catch(() => {
          // Its file could not be loaded (offline before the worker cached it): try again on the next page.
        });
    });
    return () => {
      cancelled = true;
      cancel();
      stop?.();
    };
  }, []);

  // The live region is always there, so screen readers announce the message when it appears in it.
  return (
    <div role="status" className="no-print">
      {waiting && (
        <div className={styles.banner}>
          <div className={styles.inner}>
            <p className={styles.text}>A new version of certpath is available.</p>
            <button type="button" className="button" onClick={() => waiting.postMessage(SKIP_WAITING)}>
              Reload
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
