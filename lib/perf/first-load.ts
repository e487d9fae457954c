/**
 * The JavaScript a page makes the browser download before it can run: every script the HTML names
 * (src) or preloads (rel=preload as=script, rel=modulepreload). Pure: takes HTML, returns URLs.
 */
export function scriptUrls(html: string, pageUrl: string): string[] {
  const urls = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) => new RegExp(`\\s${name}=("([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
    const value = (name: string) => {
      const m = attr(name);
      return m ? (m[2] ?? m[3] ?? m[4] ?? "") : undefined;
    };
    const isScript = /^<script/i.test(tag);
    const rel = value("rel")?.toLowerCase();
    const href = isScript ? value("src") : rel === "modulepreload" || (rel === "preload" && value("as") === "script") ? value("href") : undefined;
    if (href) urls.add(new URL(href.replaceAll("&amp;", "&"), pageUrl).toString());
  }
  return [...urls];
}
