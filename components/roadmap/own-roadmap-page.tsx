"use client";

import { Suspense } from "react";
import { LoadingSavedAnswers } from "@/components/roadmap/loading-saved-answers";
import { PartNotLoaded, scriptPart } from "@/components/ui/script-part";
import type { Catalog } from "@/lib/catalog/schema";

/**
 * /roadmap without a query: the plan of the answers saved on this device, read in the browser. The view's code is
 * a script apart, so that the page's own scripts, which every share link (/roadmap?…) loads too, do not carry it:
 * a share link's plan is kept as the server drew it and needs the view only once used
 * (components/roadmap/shared-roadmap-page.tsx). The server draws the same placeholder as the view would until the
 * saved answers are read ("Loading your saved answers…"); the script is fetched as soon as this module runs.
 */
const view = scriptPart(() => import("@/components/roadmap/roadmap-view"));

/** Settles once the view's script has loaded or failed (for tests that render outside a browser's event loop). */
export const ownViewLoaded = view.load;

if (typeof window !== "undefined") void view.load();

function View({ catalog }: { catalog: Catalog }) {
  const arrived = view.useArrived();
  if ("failed" in arrived) return <PartNotLoaded what="Your roadmap" />;
  return <arrived.module.RoadmapView catalog={catalog} />;
}

export function OwnRoadmapPage({ catalog }: { catalog: Catalog }) {
  return (
    <Suspense fallback={<LoadingSavedAnswers />}>
      <View catalog={catalog} />
    </Suspense>
  );
}
