import { axe, expect, test } from "./fixtures";

test("home says what certpath does and starts the questionnaire", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Continue where you left off" })).toHaveCount(0);
  await axe(page, "home");
  await page.getByRole("link", { name: "Start" }).click();
  await expect(page).toHaveURL(/\/assess(\?step=role)?$/);
});

test("the theme toggle switches to dark, is remembered, and axe passes in dark mode", async ({ page }) => {
  await page.goto("/");
  const toggle = page.getByRole("button", { name: "Dark mode" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await axe(page, "home, dark");
});

test("an unknown address answers 404 with a page that helps, and passes axe", async ({ page, expectNotFound }) => {
  expectNotFound("/no-such-page");
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Answer the questions" })).toBeVisible();
  await axe(page, "404");
});
