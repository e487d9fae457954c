import type { Locator, Page } from "@playwright/test";
import { axe, expect, test } from "./fixtures";

const levelsTable = (page: Page) => page.getByRole("table", { name: "All certifications" });

const firstColumn = async (page: Page) =>
  levelsTable(page)
    .locator("tbody tr")
    .evaluateAll((rows) => rows.map((r) => r.querySelector("th, td")?.textContent?.trim() ?? ""));

test("the levels table sorts by clicking and by keyboard, announces it, keeps it in the URL, and passes axe", async ({
  page,
}) => {
  test.slow(); // axe on the widest table, after several sorts: 31 s on a busy 2-core machine
  await page.goto("/compare");
  const table = levelsTable(page);
  await expect(table).toBeVisible();
  await axe(page, "compare, unsorted");

  const header = table.locator("th", { has: page.getByRole("button", { name: "Level" }) });
  const button = header.getByRole("button", { name: "Level" });
  await button.click();
  await expect(header).toHaveAttribute("aria-sort", /ascending|descending/);
  const firstDirection = await header.getAttribute("aria-sort");
  await expect(page).toHaveURL(/sort=level\./);
  await axe(page, `compare, level ${firstDirection}`);

  // Keyboard: focus the header button and press Enter, then Space.
  await button.focus();
  await page.keyboard.press("Enter");
  const second = firstDirection === "ascending" ? "descending" : "ascending";
  await expect(header).toHaveAttribute("aria-sort", second);
  await expect(page.getByText(new RegExp(`Sorted by Level, ${second}`))).toBeAttached();
  await axe(page, `compare, level ${second}`);
  await page.keyboard.press("Space");
  await expect(header).toHaveAttribute("aria-sort", firstDirection ?? "");

  // Levels sort by their order, not alphabetically.
  await page.goto("/compare?sort=level.asc");
  const names = await firstColumn(page);
  const order = ["Foundation", "Professional", "Advanced", "Expert"].map((level) =>
    names.findIndex((n) => n.includes(`– ${level}`)),
  );
  expect(order).toEqual([...order].sort((a, b) => a - b));
  expect(order.every((i) => i >= 0)).toBe(true);
});

test("a shared /compare?ids= link opens the side-by-side view; unknown ids are named, not a crash", async ({
  page,
}) => {
  await page.goto("/compare?ids=mlops-foundation,mlops-advanced");
  const side = page.getByRole("table", { name: /side by side/i });
  await expect(side).toBeVisible();
  await expect(side).toContainText("MLOps Foundation");
  await expect(side).toContainText("MLOps Advanced");
  await expect(side).toContainText("Differs");
  await axe(page, "side by side");

  await page.goto("/compare?ids=mlops-foundation,nonsense-cert,mlops-expert");
  await expect(page.getByRole("alert").filter({ hasText: "nonsense-cert" })).toBeVisible();
  await expect(page.getByRole("table", { name: /side by side/i })).toContainText("MLOps Expert");
});

test("a level page shows what the catalog knows; an unknown id answers 404 with a helpful page", async ({
  page,
  expectNotFound,
}) => {
  await page.goto("/levels/mlops-professional");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Professional");
  await expect(page).toHaveTitle(/Professional/);
  await expect(page.getByText("70%", { exact: true })).toBeVisible();
  await axe(page, "level page");

  expectNotFound("/levels/not-a-certification");
  const response = await page.goto("/levels/not-a-certification");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Certified MLOps Professional – Foundation" })).toBeVisible();
  await axe(page, "level 404");
});

test("the role matrix links each role to the questionnaire with that role chosen", async ({ page }) => {
  await page.goto("/compare/roles");
  await page
    .getByRole("table", { name: "Recommended certifications by role" })
    .getByRole("link", { name: "Data Engineer" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "What is your role?" })).toBeVisible();
  await expect(page.getByLabel("Data Engineer")).toBeChecked();
});

test("/compare and /compare/roles link to each other; a link from before the split lands on the moved table, sorted", async ({
  page,
}) => {
  await page.goto("/compare");
  const pages = page.getByRole("navigation", { name: "Compare pages" });
  await expect(pages.getByRole("link", { name: "Certifications" })).toHaveAttribute("aria-current", "page");
  await pages.getByRole("link", { name: "Roles, paths, providers" }).click();
  await expect(page).toHaveURL(/\/compare\/roles$/);
  await expect(page.getByRole("heading", { level: 1, name: "Roles, learning paths and providers" })).toBeVisible();
  await axe(page, "compare roles");

  const response = await page.goto("/compare?role-sort=role.desc");
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(/\/compare\/roles\?role-sort=role\.desc$/);
  const roles = page.getByRole("table", { name: "Recommended certifications by role" });
  await expect(roles.locator("th", { has: page.getByRole("button", { name: "Role" }) })).toHaveAttribute(
    "aria-sort",
    "descending",
  );

  // An anchor the server never sees: the browser sends /compare#providers on, and the moved section is in view.
  await page.goto("/compare?sort=level.desc&provider-sort=provider.desc#providers");
  await expect(page).toHaveURL(/\/compare\/roles\?sort=level\.desc&provider-sort=provider\.desc#providers$/);
  await expect(page.getByRole("heading", { level: 2, name: "Training providers" })).toBeInViewport();
  // The certifications table's sort is named with a link back, as for any link with settings for both pages.
  await expect(page.getByRole("link", { name: "open them there" })).toHaveAttribute("href", "/compare?sort=level.desc");
});

test("the compare page fits a 360 px phone: tables scroll inside their own labelled regions", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto("/compare");
  await expect(levelsTable(page)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await axe(page, "compare on a phone");
});

test("the tables and the map are the server's HTML until used: a first sort sorts, keeps focus and announces", async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script") scripts.push(r.url());
  });
  await page.goto("/compare");
  // The page hydrates (React marks what it hydrates: <main>), but none of the sections do, and their script is not
  // even fetched before a sign of use (issue 11 §2: loading it and hydrating the tables was most of the page's
  // blocking time).
  const hydrated = (locator: Locator) =>
    locator.evaluate((el) => Object.keys(el).some((k) => k.startsWith("__reactFiber$")));
  await expect.poll(() => hydrated(page.locator("main"))).toBe(true);
  const loadedScripts = scripts.length;
  const filter = page.getByRole("searchbox", { name: "Filter" });
  const level = levelsTable(page).getByRole("button", { name: "Level" });
  expect(await hydrated(filter)).toBe(false);
  expect(await hydrated(level)).toBe(false);
  expect(await hydrated(page.locator("#program-map a").first())).toBe(false);
  await page.waitForTimeout(500);
  expect(scripts.length, "no script fetched with no sign of use").toBe(loadedScripts);

  await level.focus();
  await page.keyboard.press("Enter");
  const header = levelsTable(page).locator("th", { has: page.getByRole("button", { name: "Level" }) });
  await expect(header).toHaveAttribute("aria-sort", "ascending");
  await expect(levelsTable(page).getByRole("button", { name: "Level" })).toBeFocused();
  await expect(page).toHaveURL(/sort=level\.asc/);
  await expect(page.getByText("Sorted by Level, ascending")).toBeAttached();
  await page.keyboard.press("Enter");
  await expect(header).toHaveAttribute("aria-sort", "descending");
  expect(await hydrated(levelsTable(page).getByRole("button", { name: "Level" }))).toBe(true);
  expect(await hydrated(filter)).toBe(true);

  // A link of the map, used first, still navigates within the app.
  await page.locator("#program-map a").first().click();
  await expect(page).toHaveURL(/\/levels\/[a-z-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
