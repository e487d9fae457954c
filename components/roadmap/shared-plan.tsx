"use client";

import { CATALOG_DATA } from "@/components/catalog/catalog.generated";
import { RoadmapView } from "@/components/roadmap/roadmap-view";
import type { Profile, ProfileField } from "@/lib/profile/schema";

export type SharedPlanProps = {
  profile: Profile;
  /** Today's date as the server saw it, so the kept HTML and the drawn plan agree on the timeline's today line. */
  today: string;
  notices: readonly string[];
  assumed: readonly ProfileField[];
};

/**
 * A share link's plan with the whole catalog as data: the script that components/roadmap/shared-roadmap-page.tsx
 * loads apart from the page's first load, so the page's payload carries the link's answers, not the catalog.
 */
export function SharedPlan(props: SharedPlanProps) {
  return <RoadmapView catalog={CATALOG_DATA} {...props} />;
}
