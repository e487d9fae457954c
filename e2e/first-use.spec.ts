import { axe, expect, openQuestionnaire, test } from "./fixtures";

/** Issue 14: what a first-time user trips over. */

const FULL = "role=sre&years=5&skills=python,cloud&goal=architect&hours=8&start=2099-01-04";

test("each questionnaire step has its own address; Back and Forward move between steps", async ({ page }) => {
  await openQuestionnaire(page);
  await expect(page).toHaveURL(/\/assess\?step=role$/);
  await page.getByLabel("Site Reliability Engineer (SRE)").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "What experience do you have?" })).toBeVisible();
  await expect(page).toHaveURL(/\?step=experience$/);
  await page.getByLabel("Years of experience").fill("3");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Which certifications do you already hold?" }),
  ).toBeVisible();

  await page.goBack();
  await expect(page.getByRole("heading", { level: 1, name: "What experience do you have?" })).toBeVisible();
  await expect(page).toHaveURL(/\?step=experience$/);
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1, name: "What is your role?" })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole("heading", { level: 1, name: "What experience do you have?" })).toBeVisible();
  await expect(page.getByLabel("Years of experience")).toHaveValue("3");

  // A reload lands on the same step; an address past the answers lands on the first missing one.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "What experience do you have?" })).toBeVisible();
  await openQuestionnaire(page, "/assess?step=time");
  await expect(
    page.getByRole("heading", { level: 1, name: "Which certifications do you already hold?" }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\?step=held$/);
});

test("Change on Check your answers returns there after Continue; a past start date is refused", async ({ page }) => {
  await openQuestionnaire(page);
  await page.getByLabel("Engineering Manager").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Years of experience").fill("10");
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Move into leadership").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Hours a week").fill("4");
  await page.getByLabel("Start date").fill("2001-01-01");
  await page.getByRole("button", { name: "Continue" }).click();
  const summary = page.getByRole("alert");
  await expect(summary.getByRole("link", { name: "Start date must be today or in the future" })).toBeVisible();
  await expect(page).toHaveTitle(/^Error: /);
  await page.getByLabel("Start date").fill("2099-01-04");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();

  await page.getByRole("button", { name: "Change years of experience" }).click();
  await expect(page).toHaveURL(/\?step=experience&change=1$/);
  await page.getByLabel("Years of experience").fill("12");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  await expect(page.getByText("12 years")).toBeVisible();

  // The manager's plan: Foundation then AI Strategy, no warning about levels off the plan, "an Engineering Manager".
  await page.getByRole("button", { name: "Show my roadmap" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your roadmap" })).toBeVisible();
  await expect(page.getByText("For an Engineering Manager:")).toBeVisible();
  await expect(page.locator("li#step-mlops-foundation")).toBeVisible();
  await expect(page.locator("li#step-ai-strategy")).toBeVisible();
  await expect(page.getByRole("region", { name: "Watch out" })).toHaveCount(0);
  await expect(page.getByText(/MLOps Professional will need/)).toHaveCount(0);
});

test("a junior DevOps engineer is not told to take Foundation first", async ({ page }) => {
  await page.goto("/roadmap?role=devops-engineer&years=1&start=2099-01-04");
  await expect(page.locator("li#step-mlops-foundation")).toBeVisible();
  const warnings = page.getByRole("region", { name: "Watch out" });
  await expect(warnings).toContainText("MLOps Professional expects Python");
  await expect(warnings).not.toContainText("Foundation first");
});

test("a long plan says its length in years and months and warns of a lapse", async ({ page }) => {
  await page.goto("/roadmap?role=sre&goal=architect&hours=1&start=2099-01-04");
  const warnings = page.getByRole("region", { name: "Watch out" });
  await expect(warnings).toContainText(/the whole plan runs about \d+ years \d+ months/);
  await expect(warnings).toContainText(/Step 1's certification, MLOps Foundation, may lapse before step 3/);
});

test("a link with hours=0 and a past start shows the plan with defaults and says what was replaced", async ({
  page,
}) => {
  await page.goto("/roadmap?role=sre&hours=0&start=2001-01-01");
  await expect(page.getByRole("heading", { level: 1, name: "A roadmap from a shared link" })).toBeVisible();
  await expect(page).not.toHaveTitle(/^Error: /);
  const notices = page.getByRole("region", { name: "Some of the link couldn't be used" });
  await expect(notices).toContainText("The link asks for 0 hours a week; plans need 1 to 60, so this plan uses 5.");
  await expect(notices).toContainText("The link's plan started on 1 January 2001, which has passed");
  const answers = page.getByRole("region", { name: "Your answers" });
  await expect(answers).toContainText("5 hours (assumed)");
  await expect(page.getByRole("link", { name: "Start your own roadmap" })).toHaveAttribute("href", "/assess");
  await axe(page, "shared link with replaced values");
});

test("an unknown role blocks the plan in plain words, with Error: in the title", async ({ page }) => {
  await page.goto("/roadmap?role=astronaut&hours=0&start=2027-02-30");
  const alert = page.getByRole("alert").filter({ hasText: "astronaut" });
  await expect(alert).toContainText("The link asks for the role “astronaut”, which certpath doesn't know.");
  await expect(alert).toContainText("Engineering Manager");
  await expect(alert).not.toContainText("engineering-manager");
  await expect(page).toHaveTitle(/^Error: /);
});

test("/about explains the program and the guide, linked from the header, home, level pages and reasons", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "About" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "About the program and certpath" })).toBeVisible();
  await expect(page.getByText(/hosted on AIOps School/)).toBeVisible();
  await expect(page.getByText(/70% or more/).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "What “the guide” is" })).toBeVisible();
  await expect(page.getByText(/No exam or training fee is published in the guide/)).toBeVisible();
  await axe(page, "/about");

  await page.goto("/levels/mlops-foundation");
  await expect(page.getByRole("link", { name: "About the program" })).toHaveAttribute("href", "/about");
  await page.goto(`/roadmap?${FULL}`);
  await page.getByText("More about MLOps Advanced").click();
  await expect(page.locator("li#step-mlops-advanced").getByRole("link", { name: "the guide" }).first()).toHaveAttribute(
    "href",
    "/about#the-guide",
  );
});

test("changing the pace announces the new plan; notes show the limit and a live count", async ({ page }) => {
  await page.goto(`/roadmap?${FULL}`);
  const status = page.locator("p[role=status].visually-hidden").first();
  await page.getByText("Change the hours or the goal").click();
  await page.getByRole("spinbutton", { name: "Hours a week" }).fill("4");
  await expect(status).toHaveText(/^Plan updated: \d+ steps, from 4 January 2099 to \d+ \w+ \d{4}\.$/);

  const notes = page.getByLabel("Notes on MLOps Advanced");
  await page.getByText("More about MLOps Advanced").click();
  await expect(page.locator("li#step-mlops-advanced").getByText("Optional, up to 2,000 characters.")).toBeVisible();
  await notes.fill("Booked");
  await expect(page.getByText("You have 1,994 characters left")).toBeVisible();
  await notes.fill("");
  await notes.focus();
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData("text/plain", "x".repeat(2_010));
    document.activeElement?.dispatchEvent(
      new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
    );
  });
  await expect(
    page
      .getByText(/Your paste was cut to fit the 2,000-character limit: its last 10 characters were left out\./)
      .first(),
  ).toBeVisible();
});
