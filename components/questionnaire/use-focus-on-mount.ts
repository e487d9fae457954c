import { useLayoutEffect, useRef } from "react";

/** A ref whose element takes focus when it mounts, if `enabled`: a new step's heading after a move. */
export function useFocusOnMount<T extends HTMLElement>(enabled: boolean) {
  const ref = useRef<T>(null);
  // A layout effect: focus moves before the browser paints, so nothing announces the old focus first.
  useLayoutEffect(() => {
    if (enabled) ref.current?.focus();
  }, [enabled]);
  return ref;
}
