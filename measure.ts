import { gzipSync } from "node:zlib";
import { scriptUrls } from "@/lib/perf/first-load";
const base = process.argv[2]!;
for (const path of process.argv.slice(3)) {
  const html = await (await fetch(base + path)).text();
  for (const u of scriptUrls(html, base + path)) { const b = Buffer.from(await (await fetch(u)).arrayBuffer()); console.log(path, u.replace(base, ""), (gzipSync(b,{level:9}).length/1024).toFixed(1)); }
}
