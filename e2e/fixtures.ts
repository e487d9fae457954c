import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

/**
 * Every browser test fails on a console error or an uncaught page error, on any page it visits.
 * `axe(page)` runs axe-core with the WCAG 2.0/2.1/2.2 A and AA rules and expects no violations.
 */
export const test = base.extend<{
  consoleErrors: string[];
  expectNotFound: (path: string) => void;
  expectFailedLoad: (path: string, status: number) => void;
}>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (msg) => {
        if (msg.type() === "error") errors.push(`console.error: ${msg.text()} (${msg.location().url})`);
      });
      page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
      // Any Content-Security-Policy violation, on any page a test visits, fails the test.
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"}`);
        });
      });
      await use(errors);
      expect(
        errors.filter(
          (e) => !expectedFailures.some(({ path, status }) => e.includes(` ${status} `) && e.endsWith(`${path})`)),
        ),
        "no console errors or page errors",
      ).toEqual([]);
      expectedFailures.length = 0;
    },
    { auto: true },
  ],
  /** Declares that visiting `path` answers 404 on purpose, so the browser's "failed to load" line is expected. */
  expectNotFound: async ({}, use) => {
    await use((path) => expectedFailures.push({ path, status: 404 }));
  },
  /** The same for another status: the browser logs any 4xx/5xx answer as a failed load. */
  expectFailedLoad: async ({}, use) => {
    await use((path, status) => expectedFailures.push({ path, status }));
  },
});

const expectedFailures: { path: string; status: number }[] = [];

export { expect };

/**
 * Opens the questionnaire and waits until it has read the saved answers. The server renders the first
 * question, so it is visible before the page's JavaScript runs; a click before then would be the browser's own.
 */
export async function openQuestionnaire(page: Page, path = "/assess"): Promise<void> {
  await page.goto(path);
  await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
}

export async function axe(page: Page, context?: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact ?? "?"}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary, `axe violations${context ? ` on ${context}` : ""}`).toEqual([]);
}
