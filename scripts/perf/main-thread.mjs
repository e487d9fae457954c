// Main-thread CPU of cold page loads, a measure the machine's load hardly moves (docs/performance.md): each task's
// thread time from a Chromium trace, and a blocking proxy (each task after first paint x4 - 50 ms, summed).
// usage: node scripts/perf/main-thread.mjs <runs> <url>... (URLs alternate; VERBOSE=1 prints the long tasks of the last run
// and the medians of layout, style, paint and script evaluation time at 4x over all runs, and of the font strikes the
// renderer asked the browser process for before the first paint, with their wall time: docs/performance.md, "Font
// sizes and the first layout")
import { chromium } from "playwright";
import { readFileSync } from "node:fs";
const runs = Number(process.argv[2]);
const urls = process.argv.slice(3);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const res = new Map(urls.map((u) => [u, []]));
const detail = new Map();
for (let i = 0; i < runs; i++)
  for (const url of urls) {
    const ctx = await browser.newContext({ viewport: { width: 412, height: 823 } });
    const page = await ctx.newPage();
    if (process.env.CSS)
      await page.route("**/*.css", async (route) => {
        const r = await route.fetch();
        route.fulfill({ response: r, body: (await r.text()) + "\n" + process.env.CSS });
      });
    await browser.startTracing(page, {
      path: "/tmp/certpath-main-thread-trace.json",
      categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "fonts"],
    });
    await page.goto(url, { waitUntil: "load" });
    await page.waitForTimeout(4000);
    await browser.stopTracing();
    const { traceEvents } = JSON.parse(readFileSync("/tmp/certpath-main-thread-trace.json", "utf8"));
    const per = new Map();
    for (const e of traceEvents)
      if (e.name === "RunTask" && e.ph === "X") {
        const k = e.pid + ":" + e.tid;
        per.set(k, (per.get(k) ?? 0) + (e.tdur ?? 0));
      }
    const pageThreads = new Set(
      traceEvents
        .filter((e) => e.name === "ParseHTML" && String(e.args?.beginData?.url ?? "").startsWith("http"))
        .map((e) => e.pid + ":" + e.tid),
    );
    const m = traceEvents
      .filter(
        (e) => e.name === "thread_name" && e.args?.name === "CrRendererMain" && pageThreads.has(e.pid + ":" + e.tid),
      )
      .sort((a, b) => (per.get(b.pid + ":" + b.tid) ?? 0) - (per.get(a.pid + ":" + a.tid) ?? 0))[0];
    const ev = traceEvents
      .filter((e) => e.pid === m.pid && e.tid === m.tid && e.ph === "X")
      .sort((a, b) => a.ts - b.ts);
    const tasks = ev.filter((e) => e.name === "RunTask" && e.tdur * 4 > 50000);
    const fcp = traceEvents.find((e) => e.name === "firstContentfulPaint" && e.pid === m.pid)?.ts ?? 0;
    let tbt = 0,
      cpu = 0;
    const lines = [];
    for (const e of ev) if (e.name === "RunTask") cpu += (e.tdur ?? 0) / 1000;
    for (const t of tasks) {
      // Lighthouse clips a task that starts before FCP to the part after it; here in proportion of its CPU time.
      const part = t.ts >= fcp ? 1 : Math.max(0, (t.ts + t.dur - fcp) / t.dur);
      tbt += Math.max(0, (t.tdur * 4 * part) / 1000 - 50);
      if (process.env.VERBOSE) {
        const kids = ev.filter(
          (e) =>
            e.ts >= t.ts &&
            e.ts + e.dur <= t.ts + t.dur &&
            e !== t &&
            [
              "ParseHTML",
              "EvaluateScript",
              "FunctionCall",
              "TimerFire",
              "EventDispatch",
              "Layout",
              "UpdateLayoutTree",
              "Paint",
              "RunMicrotasks",
              "v8.compile",
              "MajorGC",
              "MinorGC",
              "FireAnimationFrame",
            ].includes(e.name),
        );
        const agg = new Map();
        for (const k of kids) {
          const u = (k.args?.data?.url ?? "").split("/").pop().slice(0, 24);
          const key = k.name + (u ? " " + u : "");
          agg.set(key, (agg.get(key) ?? 0) + (k.tdur ?? 0) / 1000);
        }
        lines.push(
          `   ${t.ts < fcp ? "pre-FCP" : "       "} x4 ${((t.tdur * 4) / 1000).toFixed(0).padStart(4)} ms: ` +
            [...agg]
              .sort((a, b) => b[1] - a[1])
              .slice(0, 5)
              .map(([k, d]) => `${k} ${(d * 4).toFixed(0)}`)
              .join(" | "),
        );
      }
    }
    const parts = { layout: 0, style: 0, paint: 0, evaluate: 0 };
    const partOf = { Layout: "layout", UpdateLayoutTree: "style", Paint: "paint", EvaluateScript: "evaluate" };
    for (const e of ev) if (partOf[e.name]) parts[partOf[e.name]] += ((e.tdur ?? 0) * 4) / 1000;
    // One synchronous call to the browser process per font strike (size, bold, italic) in the first layout.
    const strikes = ev.filter((e) => e.name === "WebSandboxSupportLinux::GetWebFontRenderStyleForStrike" && e.ts < fcp);
    parts.strikes = strikes.length;
    parts.strikeWall = strikes.reduce((sum, e) => sum + e.dur / 1000, 0);
    res.get(url).push({ tbt, cpu, parts });
    detail.set(url, lines);
    await ctx.close();
  }
for (const [u, a] of res) {
  const t = a.map((x) => Math.round(x.tbt)).sort((x, y) => x - y);
  const c = a.map((x) => Math.round(x.cpu)).sort((x, y) => x - y);
  console.log(
    `${u
      .replace(/^http:\/\/[^/]+/, "")
      .slice(0, 40)
      .padEnd(
        40,
      )} simTBT median ${String(t[t.length >> 1]).padStart(5)} (${t.join(",")})  cpu median ${c[c.length >> 1]}`,
  );
  if (process.env.VERBOSE) {
    const median = (k) =>
      a
        .map((x) => x.parts[k])
        .sort((x, y) => x - y)
        [a.length >> 1].toFixed(0);
    console.log(
      `   x4 medians: ${["layout", "style", "paint", "evaluate"].map((k) => `${k} ${median(k)}`).join(", ")}; ` +
        `font strikes before first paint ${median("strikes")}, their wall time ${median("strikeWall")} ms`,
    );
    console.log(detail.get(u).join("\n"));
  }
}
await browser.close();
