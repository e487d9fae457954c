import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { axe, expect, test } from "./fixtures";

/**
 * The roadmap you take in at a glance (issue 9): the timeline, steps collapsed to their summaries, deep links
 * and printing that open them, measured on the senior SRE's four-step plan.
 */

const SENIOR_SRE =
  "/roadmap?role=sre&years=5&skills=python,cloud&held=mlops-foundation&goal=architect&interests=sre,finops&hours=8&start=2027-01-04";
const PHONE = { width: 390, height: 844 };

/** Opens the plan and waits until saved progress has been read (the page is then interactive). */
async function openPlan(page: Page, path = SENIOR_SRE) {
  await page.goto(path);
  await expect(page.getByRole("group", { name: "Progress on MLOps Professional" }).getByLabel("Done")).toBeEnabled();
}

const stepIds = (page: Page) => page.locator("li[id^='step-']").evaluateAll((els) => els.map((e) => e.id));
const openSteps = (page: Page) =>
  page.locator("li[id^='step-'] details").evaluateAll((els) => els.map((e) => (e as HTMLDetailsElement).open));

test("the timeline is a named figure with one link per step, in date order, each further right", async ({ page }) => {
  await openPlan(page);
  const timeline = page.getByRole("figure", { name: /Timeline/ });
  await expect(timeline).toBeVisible();
  const bars = timeline.getByRole("link");
  const ids = await stepIds(page);
  expect(ids.length).toBe(4);
  expect(await bars.evaluateAll((els) => els.map((e) => e.getAttribute("href")))).toEqual(ids.map((id) => `#${id}`));
  // Held certifications are not bars.
  expect(ids).not.toContain("step-mlops-foundation");

  const lefts: number[] = [];
  for (const [i, bar] of (await bars.all()).entries()) {
    const box = await bar.boundingBox();
    expect(box, `bar ${i + 1} is drawn`).not.toBeNull();
    lefts.push(box!.x);
    const name = (await bar.getAttribute("aria-label")) ?? (await bar.textContent()) ?? "";
    expect(name).toMatch(/^Step \d: MLOps|^Step \d: FinOps/);
    expect(name).toMatch(/\d{1,2} \w+ 20\d\d to \d{1,2} \w+ 20\d\d/);
    expect(name).toMatch(/Not started|In progress|Done/);
  }
  expect(lefts).toEqual([...lefts].sort((a, b) => a - b));
  expect(new Set(lefts).size).toBe(lefts.length);

  // Progress shows on the bar in words (its name) after it changes.
  await page.getByRole("group", { name: "Progress on MLOps Advanced" }).getByLabel("In progress").check();
  await expect(bars.nth(1)).toHaveAccessibleName(/MLOps Advanced.*In progress/);
});

test("collapsed, the senior SRE plan is at most 5 phone screens tall, and the timeline starts on the first screen", async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await openPlan(page);
  expect(await openSteps(page)).toEqual([false, false, false, false]);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  console.log(`senior SRE plan, collapsed, 390 x 844: ${height} px = ${(height / PHONE.height).toFixed(2)} screens`);
  expect(height).toBeLessThanOrEqual(5 * PHONE.height);
  const phoneTop = (await page.getByRole("figure", { name: /Timeline/ }).boundingBox())!.y;
  expect(phoneTop).toBeLessThan(PHONE.height);

  await page.setViewportSize({ width: 1280, height: 800 });
  const desktopTop = (await page.getByRole("figure", { name: /Timeline/ }).boundingBox())!.y;
  expect(desktopTop).toBeLessThan(800);
  // The page never scrolls sideways on a 360 px phone.
  await page.setViewportSize({ width: 360, height: 780 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test("a deep link opens its step and scrolls to it; so does a timeline bar; Expand and Collapse all", async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await openPlan(page, `${SENIOR_SRE}#step-mlops-advanced`);
  const advanced = page.locator("li#step-mlops-advanced");
  await expect(advanced.locator("details")).toHaveJSProperty("open", true);
  await expect(advanced.getByRole("region", { name: "Why this step" })).toBeVisible();
  await expect(advanced).toBeInViewport();
  expect(await openSteps(page)).toEqual([false, true, false, false]);

  await page
    .getByRole("figure", { name: /Timeline/ })
    .getByRole("link", { name: /MLOps Expert/ })
    .click();
  const expert = page.locator("li#step-mlops-expert");
  await expect(expert.locator("details")).toHaveJSProperty("open", true);
  await expect(expert).toBeInViewport();
  await expect(page).toHaveURL(/#step-mlops-expert$/);

  await page.getByRole("button", { name: "Expand all" }).click();
  expect(await openSteps(page)).toEqual([true, true, true, true]);
  await page.getByRole("button", { name: "Collapse all" }).click();
  expect(await openSteps(page)).toEqual([false, false, false, false]);
});

test("printing expands every step and puts the timeline on the first page (read back from a PDF)", async ({ page }) => {
  await openPlan(page);
  expect(await openSteps(page)).toEqual([false, false, false, false]);
  const dir = mkdtempSync(join(tmpdir(), "certpath-print-"));
  try {
    const file = join(dir, "roadmap.pdf");
    writeFileSync(file, await page.pdf({ format: "A4" }));
    const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
    const firstPage = execFileSync("pdftotext", ["-f", "1", "-l", "1", file, "-"], { encoding: "utf8" });
    const count = (phrase: string) => text.split(phrase).length - 1;
    // What only an open step shows, once per step (and the levels' own sections once per level).
    expect(count("Why this step")).toBe(4);
    expect(count("Time and dates")).toBe(4);
    expect(count("Where to train")).toBe(4);
    expect(count("Renewal")).toBeGreaterThanOrEqual(4);
    expect(count("Common mistakes")).toBe(3);
    expect(firstPage).toContain("Timeline of your plan");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

for (const scheme of ["light", "dark"] as const) {
  test(`the roadmap passes axe collapsed and expanded (${scheme}, 360 px)`, async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width: 360, height: 780 });
    await page.emulateMedia({ colorScheme: scheme });
    await openPlan(page);
    await axe(page, `roadmap collapsed ${scheme}`);
    await page.getByRole("button", { name: "Expand all" }).click();
    await axe(page, `roadmap expanded ${scheme}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
}
