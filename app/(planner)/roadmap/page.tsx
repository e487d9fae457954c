import type { Metadata } from "next";
import { headers } from "next/headers";
import { catalog } from "@/data/catalog";
import { OwnRoadmapPage } from "@/components/roadmap/own-roadmap-page";
import { ShareLinkProblem } from "@/components/roadmap/share-link-problem";
import { SharedRoadmapPage } from "@/components/roadmap/shared-roadmap-page";
import { todayIso } from "@/lib/dates/iso-date";
import { pictureText, planPicture, PREVIEW_SIZE, previewImagePath } from "@/lib/link-preview/plan-picture";
import { publicOrigin } from "@/lib/link-preview/public-origin";
import { readSharedProfile } from "@/lib/profile/share-link";
import { hasProfileQuery } from "@/lib/profile/share-query";

type Query = Record<string, string | string[] | undefined>;
type Props = { searchParams: Promise<Query> };

/** The share link as this page reads it (forgivingly), or null when the address carries no answers. */
const readLink = (query: Query, today = todayIso()) =>
  hasProfileQuery(query) ? readSharedProfile(query, catalog, { today }) : null;

/**
 * "Error: " first while a link's problem blocks the plan, so screen reader users hear it at once (GOV.UK). A share
 * link pasted into a chat app shows a picture of its plan (og:image, twitter:card summary_large_image), drawn by
 * ./image/route.tsx; an absolute URL, since chat apps need one (lib/link-preview/public-origin.ts).
 */
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const link = readLink(await searchParams);
  const request = await headers();
  const text = pictureText(planPicture(link, catalog));
  const image = { url: previewImagePath(link), ...PREVIEW_SIZE, alt: text.alt, type: "image/png" };
  return {
    title: link && !link.ok ? "Error: This link has a problem" : "Your roadmap",
    metadataBase: publicOrigin({
      configured: process.env.CERTPATH_ORIGIN,
      host: request.get("host"),
      forwardedHost: request.get("x-forwarded-host"),
      forwardedProto: request.get("x-forwarded-proto"),
    }),
    openGraph: {
      type: "website",
      siteName: "certpath",
      title: text.title,
      description: text.description,
      images: [image],
    },
    twitter: { card: "summary_large_image", title: text.title, description: text.description, images: [image] },
  };
}

/**
 * A shared link carries the profile in its query: its plan is drawn on the server, and the browser keeps that HTML
 * until the person uses it (components/roadmap/shared-roadmap-page.tsx), so the page's payload carries the link's
 * answers, not the catalog. Without one, the page shows the answers saved on this device (read in the browser),
 * and the whole catalog goes to the client as plain data (offline, the service worker answers any share link with
 * this page, which then plans it there). Neither imports the view itself: its code is a script apart, so a share
 * link's first load does not carry it (components/roadmap/own-roadmap-page.tsx).
 */
export default async function RoadmapPage({ searchParams }: Props) {
  const today = todayIso();
  const link = readLink(await searchParams, today);
  if (!link) return <OwnRoadmapPage catalog={catalog} />;
  if (!link.ok) return <ShareLinkProblem problems={link.problems} />;
  return <SharedRoadmapPage profile={link.profile} today={today} notices={link.notices} assumed={link.assumed} />;
}
