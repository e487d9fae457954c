import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Page } from "@playwright/test";
import { catalog } from "@/data/catalog";
import { pngSize } from "@/lib/offline/png-size";
import { STORAGE_KEY } from "@/lib/saved/storage-key";
import { axe, expect, openQuestionnaire, test } from "./fixtures";
import { CHROMIUM_ARGS } from "./playwright.config";

/**
 * Installing certpath and using it with no network (issue 12). Each test makes its first visit online, waits
 * until the service worker has cached the build and controls the page, then cuts the network with
 * `context.setOffline(true)`. The fixtures fail a test on any console error or CSP violation, offline too.
 */

/** The first visit: waits for the worker to finish installing (every page and file cached) and take control. */
async function firstVisit(page: Page, path = "/"): Promise<void> {
  await page.goto(path);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

// The other specs block the worker (playwright.config.ts); these are about it.
test.use({ serviceWorkers: "allow" });

const stepIds = (page: Page) =>
  page.locator("li[id^='step-']").evaluateAll((items) => items.map((li) => li.id.replace(/^step-/, "")));

/** The command-line recommender's steps for the same answers: `npm run recommend -- … --json`. */
function cliSteps(flags: string[]): { certificationId: string; start: string; end: string }[] {
  const out = execFileSync("node", ["--import", "tsx", "scripts/recommend.ts", ...flags, "--json"], {
    cwd: fileURLToPath(new URL("..", import.meta.url)),
    encoding: "utf8",
  });
  return (JSON.parse(out) as { steps: { certificationId: string; start: string; end: string }[] }).steps;
}

test("installable: a linked manifest with the named fields, PNG icons, and no installability errors", async ({
  page,
  request,
}) => {
  await page.goto("/");
  const href = await page.locator("link[rel=manifest]").getAttribute("href");
  expect(href).toBe("/manifest.webmanifest");
  const manifest = (await (await request.get(href ?? "")).json()) as Record<string, unknown> & {
    icons: { src: string; sizes: string; type: string; purpose?: string }[];
  };
  expect(manifest).toMatchObject({ short_name: "certpath", start_url: "/", display: "standalone" });
  expect(manifest.name).toMatch(/certpath/);
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
  for (const icon of manifest.icons) {
    const response = await request.get(icon.src);
    expect(response.headers()["content-type"], icon.src).toBe("image/png");
    const { width, height } = pngSize(await response.body()) ?? { width: 0, height: 0 };
    expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
  }
  expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose ?? "any"}`).sort()).toEqual([
    "192x192 any",
    "512x512 any",
    "512x512 maskable",
  ]);

  // Chromium's own verdict. An incognito context always reports "in-incognito", so this uses a profile on disk.
  const profile = mkdtempSync(join(tmpdir(), "certpath-install-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
    baseURL: test.info().project.use.baseURL,
  });
  try {
    const installPage = context.pages()[0] ?? (await context.newPage());
    const errors: string[] = [];
    installPage.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    await firstVisit(installPage);
    const cdp = await context.newCDPSession(installPage);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    expect(installabilityErrors).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test("offline after the first visit: the questionnaire, the saved roadmap with progress, every level page", async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  await firstVisit(page);
  await context.setOffline(true);

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Find your way through MLOps certification");
  await page.getByRole("link", { name: "Start" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "What is your role?" })).toBeVisible();

  // The whole questionnaire, offline.
  await openQuestionnaire(page);
  await page.getByLabel("Site Reliability Engineer (SRE)").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Years of experience").fill("5");
  await page.getByLabel("Python").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Which certifications do you already hold?" }),
  ).toBeVisible();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Become an architect").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Hours a week").fill("8");
  await page.getByLabel("Start date").fill("2027-01-04");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  await page.getByRole("button", { name: "Show my roadmap" }).click();
  await expect(page).toHaveURL(/\/roadmap\?role=sre&years=5&skills=python/);
  await expect(page.locator("li#step-mlops-advanced")).toBeVisible();

  // Progress saves offline and is still there after a reload, on the roadmap of the saved answers.
  await page.getByRole("group", { name: "Progress on MLOps Advanced" }).getByLabel("In progress").check();
  await page.goto("/roadmap");
  await expect(page.getByRole("group", { name: "Progress on MLOps Advanced" }).getByLabel("In progress")).toBeChecked();
  await expect(page.getByText(/0 of \d+ steps done/)).toBeVisible();
  await axe(page, "roadmap offline");

  for (const c of catalog.certifications) {
    await page.goto(`/levels/${c.id}`);
    await expect(page.getByRole("heading", { level: 1 }), c.id).toHaveText(c.name);
  }
});

test("offline: a share link never opened before shows the CLI's steps; /compare sorts and compares", async ({
  page,
  context,
}) => {
  test.setTimeout(60_000);
  await firstVisit(page, "/compare");
  await context.setOffline(true);

  const flags = ["--role", "data-engineer", "--years", "2", "--skills", "python,data-pipelines", "--goal", "architect"];
  const query = "role=data-engineer&years=2&skills=python,data-pipelines&goal=architect&hours=6&start=2027-03-01";
  await page.goto(`/roadmap?${query}`);
  await expect(page.locator("li[id^='step-']").first()).toBeVisible();
  const expected = cliSteps([...flags, "--hours", "6", "--start", "2027-03-01"]);
  expect(expected.length).toBeGreaterThan(1);
  expect(await stepIds(page)).toEqual(expected.map((s) => s.certificationId));
  const dates = await page
    .locator("li[id^='step-']")
    .evaluateAll((items) => items.map((li) => [...li.querySelectorAll("time")].slice(0, 2).map((t) => t.dateTime)));
  expect(dates).toEqual(expected.map((s) => [s.start, s.end]));

  // A broken link says what is wrong, offline as online.
  await page.goto("/roadmap?role=pilot&hours=0");
  await expect(page.getByRole("alert", { name: "This link has a problem" })).toContainText("role");

  await page.goto("/compare");
  const table = page.getByRole("table", { name: "All certifications" });
  const header = table.locator("th", { has: page.getByRole("button", { name: "Level" }) });
  await header.getByRole("button", { name: "Level" }).click();
  await expect(header).toHaveAttribute("aria-sort", /ascending|descending/);
  await expect(page).toHaveURL(/sort=level\./);
  const chooser = page.getByRole("group", { name: "Choose two to four certifications" });
  await chooser
    .getByLabel(/Foundation/)
    .first()
    .check();
  await chooser
    .getByLabel(/Advanced/)
    .first()
    .check();
  await expect(page.getByRole("table", { name: /side by side/i })).toContainText("Differs");
});

test("offline: a compare link never opened before shows its picks and sort, not the default view", async ({
  page,
  context,
}) => {
  await firstVisit(page, "/compare");
  await context.setOffline(true);

  // The worker answers with the cached /compare (rendered for no query); the page reads the address itself.
  await page.goto("/compare?ids=mlops-foundation,mlops-expert&sort=level.desc");
  const sideBySide = page.getByRole("table", { name: /side by side/i });
  await expect(sideBySide).toBeVisible();
  await expect(sideBySide.locator("thead th")).toHaveText([
    "Attribute",
    "Certified MLOps Professional – Foundation",
    "Certified MLOps Professional – Expert",
  ]);
  const levels = page.getByRole("table", { name: "All certifications" });
  const level = levels.locator("th", { has: page.getByRole("button", { name: "Level" }) });
  await expect(level).toHaveAttribute("aria-sort", "descending");
  // The address is kept as it was asked, and choosing goes on from there.
  await expect(page).toHaveURL(/ids=mlops-foundation,mlops-expert/);
  await page.getByRole("group", { name: "Choose two to four certifications" }).getByLabel("MLOps Advanced").check();
  await expect(page).toHaveURL(/ids=mlops-foundation,mlops-expert,mlops-advanced/);
  await expect(sideBySide.locator("thead th")).toHaveCount(4);

  // The other compare page, never opened either: precached, and sorted as its address asks.
  await page.goto("/compare/roles?role-sort=role.desc");
  const roles = page.getByRole("table", { name: "Recommended certifications by role" });
  const role = roles.locator("th", { has: page.getByRole("button", { name: "Role" }) });
  await expect(role).toHaveAttribute("aria-sort", "descending");

  // A link from before the split, which the server would send on with a redirect: the browser does it offline.
  await page.goto("/compare?role-sort=role.asc");
  await expect(page).toHaveURL(/\/compare\/roles\?role-sort=role\.asc$/);
  await expect(role).toHaveAttribute("aria-sort", "ascending");
  // With settings for both pages it stays, and names the other page's as online.
  await page.goto("/compare?sort=level.desc&provider-sort=provider.desc");
  await expect(page.getByRole("link", { name: "open them there" })).toHaveAttribute(
    "href",
    "/compare/roles?provider-sort=provider.desc",
  );
});

test("offline: /team, never opened before, plans a pasted team, draws its timeline and plans it again on reload", async ({
  page,
  context,
}) => {
  test.setTimeout(60_000);
  await firstVisit(page);
  await context.setOffline(true);

  // The planner's worker, the results' code and the catalog they carry are scripts loaded on demand, not part
  // of the page's first load: the worker must have cached them at the first visit.
  await page.goto("/team");
  await page
    .getByLabel(/paste the CSV/)
    .fill(
      [
        "name,role,years,skills,held,goal,interests,hours,start",
        "Ana Costa,sre,5,python;cloud,mlops-foundation,architect,sre;finops,8,2027-01-04",
        "Bo,ml-engineer,,,,,,,2027-03-01",
      ].join("\n"),
    );
  await page.getByRole("button", { name: "Plan the team" }).click();
  const names = page.getByRole("table", { name: /People/ }).locator("tbody th");
  await expect(names).toHaveText(["Ana Costa", "Bo"]);
  const timeline = page.getByRole("figure", { name: /Team timeline/ });
  await expect(timeline.getByRole("listitem")).toHaveCount(2);
  await page.reload();
  await expect(names).toHaveText(["Ana Costa", "Bo"]);
  await expect(timeline.getByRole("listitem")).toHaveCount(2);
});

test("offline: other addresses show the offline page; the API says it is offline; nothing else is cached", async ({
  page,
  context,
  expectFailedLoad,
}) => {
  await firstVisit(page);
  await context.setOffline(true);

  await page.goto("/no-such-page-yet");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You are offline");
  await axe(page, "offline page");
  await page.getByRole("link", { name: "The questionnaire" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "What is your role?" })).toBeVisible();

  expectFailedLoad("/api/recommend?role=sre", 503);
  const api = await page.evaluate(async () => {
    const response = await fetch("/api/recommend?role=sre");
    return { status: response.status, body: (await response.json()) as { error: string; issues: unknown[] } };
  });
  expect(api.status).toBe(503);
  expect(api.body.error).toMatch(/^You are offline/);
  expect(api.body.issues).toEqual([]);

  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    return urls;
  });
  const origin = new URL(page.url()).origin;
  expect(cached.length).toBeGreaterThan(20);
  expect(cached.filter((u) => !u.startsWith(`${origin}/`) || new URL(u).pathname.startsWith("/api/"))).toEqual([]);
});

test("an update says 'A new version of certpath is available'; Reload moves to it and keeps the answers", async ({
  page,
}) => {
  await firstVisit(page);
  await openQuestionnaire(page);
  await page.getByLabel("Site Reliability Engineer (SRE)").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "What experience do you have?" })).toBeVisible();
  const saved = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
  expect(saved).toContain("sre");

  // A new version, faked: the same server's worker registered under another URL counts as a new worker (a real
  // deployment changes /sw.js's bytes instead). It installs beside the current one and waits.
  const before = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
  await page.evaluate(() =>
    navigator.serviceWorker.register("/sw.js?next-version", { scope: "/" }).then(() => undefined),
  );
  const prompt = page.getByRole("status").filter({ hasText: "A new version of certpath is available" });
  await expect(prompt).toBeVisible({ timeout: 15_000 });
  await axe(page, "update prompt");
  // Until Reload, the open page stays with the version it was loaded with.
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(before);

  await Promise.all([page.waitForEvent("load"), prompt.getByRole("button", { name: "Reload" }).click()]);
  await page.waitForFunction(() => navigator.serviceWorker.controller?.scriptURL.endsWith("?next-version"));
  await expect(page.getByText("A new version of certpath is available")).toHaveCount(0);
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(saved);
  await expect(page.getByRole("heading", { level: 1, name: "What experience do you have?" })).toBeVisible();
});
