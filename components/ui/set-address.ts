import { startTransition } from "react";
import { afterFrame } from "@/components/ui/after-frame";

/** The cancel of an address waiting to be written (`soon`), so a later change always wins. */
let waiting: (() => void) | undefined;

/**
 * Changes the address without a navigation (a new history entry with `push`). Next.js's router follows native
 * history calls and re-renders its tree to match. Called from an effect or an event handler, that re-render was
 * synchronous, inside the same task: on /assess it ran during every page load (the first step's address is
 * written as the saved answers arrive). In a transition it is interruptible and waits its turn; the address
 * itself changes at once. The router's own bookkeeping of the change still runs at once (about 50 ms at 4x CPU):
 * with `soon`, the address is written in a task of its own after the next frame, unless another change comes
 * first (which then wins).
 */
/** Drops an address waiting to be written (`soon`): for a page that goes away before it is written. */
export function cancelWaitingAddress(): void {
  waiting?.();
  waiting = undefined;
}

export function setAddress(href: string, how: "push" | "replace" = "replace", { soon = false } = {}): void {
  cancelWaitingAddress();
  const write = () =>
    startTransition(() => {
      if (how === "push") window.history.pushState(null, "", href);
      else window.history.replaceState(null, "", href);
    });
  if (!soon) return write();
  waiting = afterFrame(() => {
    waiting = undefined;
    write();
  });
}
