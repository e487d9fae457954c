import { useEffect, useState, type ComponentProps } from "react";
import { flushSync } from "react-dom";
import { Disclosure } from "@/components/ui/disclosure";
import { preloadable } from "@/components/ui/preloadable";

const LazyMap = preloadable(() => import("@/components/program-map/program-map").then((m) => m.ProgramMap));

/**
 * The program map under the roadmap, closed by default (the plan's own steps come first, and the page stays a
 * few phone screens tall). Its code is not part of the page's first load: it is fetched when the browser is
 * idle and drawn when the person opens the disclosure, or when the page is printed (print opens it).
 */
export function RoadmapProgramMap(props: ComponentProps<typeof LazyMap.Component>) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    // Printing lays the page out right after this event: draw the map now, not after the next render.
    const show = () => flushSync(() => setShown(true));
    window.addEventListener("beforeprint", show);
    const cancel = LazyMap.preload();
    return () => {
      window.removeEventListener("beforeprint", show);
      cancel();
    };
  }, []);
  return (
    <Disclosure
      summary="Show the program map"
      hint=": every certification, and where each stands for you"
      onToggle={(event) => {
        if (event.currentTarget.open) setShown(true);
      }}
    >
      {shown ? <LazyMap.Component {...props} /> : null}
    </Disclosure>
  );
}
