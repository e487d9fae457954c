import type { Locator, Page } from "@playwright/test";
import { axe, expect, test } from "./fixtures";

/** The program map (issue 9 §3) on /, /compare and the roadmap: 12 links, server-drawn, readable on a phone. */

const SENIOR_SRE =
  "/roadmap?role=sre&years=5&skills=python,cloud&held=mlops-foundation&goal=architect&interests=sre,finops&hours=8&start=2027-01-04";

const programMap = (page: Page) => page.getByRole("figure", { name: "Program map", exact: true });

/** Every node is a link to /levels/<id>, all 12 of them, each at least 24 × 24 px. */
async function expectTwelveLevelLinks(map: Locator) {
  const links = map.getByRole("link");
  await expect(links).toHaveCount(12);
  const hrefs = await links.evaluateAll((els) => els.map((e) => e.getAttribute("href") ?? ""));
  expect(hrefs.every((h) => /^\/levels\/[a-z0-9-]+$/.test(h))).toBe(true);
  expect(new Set(hrefs).size).toBe(12);
  for (const link of await links.all()) {
    const box = await link.boundingBox();
    expect(box, `${await link.getAttribute("href")} is drawn`).not.toBeNull();
    expect(box!.width).toBeGreaterThanOrEqual(24);
    expect(box!.height).toBeGreaterThanOrEqual(24);
  }
  return hrefs;
}

test("/ shows the program map under the intro: 12 links, in level order, without any script", async ({ browser }) => {
  // Drawn on the server: it is all there with JavaScript off.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  const map = programMap(page);
  await expect(map).toBeVisible();
  const hrefs = await expectTwelveLevelLinks(map);
  const levels = ["foundation", "professional", "advanced", "expert"].map((l) => hrefs.indexOf(`/levels/mlops-${l}`));
  expect(levels.every((i) => i >= 0)).toBe(true);
  expect(levels).toEqual([...levels].sort((a, b) => a - b));
  // Under the intro: after the Start button.
  const start = await page.getByRole("link", { name: /^Start/ }).boundingBox();
  expect((await map.boundingBox())!.y).toBeGreaterThan(start!.y);
  await context.close();
});

for (const width of [360, 1280]) {
  test(`/ with the map passes axe and never scrolls sideways (${width} px, light and dark)`, async ({ page }) => {
    test.slow(); // axe four times on a busy machine
    await page.setViewportSize({ width, height: 800 });
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto("/");
      await expectTwelveLevelLinks(programMap(page));
      await axe(page, `/ ${scheme} ${width}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
  });
}

test("/compare shows the program map, and passes axe", async ({ page }) => {
  test.slow();
  await page.goto("/compare");
  await expectTwelveLevelLinks(programMap(page));
  await axe(page, "/compare");
});

test("on the roadmap the map says, in words, where each certification stands for this person", async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(SENIOR_SRE);
  await page.getByText("Show the program map").click();
  const map = programMap(page);
  await expectTwelveLevelLinks(map);
  const state = (id: string) => map.locator(`a[href="/levels/${id}"]`);
  await expect(state("mlops-foundation")).toContainText("You hold it");
  await expect(state("mlops-professional")).toContainText("Step 1 of 4 on your plan");
  await expect(state("mlops-advanced")).toContainText("Step 2 of 4 on your plan");
  await expect(state("finops-professional")).toContainText("Step 3 of 4 on your plan");
  await expect(state("mlops-expert")).toContainText("Step 4 of 4 on your plan");
  await expect(state("dataops-foundation")).toContainText("Not on your plan");
  await expect(state("ai-strategy")).toHaveAccessibleName(/AI Strategy.*Not on your plan/);
  await axe(page, "roadmap with the program map open");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
