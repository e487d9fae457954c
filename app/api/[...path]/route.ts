import { catalog } from "@/data/catalog";
import { answerWebRequest } from "@/lib/api/web-request";
import { todayIso } from "@/lib/dates/iso-date";

/**
 * Every /api/ path under `next dev` (or a plain `next start`), answered from the table in lib/api/routes.ts.
 * The production server, server.ts, answers the same paths itself from the same table, without Next.js's
 * request pipeline. A new endpoint is a handler and a row there, not a file here.
 */

export const dynamic = "force-dynamic";

const handle = (request: Request) => answerWebRequest(request, { catalog, today: todayIso() });

export const GET = handle;
export const HEAD = handle;
export const POST = handle;
export const PUT = handle;
export const PATCH = handle;
export const DELETE = handle;
export const OPTIONS = handle;
