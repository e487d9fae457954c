"use client";

import { useEffect, useRef } from "react";
// The plan's styles belong to the page, not to the script below: the server draws the plan into the HTML, which
// must link its CSS to paint it styled before any script runs (and without one). These are the stylesheets of
// the view's own imports (components/roadmap/roadmap-view.tsx); the program map's come with its script, since it
// is drawn only when opened.
import "@/components/roadmap/roadmap-toolbar.module.css";
import "@/components/roadmap/roadmap-view.module.css";
import "@/components/roadmap/step-item.module.css";
import "@/components/timeline/timeline.module.css";
import "@/components/ui/disclosure.module.css";
import "@/components/ui/source-note.module.css";
import { HydrateOnUse, useDrawOnArrival } from "@/components/ui/hydrate-on-use";
import { PartNotLoaded, scriptPart } from "@/components/ui/script-part";
import { useStepDisclosure } from "@/components/roadmap/use-step-disclosure";
import { useAppStore } from "@/components/state/store-provider";
import { enableWaitingForSaved } from "@/components/state/waits-for-saved";
import type { SharedPlanProps } from "@/components/roadmap/shared-plan";

/**
 * A share link's roadmap (/roadmap?…), with its code and the catalog as a script apart from the page's first load.
 * The server draws the plan into the HTML, and the browser keeps that HTML as it is (HydrateOnUse) until the
 * person uses it: the script is fetched on their first sign of use, and their first click, tick or choice draws
 * the plan and is replayed on it (a progress radio, a step's "More about", a timeline bar, what-if, the toolbar).
 * Hydrating the whole view at load, with the plan's part of the catalog in the page's payload (46 KB), was most
 * of the page's Total Blocking Time (docs/performance.md). A visitor with anything saved on this device (the
 * pre-paint script marks `data-saved-answers`) gets the plan drawn at once: their progress and their own answers
 * change what it shows.
 *
 * While kept, a `#step-` address still opens and shows its step, and printing still opens every step
 * (useStepDisclosure on the kept HTML; once drawn, the plan's own does the same, which is harmless twice). The
 * controls the server renders disabled until saved progress is read (the progress radios, export and import) are
 * enabled once the store has read it, as the drawn plan's are: nothing was saved, so there is nothing to show.
 */
const plan = scriptPart(() => import("@/components/roadmap/shared-plan"));

/** Settles once the plan's script has loaded or failed (for tests that render outside a browser's event loop). */
export const sharedPlanLoaded = plan.load;

/** Read once, on arrival: saving progress later must not change the answer. */
let arrival: boolean | undefined;
const mustDraw = () => (arrival ??= document.documentElement.dataset.savedAnswers !== undefined);

function Drawn(props: SharedPlanProps) {
  const arrived = plan.useArrived();
  if ("failed" in arrived) return <PartNotLoaded what="The roadmap" />;
  return <arrived.module.SharedPlan {...props} />;
}

export function SharedRoadmapPage(props: SharedPlanProps) {
  const [draw] = useDrawOnArrival(mustDraw);
  const kept = useRef<HTMLDivElement>(null);
  useStepDisclosure(kept);
  const savedRead = useAppStore((s) => s.hydrated);
  useEffect(() => {
    if (savedRead && kept.current) enableWaitingForSaved(kept.current);
  }, [savedRead]);
  return (
    <div ref={kept}>
      <HydrateOnUse live={draw} prepare={plan.load}>
        <Drawn {...props} />
      </HydrateOnUse>
    </div>
  );
}
