import { startTransition } from "react";

/**
 * Changes the address without a navigation (a new history entry with `push`). Next.js's router follows native
 * history calls and re-renders its tree to match. Called from an effect or an event handler, that re-render was
 * synchronous, inside the same task: on /assess it ran during every page load (the first step's address is
 * written as the saved answers arrive). In a transition it is interruptible and waits its turn; the address
 * itself changes at once.
 */
export function setAddress(href: string, how: "push" | "replace" = "replace"): void {
  startTransition(() => {
    if (how === "push") window.history.pushState(null, "", href);
    else window.history.replaceState(null, "", href);
  });
}
