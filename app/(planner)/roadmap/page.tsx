import type { Metadata } from "next";
import { catalog } from "@/data/catalog";
import { RoadmapView } from "@/components/roadmap/roadmap-view";
import { ShareLinkProblem } from "@/components/roadmap/share-link-problem";
import { todayIso } from "@/lib/dates/iso-date";
import { hasProfileQuery, profileFromQuery } from "@/lib/profile/share-query";

export const metadata: Metadata = { title: "Your roadmap" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * A shared link carries the profile in its query; without one, the page shows the answers saved on this
 * device (read in the browser). The catalog goes to the client as plain data.
 */
export default async function RoadmapPage({ searchParams }: Props) {
  const query = await searchParams;
  if (!hasProfileQuery(query)) return <RoadmapView catalog={catalog} />;
  const today = todayIso();
  const parsed = profileFromQuery(query, catalog, { today });
  if (!parsed.ok) return <ShareLinkProblem issues={parsed.issues} />;
  return <RoadmapView catalog={catalog} profile={parsed.profile} today={today} />;
}
