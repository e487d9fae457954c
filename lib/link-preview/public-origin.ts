/**
 * The origin a page's absolute URLs start with (Next.js's metadataBase), so og:image is a full URL: the Open Graph
 * protocol asks for one and chat apps (Slack, Teams, WhatsApp) do not resolve a path against the page. Without
 * it Next.js falls back to http://localhost:<port>, which no chat app can fetch.
 *
 * certpath does not know where it is deployed, so the origin is, in order: CERTPATH_ORIGIN when set (a
 * deployment that wants one fixed origin), else the host the request came to (X-Forwarded-Host from a reverse
 * proxy, else Host) with https when X-Forwarded-Proto says so. A made-up Host only changes the answer to the
 * request that sent it (roadmap pages are never cached), and a value that is not a plain host[:port] is not used.
 */

export type OriginFacts = {
  /** CERTPATH_ORIGIN, e.g. "https://certpath.example". */
  configured?: string | undefined;
  host: string | null;
  forwardedHost: string | null;
  forwardedProto: string | null;
};

const HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** The first value of a header a chain of proxies may have appended to ("a, b"). */
const first = (value: string | null) => value?.split(",")[0]?.trim() ?? "";

/** The public origin as a URL, or undefined when nothing usable is known (Next.js then uses its fallback). */
export function publicOrigin({ configured, host, forwardedHost, forwardedProto }: OriginFacts): URL | undefined {
  if (configured?.trim()) {
    try {
      const url = new URL(configured.trim());
      if (url.protocol === "https:" || url.protocol === "http:") return new URL(url.origin);
    } catch {
      // An unusable setting falls through to the request's host rather than breaking every roadmap page.
    }
  }
  const name = first(forwardedHost) || first(host);
  if (!HOST.test(name)) return undefined;
  const scheme = first(forwardedProto).toLowerCase() === "https" ? "https" : "http";
  try {
    return new URL(`${scheme}://${name}`);
  } catch {
    return undefined;
  }
}
