import { failure, type ApiContext, type ApiHandler, type ApiRequest, type ApiResponse } from "@/lib/api/api-types";
import { handleRecommendRequest, RECOMMEND_MAX_BODY_BYTES } from "@/lib/api/recommend-api";
import { handleCatalogRequest } from "@/lib/api/catalog-api";
import { handleTeamRequest, TEAM_MAX_BODY_BYTES } from "@/lib/api/team-api";

/**
 * The JSON API's one table of paths. Both servers answer from it: app/api/[...path]/route.ts (under `next dev`,
 * or a plain `next start`) and server.ts (production, without Next.js's request pipeline). Each row is a path,
 * the methods its handler answers, the largest body it reads, and the handler: a pure function in lib/api/.
 *
 * What the table does for every row, so handlers need not:
 * - an unknown /api/ path is a 404, a method the row does not list a 405 with `Allow`;
 * - HEAD is answered wherever GET is: the GET answer's status and headers, with Content-Length and no body;
 * - a body over `maxBodyBytes` is a 413, refused before it is read whole (a declared Content-Length over the
 *   limit is refused unread); a handler only ever sees a body within its limit;
 * - JSON_HEADERS and the error shape `{ error, issues }` come from lib/api/api-types.ts (`respond`, `failure`).
 *
 * To add an endpoint (say `/api/team`, or `/api/catalog` with an ETag):
 * 1. Write its handler in `lib/api/<name>-api.ts`, `(request, { catalog, today }) => { status, headers, body }`,
 *    with a test beside it. Read headers from `request.headers` (lower-case names, e.g. `if-none-match`; a 304
 *    is `{ status: 304, headers, body: "" }`) and a JSON body with `jsonBody(request)`.
 * 2. Add its row below: `{ path: "/api/team", methods: ["POST"], maxBodyBytes: 512 * 1024, handle: … }`.
 * Nothing else: no route file, no change to server.ts, and the proxy and next.config.ts already treat every
 * /api/ path as a resource (a fixed CSP, no proxy run).
 */

/** Methods a row may list; HEAD follows GET by itself. */
export type ApiMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export type ApiRoute = {
  /** The exact path, answered with or without a query string. */
  path: `/api/${string}`;
  methods: readonly ApiMethod[];
  /** The largest request body read, in bytes (0 for a row that takes none: any body is then a 413). */
  maxBodyBytes: number;
  handle: ApiHandler;
};

export const API_ROUTES: readonly ApiRoute[] = [
  {
    path: "/api/recommend",
    methods: ["GET", "POST"],
    maxBodyBytes: RECOMMEND_MAX_BODY_BYTES,
    handle: handleRecommendRequest,
  },
  // The whole catalog with every entry's source; cacheable (max-age and an ETag, 304 on a match).
  { path: "/api/catalog", methods: ["GET"], maxBodyBytes: 0, handle: handleCatalogRequest },
  // A whole team planned at once (issue 10).
  { path: "/api/team", methods: ["POST"], maxBodyBytes: TEAM_MAX_BODY_BYTES, handle: handleTeamRequest },
];

/** The row for a path (the part before any `?`), or undefined. */
export function findApiRoute(pathname: string, routes: readonly ApiRoute[] = API_ROUTES): ApiRoute | undefined {
  return routes.find((route) => route.path === pathname);
}

/** The `Allow` header of a row: its methods, with HEAD after GET. */
export function allowedMethods(route: ApiRoute): string[] {
  return route.methods.flatMap((m) => (m === "GET" ? ["GET", "HEAD"] : [m]));
}

/** True when a request with this method to this row is to have its body read (and held to the row's limit). */
export function readsBody(route: ApiRoute | undefined, method: string): boolean {
  const m = method.toUpperCase();
  return route !== undefined && m !== "GET" && m !== "HEAD" && allowedMethods(route).includes(m);
}

const byteLength = (text: string) => new TextEncoder().encode(text).byteLength;

/**
 * Answers one API request from its row (undefined: no row for the path, a 404). Never throws unless a handler
 * does; every problem the table knows of is a 4xx with the API's JSON error shape.
 */
export function answerApi(
  route: ApiRoute | undefined,
  pathname: string,
  request: ApiRequest,
  context: ApiContext,
): ApiResponse {
  if (!route) {
    const paths = API_ROUTES.map((r) => r.path).join(", ");
    return failure(404, `There is no API at ${pathname}; the API answers ${paths}.`);
  }
  const method = request.method.toUpperCase();
  const allow = allowedMethods(route);
  if (!allow.includes(method)) {
    const list = allow.join(", ");
    return failure(405, `Method ${request.method} is not allowed on ${route.path}; use ${list}.`, [], {
      Allow: list,
    });
  }
  if (method === "HEAD") {
    const get = route.handle({ ...request, method: "GET", body: null }, context);
    return { ...get, headers: { ...get.headers, "Content-Length": String(byteLength(get.body)) }, body: "" };
  }
  if (request.body !== null && "tooLarge" in request.body) {
    return failure(413, `The body is larger than ${route.maxBodyBytes} bytes.`);
  }
  return route.handle({ ...request, method }, context);
}
