import { gzipSync } from "node:zlib";

/**
 * The JavaScript a page makes a modern browser download before it can run, read from its HTML: every
 * `<script src>` that runs as JavaScript and every script it preloads (`rel=preload as=script`,
 * `rel=modulepreload`). Pure: takes HTML, returns absolute URLs, each once, in document order.
 *
 * Left out, because a modern browser never fetches them for this page:
 * - `<script nomodule>`: Next.js 16 serves its legacy polyfills (build manifest `polyfillFiles`) as
 *   `<script src="…" noModule="">`; browsers that run modules skip it.
 * - `<script type="…">` with a type that is not JavaScript (JSON, templates): never executed, never fetched.
 * - `rel=prefetch`: fetched when idle for a later navigation, not for this page.
 * Tags inside comments or inside an inline script's text are not tags and are skipped too.
 */
export function scriptUrls(html: string, pageUrl: string): string[] {
  const urls = new Set<string>();
  let base = pageUrl;
  for (const match of html.matchAll(TAG)) {
    const tag = match[2] ?? match[3];
    if (tag === undefined) continue; // a comment
    const attributes = parseAttributes(tag);
    const element = /^<([a-z]+)/i.exec(tag)?.[1]?.toLowerCase();
    if (element === "base") {
      const href = attributes.get("href");
      if (href !== undefined) base = new URL(href.trim(), pageUrl).toString();
      continue;
    }
    const href = element === "script" ? scriptSrc(attributes) : preloadedScript(attributes);
    if (href === undefined || href.trim() === "") continue;
    urls.add(new URL(href.trim(), base).toString());
  }
  return [...urls];
}

/** Gzipped size in bytes at zlib level 9: what a well-configured server sends for a static chunk. */
export function gzipSize(bytes: Uint8Array): number {
  return gzipSync(bytes, { level: 9 }).length;
}

// An opening tag's attributes may contain `>` inside quotes. A script's text is consumed with its tag, so
// markup written inside JavaScript strings is never mistaken for a tag; so is a comment.
const ATTRS = `(?:[^>"']|"[^"]*"|'[^']*')*`;
const TAG = new RegExp(
  `(<!--[\\s\\S]*?(?:-->|$))|(<script\\b${ATTRS}>)[\\s\\S]*?(?:<\\/script\\s*>|$)|(<(?:link|base)\\b${ATTRS}>)`,
  "gi",
);

const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Lower-cased attribute names to decoded values; a boolean attribute maps to "". The first occurrence wins, as in HTML. */
function parseAttributes(tag: string): Map<string, string> {
  const inner = tag.replace(/^<[a-z]+/i, "").replace(/\/?>$/, "");
  const attributes = new Map<string, string>();
  for (const [, name = "", double, single, bare] of inner.matchAll(ATTRIBUTE)) {
    const key = name.toLowerCase();
    if (!attributes.has(key)) attributes.set(key, decodeEntities(double ?? single ?? bare ?? ""));
  }
  return attributes;
}

const JS_TYPES = new Set([
  "",
  "module",
  "text/javascript",
  "application/javascript",
  "application/ecmascript",
  "text/ecmascript",
  "text/jscript",
  "application/x-javascript",
]);

function scriptSrc(attributes: Map<string, string>): string | undefined {
  if (attributes.has("nomodule")) return undefined;
  const type = (attributes.get("type") ?? "").trim().toLowerCase();
  if (!JS_TYPES.has(type)) return undefined;
  return attributes.get("src");
}

function preloadedScript(attributes: Map<string, string>): string | undefined {
  const rel = new Set((attributes.get("rel") ?? "").toLowerCase().split(/\s+/));
  const as = (attributes.get("as") ?? "").trim().toLowerCase();
  if (rel.has("modulepreload") || (rel.has("preload") && as === "script")) return attributes.get("href");
  return undefined;
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return NAMED[body.toLowerCase()] ?? entity;
  });
}
