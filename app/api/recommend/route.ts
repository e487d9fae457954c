import { catalog } from "@/data/catalog";
import { answerRecommendRequest } from "@/lib/api/recommend-http";
import { todayIso } from "@/lib/dates/iso-date";

/**
 * GET /api/recommend?role=sre&… and POST /api/recommend with a JSON profile, under `next dev` (or a plain
 * `next start`). The production server, server.ts, answers this path itself with the same function, without
 * Next.js's request pipeline.
 * Logic: lib/api/recommend-api.ts; reading the request: lib/api/recommend-http.ts.
 */

export const dynamic = "force-dynamic";

const handle = (request: Request) => answerRecommendRequest(request, catalog, todayIso());

export const GET = handle;
export const POST = handle;
export const PUT = handle;
export const PATCH = handle;
export const DELETE = handle;
export const OPTIONS = handle;
