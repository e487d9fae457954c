import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

/**
 * Every browser test fails on a console error or an uncaught page error, on any page it visits.
 * `axe(page)` runs axe-core with the WCAG 2.0/2.1/2.2 A and AA rules and expects no violations.
 */
export const test = base.extend<{ consoleErrors: string[]; expectNotFound: (path: string) => void }>({
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
        errors.filter((e) => !expected404s.some((path) => e.includes("404") && e.endsWith(`${path})`))),
        "no console errors or page errors",
      ).toEqual([]);
      expected404s.length = 0;
    },
    { auto: true },
  ],
  /** Declares that visiting `path` answers 404 on purpose, so the browser's "failed to load" line is expected. */
  expectNotFound: async ({}, use) => {
    await use((path) => expected404s.push(path));
  },
});

const expected404s: string[] = [];

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
