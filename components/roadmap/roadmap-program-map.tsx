import type { ComponentProps } from "react";
import { Disclosure } from "@/components/ui/disclosure";
import { preloadable } from "@/components/ui/preloadable";
import { useDrawnWhenOpened } from "@/components/ui/use-drawn-when-opened";
import type { ProgramMap } from "@/components/program-map/program-map";

// The map shows every certification: it draws from the whole catalog the roadmap view has.
const LazyMap = preloadable<ComponentProps<typeof ProgramMap>>(() =>
  import("@/components/program-map/program-map").then((m) => m.ProgramMap),
);

/**
 * The program map under the roadmap, closed by default (the plan's own steps come first, and the page stays a
 * few phone screens tall). Its code is not part of the page's first load: it is fetched once the person starts
 * using the page and drawn when they open the disclosure, or when the page is printed (print opens it).
 */
export function RoadmapProgramMap(props: ComponentProps<typeof LazyMap.Component>) {
  const { shown, onToggle, ref } = useDrawnWhenOpened(LazyMap.preload, { print: true });
  return (
    <Disclosure
      summary="Show the program map"
      hint=": every certification, and where each stands for you"
      ref={ref}
      onToggle={onToggle}
    >
      {shown ? <LazyMap.Component {...props} /> : null}
    </Disclosure>
  );
}
