import { useEffect } from "react";
import { flushSync } from "react-dom";
import { useOpened } from "@/components/ui/use-opened";

/**
 * For a closed disclosure whose content loads apart (preloadable): `shown` is false until the person first opens
 * it (or, with `print`, until the page is printed, which opens it), then true for good. `preload` starts fetching
 * the content's code once the person starts using the page; it returns its cancel. Pass `ref` and `onToggle` to
 * the details.
 */
export function useDrawnWhenOpened(preload: () => () => void, { print = false }: { print?: boolean } = {}) {
  const { ref, opened: shown, setOpened, onToggle } = useOpened();
  useEffect(() => {
    const cancel = preload();
    if (!print) return cancel;
    // Printing lays the page out right after this event: draw the content now, not after the next render.
    const show = () => flushSync(() => setOpened(true));
    window.addEventListener("beforeprint", show);
    return () => {
      window.removeEventListener("beforeprint", show);
      cancel();
    };
  }, [preload, print, setOpened]);
  return { shown, onToggle, ref };
}
