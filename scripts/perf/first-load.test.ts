import { gzipSync } from "node:zlib";
import { expect, test } from "vitest";
import { gzipSize, scriptUrls } from "@/scripts/perf/first-load";

const PAGE = "http://127.0.0.1:4320/assess";
const chunk = (name: string) => `http://127.0.0.1:4320/_next/static/chunks/${name}`;

/** The head and tail of a page as `next start` (16.4.6, Turbopack) serves it, shortened. */
const NEXT_16_PAGE = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>
<link rel="stylesheet" href="/_next/static/chunks/15h47o6i-qrsc.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/310vm2bl3xxpt.js"/>
<script src="/_next/static/chunks/1d-3ziz_810o8.js" async=""></script>
<script src="/_next/static/chunks/turbopack-2u1d16houkiyo.js" async=""></script>
<script src="/_next/static/chunks/3g7l6_1io61dt.js" async=""></script>
<link rel="icon" href="/icon.svg?icon.044sp45ulf5xh.svg" sizes="any" type="image/svg+xml"/>
<script>try{var t=localStorage.getItem("certpath:theme")}catch(e){}</script>
<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script></head>
<body><h1>Which role?</h1>
<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/310vm2bl3xxpt.js"]});</script>
<script src="/_next/static/chunks/310vm2bl3xxpt.js" async=""></script>
<script>self.__next_f.push([1,"2:\\"/_next/static/chunks/3g7l6_1io61dt.js\\"\\n"])</script>
</body></html>`;

test("a Next.js 16 page: the scripts it names and preloads, each once, in document order", () => {
  expect(scriptUrls(NEXT_16_PAGE, PAGE)).toEqual([
    chunk("310vm2bl3xxpt.js"),
    chunk("1d-3ziz_810o8.js"),
    chunk("turbopack-2u1d16houkiyo.js"),
    chunk("3g7l6_1io61dt.js"),
  ]);
});

test("Next.js's nomodule polyfills are not counted: modern browsers never download them", () => {
  expect(scriptUrls(NEXT_16_PAGE, PAGE)).not.toContain(chunk("0cz1d0mv5g_q7.js"));
  for (const tag of [
    `<script src="/p.js" noModule=""></script>`,
    `<script nomodule src="/p.js"></script>`,
    `<script src="/p.js" NOMODULE="nomodule" defer></script>`,
    `<script src=/p.js nomodule></script>`,
  ]) {
    expect(scriptUrls(tag, PAGE), tag).toEqual([]);
  }
});

test("stylesheets, icons, prefetches and preloads of other kinds are not scripts", () => {
  const html = `<link rel="stylesheet" href="/a.css"><link rel="icon" href="/i.svg"><link rel="prefetch" href="/later.js" as="script">
    <link rel="preload" href="/font.woff2" as="font"><link rel="preload" href="/b.css" as="style">`;
  expect(scriptUrls(html, PAGE)).toEqual([]);
});

test("modulepreload and preload as=script count, whatever the case and the order of attributes", () => {
  const html = `<link href="/m.js" rel="modulepreload"><link rel="Preload" as="SCRIPT" href="/p.js"><link rel='preload' href='/q.js' as='script'>`;
  expect(scriptUrls(html, PAGE)).toEqual([
    "http://127.0.0.1:4320/m.js",
    "http://127.0.0.1:4320/p.js",
    "http://127.0.0.1:4320/q.js",
  ]);
});

test("module scripts count; scripts whose type is not JavaScript are never fetched", () => {
  const html = `<script type="module" src="/m.js"></script><script type="text/javascript" src="/t.js"></script>
    <script type="application/json" src="/data.json"></script><script type="text/x-template" src="/tpl.html"></script>`;
  expect(scriptUrls(html, PAGE)).toEqual(["http://127.0.0.1:4320/m.js", "http://127.0.0.1:4320/t.js"]);
});

test("markup inside an inline script's text or a comment is not a tag", () => {
  const html = `<script>document.write('<script src="/written.js"></' + 'script>')</script>
    <!-- <script src="/commented.js"></script> --><script src="/real.js"></script>`;
  expect(scriptUrls(html, PAGE)).toEqual(["http://127.0.0.1:4320/real.js"]);
});

test("attribute names inside other attributes' values are not attributes", () => {
  const html = `<script data-note="x src=/not-me.js nomodule" src="/me.js"></script><script title='a > b' src="/gt.js"></script>`;
  expect(scriptUrls(html, PAGE)).toEqual(["http://127.0.0.1:4320/me.js", "http://127.0.0.1:4320/gt.js"]);
});

test("URLs resolve against the page, or its <base href>, with entities decoded; other origins are kept", () => {
  expect(
    scriptUrls(
      `<script src="chunk.js?a=1&amp;b=2"></script><script src="https://cdn.example/x.js"></script>`,
      "http://127.0.0.1:4320/roadmap/?role=sre",
    ),
  ).toEqual(["http://127.0.0.1:4320/roadmap/chunk.js?a=1&b=2", "https://cdn.example/x.js"]);
  expect(scriptUrls(`<base href="/static/"><script src="a.js"></script>`, PAGE)).toEqual([
    "http://127.0.0.1:4320/static/a.js",
  ]);
});

test("inline scripts and empty src attributes name no URL", () => {
  expect(scriptUrls(`<script>1</script><script src=""></script><script src="  "></script>`, PAGE)).toEqual([]);
});

test("gzipSize is the length of the level-9 gzip of the bytes", () => {
  const bytes = new TextEncoder().encode("const answer = 42;\n".repeat(1000));
  expect(gzipSize(bytes)).toBe(gzipSync(bytes, { level: 9 }).length);
  expect(gzipSize(bytes)).toBeLessThan(gzipSync(bytes, { level: 1 }).length);
  expect(gzipSize(bytes)).toBeLessThan(bytes.length / 20);
});
