import type { Catalog } from "@/lib/catalog/schema";
import { formatShortDate, formatShortRange } from "@/lib/dates/format-date";
import { readSharedProfile, type SharedProfile } from "@/lib/profile/share-link";
import { hasProfileQuery, profileToQuery } from "@/lib/profile/share-query";
import { recommend } from "@/lib/recommender/recommend";
import { certificationName, NO_STEPS_TEXT, profileNames, trackLabel } from "@/lib/recommender/roadmap-labels";
import { withArticle } from "@/lib/text/article";
import { layoutTimeline, type Tick } from "@/lib/timeline/timeline-layout";

/**
 * What the link-preview picture of a share link says (the picture a chat app shows when the link is pasted):
 * the role, the steps in order with their dates, each with a bar on one time axis. Pure; the image route
 * (app/(planner)/roadmap/image/route.tsx) draws it with next/og. Only the catalog's words and certpath's own
 * dates go in, never text from the query, so a link cannot write on the picture and every character is one the
 * bundled font has (no font is fetched for a missing glyph).
 */

/** The size chat apps expect of a large link preview (Open Graph, X/Twitter's summary_large_image). */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/** The path of the image route; its query is a share link's. */
export const PREVIEW_PATH = "/roadmap/image";

/**
 * The picture's headers (the security headers come from next.config.ts). A day in any cache: the roadmap page
 * points at a query with its start date fixed, so the picture only changes when the catalog does; a link without
 * a start date plans from today, which a day's caching keeps close enough for a preview.
 */
export const PREVIEW_HEADERS = { "Content-Type": "image/png", "Cache-Control": "public, max-age=86400" } as const;

/** Longer queries are not share links certpath wrote (a full one is about 150 characters): the generic picture. */
export const MAX_PREVIEW_QUERY = 2048;

/**
 * Rows of the picture: up to five steps, or four and a "+ N more" line for a longer plan (five rows fit 630 px
 * at a size a chat app's thumbnail still shows).
 */
export const MAX_PICTURE_ROWS = 5;

/** The line beside certpath's name. (No "fi" or "fl": Satori spaces Geist's ligatures as if they were two letters.) */
export const BRAND_LINE = "your MLOps roadmap, step by step";

export type PictureStep = {
  number: number;
  name: string;
  track: string;
  /** "4 Jan – 10 Feb 2027" */
  dates: string;
  /** Percent of the axis width. */
  left: number;
  width: number;
};

export type PlanPicture =
  | {
      kind: "plan";
      /** "Roadmap for a Site Reliability Engineer (SRE)" */
      heading: string;
      /** "4 steps · 4 Jan 2027 to 4 Jun 2027 · 8 h a week" */
      summary: string;
      steps: PictureStep[];
      /** Steps of the plan left out of the picture. */
      more: number;
      /** "last exam 4 Jun 2027": the end of the whole plan, said when steps were left out. */
      moreText: string;
      ticks: Pick<Tick, "x" | "month" | "year">[];
    }
  | {
      kind: "generic";
      heading: string;
      summary: string;
      /** The program's levels in order ("MLOps Foundation", …). */
      levels: string[];
    };

/** The picture for an address that is no usable share link: what certpath does, and the program's levels. */
export function genericPicture(catalog: Catalog): PlanPicture {
  return {
    kind: "generic",
    heading: "Plan your MLOps exams in order",
    summary: "Answer a few questions: certpath lays out each step with its dates and the reasons why.",
    levels: catalog.certifications
      .flatMap((c) => (c.kind === "level" ? [{ name: c.shortName, order: c.order }] : []))
      .sort((a, b) => a.order - b.order)
      .map((l) => l.name),
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The image route's query read as the roadmap page reads a share link (leniently), or null when it is no share
 * link at all: no profile field, or longer than any link certpath writes.
 */
export function readPreviewQuery(query: URLSearchParams, catalog: Catalog, today: string): SharedProfile | null {
  if (query.toString().length > MAX_PREVIEW_QUERY || !hasProfileQuery(query)) return null;
  return readSharedProfile(query, catalog, { today });
}

/** The picture of the plan a share link describes, or the generic one when there is no usable link. */
export function planPicture(link: SharedProfile | null, catalog: Catalog): PlanPicture {
  if (!link?.ok) return genericPicture(catalog);
  const { profile } = link;
  const roadmap = recommend(profile, catalog);
  const heading = `Roadmap for ${withArticle(profileNames(profile, catalog).role)}`;
  const steps = roadmap.steps;
  const first = steps[0];
  const last = steps.at(-1);
  if (!first || !last) {
    return { kind: "plan", heading, summary: NO_STEPS_TEXT, steps: [], more: 0, moreText: "", ticks: [] };
  }
  const shown = steps.length > MAX_PICTURE_ROWS ? steps.slice(0, MAX_PICTURE_ROWS - 1) : steps;
  // The axis covers the steps drawn, so the bars keep a readable width when a long plan is cut short.
  const layout = layoutTimeline(
    shown.map((s) => [{ start: s.start, end: s.end }]),
    { maxTicks: 8 },
  );
  return {
    kind: "plan",
    heading,
    summary: [
      plural(steps.length, "step", "steps"),
      `${formatShortDate(first.start)} to ${formatShortDate(last.end)}`,
      `${profile.hours} h a week`,
    ].join(" · "),
    steps: shown.map((step, i) => ({
      number: i + 1,
      name: certificationName(catalog, step.certificationId),
      track: trackLabel(catalog, step.certificationId),
      dates: formatShortRange(step.start, step.end),
      left: layout?.rows[i]?.[0]?.left ?? 0,
      width: layout?.rows[i]?.[0]?.width ?? 0,
    })),
    more: steps.length - shown.length,
    moreText: steps.length > shown.length ? `last exam ${formatShortDate(last.end)}` : "",
    ticks: (layout?.ticks ?? []).map(({ x, month, year }) => ({ x, month, year })),
  };
}

/**
 * The preview image's address for a share link: the canonical query of the profile the roadmap page read (so
 * the address, and the picture, are the same whatever order or spelling the pasted link used, and the start
 * date is fixed), or the bare path, which draws the generic picture.
 */
export function previewImagePath(link: SharedProfile | null): string {
  return link?.ok ? `${PREVIEW_PATH}?${profileToQuery(link.profile)}` : PREVIEW_PATH;
}

/** The words that go with the picture: the preview's title, description and the image's alt text. */
export function pictureText(picture: PlanPicture): { title: string; description: string; alt: string } {
  if (picture.kind === "generic") {
    return { title: `certpath: ${picture.heading}`, description: picture.summary, alt: picture.heading };
  }
  const names = picture.steps.map((s) => s.name).join(", then ");
  const steps = picture.steps.length === 0 ? "" : `: ${names}${picture.more > 0 ? `, and ${picture.more} more` : ""}`;
  return {
    title: `certpath: ${picture.heading}`,
    description: `${picture.summary}${steps}.`,
    alt: `${picture.heading}. ${picture.summary}${steps}.`,
  };
}
