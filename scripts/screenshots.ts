/**
 * `npm run screenshots -- [URL path …]`: screenshots of pages of a running production server
 * (E2E_PORT, default 4310) at phone (360 px) and desktop (1280 px) width, light and dark, into
 * test-results/screenshots/. For looking at the app as a person would; not part of the tests.
 */
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS } from "../e2e/playwright.config";

const port = Number(process.env.E2E_PORT ?? 4310);
const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["/"];
const out = "test-results/screenshots";
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
for (const path of paths) {
  for (const [width, height, device] of [
    [360, 780, "phone"],
    [1280, 900, "desktop"],
  ] as const) {
    for (const scheme of ["light", "dark"] as const) {
      const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
      await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: "networkidle" });
      const name = `${path.replace(/[^a-z0-9]+/gi, "_") || "home"}-${device}-${scheme}.png`;
      await page.screenshot({ path: `${out}/${name}`, fullPage: true });
      await page.close();
      console.log(`${out}/${name}`);
    }
  }
}
await browser.close();
