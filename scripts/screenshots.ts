/**
 * `npm run screenshots -- [URL path …]`: screenshots of pages of a running production server
 * (E2E_PORT, default 4310) at phone (360 px) and desktop (1280 px) width, light and dark, into
 * test-results/screenshots/. For looking at the app as a person would; not part of the tests. Without paths it
 * shoots /, /about, /team and the senior SRE's roadmap, and saves the README's picture of that roadmap's timeline
 * (desktop, light) to docs/images/roadmap-timeline.png.
 */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
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

/** The README's example plan: a senior SRE (the same link as the roadmap's browser tests). */
const ROADMAP =
  "/roadmap?role=sre&years=5&skills=python,cloud&held=mlops-foundation&goal=architect&interests=sre,finops&hours=8&start=2027-01-04";
const TIMELINE_PICTURE = "docs/images/roadmap-timeline.png";

const port = Number(process.env.E2E_PORT ?? 4310);
const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["/", "/about", "/team", ROADMAP];
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
      const slug = path === ROADMAP ? "roadmap-sre" : path.replace(/[^a-z0-9]+/gi, "_");
      const name = `${slug || "home"}-${device}-${scheme}.png`;
      // Parts drawn only near the screen (content-visibility: auto, e.g. /compare's tables) are drawn as a person
      // scrolls to them; a full-page capture does not scroll, so draw them all first (a constructed sheet: the
      // CSP allows no inline style).
      await page.evaluate(() => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync("* { content-visibility: visible !important; }");
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      });
      await page.screenshot({ path: `${out}/${name}`, fullPage: true });
      console.log(`${out}/${name}`);
      if (path === ROADMAP && device === "desktop" && scheme === "light") {
        mkdirSync(dirname(TIMELINE_PICTURE), { recursive: true });
        const timeline = page.getByRole("figure", { name: /Timeline/ });
        await timeline.screenshot({ path: TIMELINE_PICTURE, animations: "disabled" });
        console.log(TIMELINE_PICTURE);
      }
      await page.close();
    }
  }
}
await browser.close();
