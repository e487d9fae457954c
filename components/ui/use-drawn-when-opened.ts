import { useEffect, useState, type SyntheticEvent } from "react";
import { flushSync } from "react-dom";

/**
 * For a closed disclosure whose content loads apart (preloadable): false until the person first opens it (or,
 * with `print`, until the page is printed, which opens it), then true for good. `preload` starts fetching the
 * content's code once the person starts using the page; it returns its cancel.
 */
export function useDrawnWhenOpened(
  preload: () => () => void,
  { print = false }: { print?: boolean } = {},
): [shown: boolean, onToggle: (event: SyntheticEvent<HTMLDetailsElement>) => void] {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const cancel = preload();
    if (!print) return cancel;
    // Printing lays the page out right after this event: draw the content now, not after the next render.
    const show = () => flushSync(() => setShown(true));
    window.addEventListener("beforeprint", show);
    return () => {
      window.removeEventListener("beforeprint", show);
      cancel();
    };
  }, [preload, print]);
  const onToggle = (event: SyntheticEvent<HTMLDetailsElement>) => {
    if (event.currentTarget.open) setShown(true);
  };
  return [shown, onToggle];
}
