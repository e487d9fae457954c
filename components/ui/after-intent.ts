/**
 * Work the page may need soon but not for its first paint or first interaction (code for a disclosure, the next
 * questionnaire step, a worker's warm-up): it starts once the person shows they are using the page (moves the
 * pointer, touches, scrolls, presses a key, focuses something), when the browser is next idle. Starting it on a
 * timer after load put its script evaluation inside the load itself on slow phones (Lighthouse's Total Blocking
 * Time, `npm run perf`); a person reaching for the page starts it well before they need it.
 */
const INTENT_EVENTS = ["pointermove", "pointerdown", "touchstart", "keydown", "wheel", "scroll", "focusin"] as const;

/** Runs `task` once, after the first sign of intent, when the browser is idle; returns the cancel. */
export function afterIntent(task: () => void): () => void {
  let idle: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const options = { capture: true, passive: true } as const;
  const stopListening = () => {
    for (const type of INTENT_EVENTS) window.removeEventListener(type, onIntent, options);
  };
  function onIntent() {
    stopListening();
    // Safari has no requestIdleCallback.
    if (typeof requestIdleCallback === "function") idle = requestIdleCallback(task, { timeout: 1000 });
    else timer = setTimeout(task, 50);
  }
  for (const type of INTENT_EVENTS) window.addEventListener(type, onIntent, options);
  return () => {
    stopListening();
    if (idle !== undefined) cancelIdleCallback(idle);
    if (timer !== undefined) clearTimeout(timer);
  };
}
