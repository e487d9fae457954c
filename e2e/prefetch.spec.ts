import { expect, expectHydrated, test } from "./fixtures";

/**
 * Pages load only what they need: links prefetch their page when the person points at or focuses them
 * (components/ui/link.tsx), and code for later (closed disclosures, later questions) waits for the person to
 * start using the page (components/ui/after-intent.ts). Viewport prefetching fetched every page the header
 * names on every load, which cost more main-thread time than the page itself (npm run perf).
 */
const prefetches = (urls: string[]) => urls.filter((url) => url.includes("_rsc="));

test("the home page fetches no other page until a link is pointed at, then that one", async ({ page }) => {
  const requested: string[] = [];
  page.on("request", (request) => requested.push(request.url()));
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  expect(prefetches(requested)).toEqual([]);

  const nav = page.getByRole("navigation", { name: "Main" });
  const prefetched = page.waitForRequest((request) => /\/compare\?_rsc=/.test(request.url()));
  await nav.getByRole("link", { name: "Compare" }).hover();
  await prefetched;
  expect(prefetches(requested).every((url) => new URL(url).pathname === "/compare")).toBe(true);
});

test("a shared roadmap loads no code for what is closed until the person starts using the page", async ({ page }) => {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(request.url());
  });
  await page.goto(
    "/roadmap?role=sre&years=5&skills=python,cloud&held=mlops-foundation&goal=architect&hours=8&start=2099-01-05",
  );
  // Hydrated first: on a busy machine hydration can end after the network has been idle for 500 ms, and what
  // the hydrated page then loads by itself would be counted as "after load" (CI at load average 10 did).
  await expectHydrated(page);
  await page.waitForLoadState("networkidle");
  // The service worker's module loads once the page has loaded and the browser is first idle
  // (components/offline/app-updates.tsx), which on a busy machine can come after the network's first quiet.
  // Settled means after that: from then on, nothing more until the person shows a sign of use.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5_000 })));
  await page.waitForLoadState("networkidle");
  const atLoad = scripts.length;
  await page.waitForTimeout(1_500);
  expect(scripts.slice(atLoad), "scripts fetched after load with no sign of use").toEqual([]);

  await page.mouse.move(10, 10);
  await page.mouse.move(200, 300);
  await expect.poll(() => scripts.length).toBeGreaterThan(atLoad);
  // Opened after that, a step's notes field is there at once.
  await page.getByText("More about MLOps Advanced").click();
  await expect(page.getByLabel("Notes on MLOps Advanced")).toBeVisible();
  expect(prefetches(scripts)).toEqual([]);
});
