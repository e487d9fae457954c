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
  withoutJavaScript: () => void;
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
      // A page that never hydrates (its scripts blocked, or React giving up) may log nothing at all: the page
      // a test ends on must have hydrated. Earlier pages of a test are checked where the test calls expectHydrated.
      if (!page.isClosed()) {
        if (!noHydration.has(page)) await expectHydrated(page);
        await expectUniqueIds(page);
      }
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
  /** Declares that the test keeps the app's JavaScript from running, so its page is not expected to hydrate. */
  withoutJavaScript: async ({ page }, use) => {
    await use(() => noHydration.add(page));
  },
});

const expectedFailures: { path: string; status: number }[] = [];

const noHydration = new WeakSet<Page>();

/**
 * Waits until React has hydrated the page, or fails the test: React marks each element it hydrates with a
 * `__reactFiber$…` property, so <main> gains one only if hydration ran. A page without Next.js's scripts
 * (a JSON answer, about:blank) has nothing to hydrate and passes.
 */
export async function expectHydrated(page: Page, timeout = 10_000): Promise<void> {
  const hydrated = await page
    .waitForFunction(
      () => {
        if (!document.querySelector('script[src*="/_next/static/"]')) return true;
        const marked = (el: Element | null) => !!el && Object.keys(el).some((k) => k.startsWith("__reactFiber$"));
        return marked(document.getElementById("main")) || marked(document.body);
      },
      undefined,
      { timeout },
    )
    .then(
      () => true,
      () => false,
    );
  expect(hydrated, `the page at ${page.url()} hydrated`).toBe(true);
}

export { expect };

/**
 * Holds every script of the app until the returned `release` is called: the page as it is on a slow network
 * before its script arrives, where what the person does is the browser's own doing (a form sends itself).
 */
export async function holdScripts(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_next\/static\/chunks\/.*\.js$/, async (route) => {
    await held;
    await route.continue().catch(() => undefined); // the page that asked may have gone meanwhile
  });
  return release;
}

/**
 * Opens the questionnaire and waits until it has read the saved answers. The server renders the first
 * question, so it is visible before the page's JavaScript runs; a click before then would be the browser's own.
 */
export async function openQuestionnaire(page: Page, path = "/assess"): Promise<void> {
  await page.goto(path);
  await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
}

/**
 * The stylesheets the page uses now that its HTML (`html`, as served) did not link: CSS that came with a part's
 * script, so the server's HTML of that part painted unstyled until it arrived. Call it once the part is drawn.
 */
export async function stylesheetsNotLinked(page: Page, html: string): Promise<string[]> {
  const linked = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]);
  expect(linked.length).toBeGreaterThan(0);
  await page.waitForLoadState("networkidle");
  const used = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((l) => new URL(l.href).pathname),
  );
  return used.filter((href) => !linked.includes(href));
}

/** Every id on the page has one owner (axe does not check it): aria-describedby and labels must not point at two. */
export async function expectUniqueIds(page: Page, context?: string): Promise<void> {
  const duplicates = await page.evaluate(() => {
    const seen = new Map<string, number>();
    for (const el of document.querySelectorAll("[id]")) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
    return [...seen].filter(([, n]) => n > 1).map(([id, n]) => `${id} ×${n}`);
  });
  expect(duplicates, `duplicate ids${context ? ` on ${context}` : ` at ${page.url()}`}`).toEqual([]);
}

/** axe (below) and the duplicate-id check, on the page as it is now. */
export async function axe(page: Page, context?: string): Promise<void> {
  await expectUniqueIds(page, context);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact ?? "?"}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary, `axe violations${context ? ` on ${context}` : ""}`).toEqual([]);
}
