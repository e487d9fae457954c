import { ImageResponse } from "next/og";
import { catalog } from "@/data/catalog";
import { PlanImage } from "@/components/link-preview/plan-image";
import { todayIso } from "@/lib/dates/iso-date";
import {
  genericPicture,
  planPicture,
  PREVIEW_HEADERS,
  PREVIEW_SIZE,
  readPreviewQuery,
  type PlanPicture,
} from "@/lib/link-preview/plan-picture";

/**
 * GET /roadmap/image?<share link query>: the link-preview picture of that plan, a 1200 × 630 PNG (the roadmap
 * page's og:image and twitter:image). A route handler, not an opengraph-image file: those do not receive the
 * query, and the picture is the query's plan. Any query gets a picture; one that is no usable share link gets
 * the generic one, never an error. Headers: next.config.ts gives it the security headers and the fixed
 * resource policy (it is in NOT_PAGES; the proxy skips it).
 */

// The picture is the query's plan: drawn per request, never at build time.
export const dynamic = "force-dynamic";

const draw = async (picture: PlanPicture) =>
  new Uint8Array(await new ImageResponse(<PlanImage picture={picture} />, PREVIEW_SIZE).arrayBuffer());

export async function GET(request: Request): Promise<Response> {
  const link = readPreviewQuery(new URL(request.url).searchParams, catalog, todayIso());
  let png: Uint8Array<ArrayBuffer>;
  try {
    png = await draw(planPicture(link, catalog));
  } catch (error) {
    // Rendering is certpath's own words on a fixed layout, so this is a bug: log it, still answer a picture.
    console.error("roadmap image:", error);
    png = await draw(genericPicture(catalog));
  }
  return new Response(png, { headers: { ...PREVIEW_HEADERS, "Content-Length": String(png.byteLength) } });
}
