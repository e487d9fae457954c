/**
 * `npm run screenshots -- [URL path …]`: screenshots of pages of a running production server
 * (E2E_PORT, default 4310) at phone (360 px) and desktop (1280 px) width, light and dark, into
 * test-results/screenshots/. For looking at the app as a person would; not part of the tests.
 */
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS } from "../e2e/playwright.config";
import { catalog } from "@/data/catalog";
import { knownIdsOf } from "@/lib/saved/saved-state";
import { SAVED_TEAM_VERSION, TEAM_STORAGE_KEY } from "@/lib/team/saved-team";
import { syntheticTeam } from "@/lib/team/synthetic-team";

/** `/team` is shot with a saved team of 12 (its empty state is one screen of form); `/team?empty` without. */
const SAVED_TEAM = JSON.stringify({
  state: { people: syntheticTeam(12, knownIdsOf(catalog)) },
  version: SAVED_TEAM_VERSION,
});

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
      if (path === "/team") {
        await page.addInitScript(({ key, value }) => localStorage.setItem(key, value), {
          key: TEAM_STORAGE_KEY,
          value: SAVED_TEAM,
        });
      }
      await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: "networkidle" });
      const name = `${path.replace(/[^a-z0-9]+/gi, "_") || "home"}-${device}-${scheme}.png`;
      await page.screenshot({ path: `${out}/${name}`, fullPage: true });
      await page.close();
      console.log(`${out}/${name}`);
    }
  }
}
await browser.close();
