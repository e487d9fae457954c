import { useEffect, useRef, useState, type SyntheticEvent } from "react";

/**
 * Whether a `<details>` has been opened: false until the person first opens it, then true for good, so content
 * can be drawn only once it is wanted and keeps its state when closed again. The browser opens a details without
 * any script, so a person may open one before the page hydrates; React never hears that toggle, and the content
 * would stay undrawn under an open summary. On mount this reads the element itself (pass `ref` to the details).
 */
export function useOpened() {
  const ref = useRef<HTMLDetailsElement>(null);
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    if (ref.current?.open) setOpened(true);
  }, []);
  const onToggle = (event: SyntheticEvent<HTMLDetailsElement>) => {
    if (event.currentTarget.open) setOpened(true);
  };
  return { ref, opened, setOpened, onToggle };
}
