import { axe, expect, test } from "./fixtures";

/** Where a person decides, each fact says where it comes from: the guide's section, or certpath's own with why. */

test("a level page names its sources in words, in light and dark, on a phone", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/levels/mlops-expert");
  const plans = page.getByRole("region", { name: "Preparation plans" });
  await expect(plans.getByText("certpath's estimate:")).toBeVisible();
  await expect(plans).toContainText("the guide has no plan for Expert");
  const next = page.getByRole("region", { name: "Next steps" });
  await expect(next).toContainText("From the guide: Next certifications to take after the program.");
  await expect(next).toContainText("VP of Engineering or Head of AI");
  const prerequisites = page.getByRole("region", { name: "Prerequisites" });
  await expect(prerequisites).toContainText("From the guide: Certification table.");
  await expect(prerequisites.getByText("certpath's estimate:")).toBeVisible();
  await axe(page, "level page sources (light)");
  await page.emulateMedia({ colorScheme: "dark" });
  await axe(page, "level page sources (dark)");
});

test("a roadmap step names where the certification and its plan come from", async ({ page }) => {
  await page.goto("/roadmap?role=security-engineer&years=2&skills=python,cloud&start=2027-01-04");
  const step = page.locator("#step-devsecops-professional");
  await page.getByText("More about DevSecOps Professional").click();
  await expect(step).toContainText("From the guide: Professional: Best next certification; Role table");
  await expect(step.getByText("certpath's estimate:").first()).toBeVisible();
  await expect(step).toContainText("certpath's estimated");
});

test("the compare tables say which columns are certpath's, and an unknown is “Not stated”, not “No”", async ({
  page,
}) => {
  await page.goto("/compare/roles");
  const providers = page.locator("#providers");
  await expect(providers.getByRole("heading", { name: "Sources" })).toBeVisible();
  await expect(providers.getByRole("row", { name: /Cotocus/ })).toContainText("Not stated");
  const paths = page.locator("#learning-paths");
  await expect(paths).toContainText("the guide's paths name no certifications");
  await axe(page, "compare roles with sources");
  await page.goto("/compare");
  const all = page.locator("#all-certifications");
  await expect(all).toContainText("Neighbouring certifications: the guide only names them");
  await axe(page, "compare with sources");
});
