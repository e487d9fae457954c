import type { Page } from "@playwright/test";
import { axe, expect, openQuestionnaire, test } from "./fixtures";

/**
 * axe on every questionnaire step in its empty, error and filled states, at phone width and in dark mode
 * too, and on the roadmap in both themes. The journeys in journey.spec.ts check the other pages.
 */

const STEPS = [
  {
    heading: "What is your role?",
    fill: async (page: Page) => page.getByLabel("Cloud Engineer").check(),
  },
  {
    heading: "What experience do you have?",
    bad: async (page: Page) => page.getByLabel("Years of experience").fill("99"),
    fill: async (page: Page) => page.getByLabel("Years of experience").fill("1"),
  },
  { heading: "Which certifications do you already hold?", fill: async () => undefined },
  {
    heading: "Where do you want to go next?",
    fill: async (page: Page) => page.getByLabel("Stay hands-on").check(),
  },
  {
    heading: "How much time can you give it?",
    bad: async (page: Page) => page.getByLabel("Hours a week").fill("0"),
    fill: async (page: Page) => page.getByLabel("Hours a week").fill("5"),
  },
];

for (const scheme of ["light", "dark"] as const) {
  test(`every questionnaire step passes axe when empty, in error and filled (${scheme}, phone width)`, async ({
    page,
  }) => {
    test.slow(); // axe on every step, three times
    await page.setViewportSize({ width: 360, height: 780 });
    await page.emulateMedia({ colorScheme: scheme });
    await openQuestionnaire(page);
    for (const step of STEPS) {
      await expect(page.getByRole("heading", { level: 1, name: step.heading })).toBeVisible();
      await axe(page, `${step.heading} empty`);
      if (step.bad) await step.bad(page);
      if (step.heading !== "Which certifications do you already hold?") {
        await page.getByRole("button", { name: "Continue" }).click();
        await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toBeFocused();
        await axe(page, `${step.heading} error`);
      }
      await step.fill(page);
      await axe(page, `${step.heading} filled`);
      await page.getByRole("button", { name: "Continue" }).click();
    }
    await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
    await axe(page, "review");
    // Nothing sticks out sideways on a 360 px phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  test(`the roadmap passes axe and fits a phone (${scheme})`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(
      "/roadmap?role=data-engineer&years=1&skills=python&interests=dataops,finops&hours=6&start=2027-03-01",
    );
    await expect(page.locator("li#step-dataops-foundation")).toBeVisible();
    await axe(page, `roadmap ${scheme}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
}
