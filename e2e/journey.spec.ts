import type { Page } from "@playwright/test";
import { STORAGE_KEY } from "@/lib/saved/storage-key";
import { axe, expect, holdScripts, openQuestionnaire, stylesheetsNotLinked, test } from "./fixtures";

/** Answers every question by clicking, checking axe on each step, empty and with an error. */
async function answerQuestionnaire(page: Page) {
  await openQuestionnaire(page);
  await expect(page.getByRole("heading", { level: 1, name: "What is your role?" })).toBeVisible();
  await axe(page, "role step, empty");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("alert").getByText("There is a problem")).toBeVisible();
  await expect(page).toHaveTitle(/^Error: /);
  await axe(page, "role step, error");
  await page.getByLabel("Site Reliability Engineer (SRE)").check();
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "What experience do you have?" })).toBeVisible();
  await page.getByLabel("Years of experience").fill("five");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("alert").getByText("There is a problem")).toBeVisible();
  await axe(page, "experience step, error");
  await page.getByLabel("Years of experience").fill("5");
  await page.getByLabel("Python").check();
  await page.getByLabel("Cloud platforms").check();
  await axe(page, "experience step, filled");
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(
    page.getByRole("heading", { level: 1, name: "Which certifications do you already hold?" }),
  ).toBeVisible();
  await page.getByLabel("Certified MLOps Professional – Foundation").check();
  await axe(page, "held step");
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Where do you want to go next?" })).toBeVisible();
  await page.getByLabel("Become an architect").check();
  await page.getByLabel("FinOps path").check();
  await axe(page, "goals step");
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "How much time can you give it?" })).toBeVisible();
  await page.getByLabel("Hours a week").fill("8");
  await page.getByLabel("Start date").fill("2027-01-04");
  await axe(page, "time step");
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  await axe(page, "review step");
}

test("a new user answers the questions and lands on an explained roadmap; reload keeps progress", async ({ page }) => {
  test.slow(); // eight axe runs
  await answerQuestionnaire(page);
  await page.getByRole("button", { name: "Show my roadmap" }).click();
  await expect(page).toHaveURL(/\/roadmap\?role=sre&years=5&skills=python,cloud&held=mlops-foundation&goal=architect/);
  const advanced = page.locator("li#step-mlops-advanced");
  await expect(advanced).toBeVisible();
  await expect(advanced.getByText("Why: The guide's role table recommends MLOps Advanced")).toBeVisible();
  await expect(page.locator("li#step-mlops-foundation")).toHaveCount(0);
  await advanced.getByText("More about MLOps Advanced").click();
  await expect(advanced.getByRole("link", { name: "All about MLOps Advanced" })).toHaveAttribute(
    "href",
    "/levels/mlops-advanced",
  );
  await axe(page, "roadmap");

  await page.getByRole("group", { name: "Progress on MLOps Professional" }).getByLabel("Done").check();
  // Notes are behind the step's disclosure.
  await page.getByText("More about MLOps Professional").click();
  await page.getByLabel("Notes on MLOps Professional").fill("Booked the exam");
  await page.reload();
  await expect(page.getByRole("group", { name: "Progress on MLOps Professional" }).getByLabel("Done")).toBeChecked();
  await page.getByText("More about MLOps Professional").click();
  await expect(page.getByLabel("Notes on MLOps Professional")).toHaveValue("Booked the exam");
  await expect(page.getByText(/1 of \d+ steps done/)).toBeVisible();

  // The questionnaire remembers the answers and the step too.
  await openQuestionnaire(page);
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  await expect(page.getByText("Site Reliability Engineer (SRE)")).toBeVisible();
});

test("a half-answered questionnaire survives a reload at the same step", async ({ page }) => {
  await openQuestionnaire(page);
  await page.getByLabel("Data Engineer").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Years of experience").fill("2");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Which certifications do you already hold?" }),
  ).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole("heading", { level: 1, name: "Which certifications do you already hold?" }),
  ).toBeVisible();
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByLabel("Years of experience")).toHaveValue("2");
});

test("the share link shows the same roadmap in a fresh browser", async ({ page, browser }) => {
  const query =
    "role=sre&years=5&skills=python,cloud&held=mlops-foundation&goal=architect&interests=sre,finops&hours=8&start=2027-01-04";
  await page.goto(`/roadmap?${query}`);
  const steps = await page.locator("ol > li[id^='step-']").evaluateAll((els) => els.map((e) => e.id));
  const dates = await page.locator("ol > li[id^='step-'] time").allTextContents();
  expect(steps.length).toBeGreaterThan(1);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(`/roadmap?${query}`);
  expect(await other.locator("ol > li[id^='step-']").evaluateAll((els) => els.map((e) => e.id))).toEqual(steps);
  expect(await other.locator("ol > li[id^='step-'] time").allTextContents()).toEqual(dates);
  await fresh.close();
});

test("a share link's plan is kept as the server drew it until used; a tick on it is saved and survives a reload", async ({
  page,
}) => {
  await page.goto("/roadmap?role=sre&years=5&skills=python,cloud&goal=architect&hours=8&start=2027-01-04");
  const heading = page.getByRole("heading", { level: 1, name: "A roadmap from a shared link" });
  await expect(heading).toBeVisible();
  // Nothing saved in this browser: React leaves the server's HTML as it is (no fiber on it).
  const isReacts = () => heading.evaluate((node) => Object.keys(node).some((key) => key.startsWith("__reactFiber$")));
  expect(await isReacts()).toBe(false);
  const done = page.getByRole("group", { name: "Progress on MLOps Professional" }).getByRole("radio", { name: "Done" });
  await expect(done).toBeEnabled();
  await done.check();
  await expect(done).toBeChecked();
  await expect.poll(isReacts).toBe(true);
  await expect(page.getByText(/^1 of \d+ steps done$/)).toBeVisible();
  // Now something is saved: the reloaded plan is drawn at once, with the tick.
  await page.reload();
  await expect(
    page.getByRole("group", { name: "Progress on MLOps Professional" }).getByRole("radio", { name: "Done" }),
  ).toBeChecked();
});

test("every stylesheet of a share link's plan is linked from its HTML: the kept plan paints styled before any script", async ({
  page,
}) => {
  // The plan is drawn from a script of its own (components/roadmap/shared-roadmap-page.tsx), which imports the
  // view's stylesheets for the page; one the view gained without them would come only with the script.
  const response = await page.goto(
    "/roadmap?role=sre&years=5&skills=python,cloud&goal=architect&hours=8&start=2027-01-04",
  );
  const heading = page.getByRole("heading", { level: 1, name: "A roadmap from a shared link" });
  await page
    .getByRole("group", { name: "Progress on MLOps Professional" })
    .getByRole("radio", { name: "Done" })
    .check();
  // Drawn: React built the heading afresh.
  await expect
    .poll(() => heading.evaluate((node) => Object.keys(node).some((key) => key.startsWith("__reactFiber$"))))
    .toBe(true);
  expect(await stylesheetsNotLinked(page, (await response?.text()) ?? "")).toEqual([]);
});

test("what-if: more hours shorten the plan at once and the address follows", async ({ page }) => {
  await page.goto("/roadmap?role=sre&years=5&skills=python,cloud&hours=4&start=2027-01-04");
  const lastEnd = () => page.locator("ol > li[id^='step-'] time").last().getAttribute("datetime");
  const before = await lastEnd();
  await page.getByText("Change the hours or the goal").click();
  await page
    .getByLabel(/hours a week/i)
    .first()
    .fill("20");
  await expect.poll(lastEnd).not.toBe(before);
  expect((await lastEnd()) ?? "" < (before ?? "")).toBeTruthy();
  await expect(page).toHaveURL(/hours=20/);
});

test("a tampered link shows an alert naming each bad value and renders nothing from it as markup", async ({ page }) => {
  await page.goto("/roadmap?role=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&hours=abc&years=-2");
  const alert = page.getByRole("alert", { name: "This link has a problem" });
  await expect(alert).toContainText("This link has a problem");
  // Only the unknown role blocks the plan (issue 14 §3); the bad hours and years fall back to their defaults.
  await expect(alert).toContainText("role");
  await expect(alert).toContainText("“<img src=x onerror=alert(1)>”");
  await expect(page.locator("img")).toHaveCount(0);
  await expect(page.getByRole("link", { name: /Answer the questions/ })).toHaveAttribute("href", "/assess");
  await axe(page, "tampered link");
});

test("the roadmap without answers says so and links to the questionnaire", async ({ page }) => {
  await page.goto("/roadmap");
  await expect(page.getByRole("link", { name: /questions/i }).first()).toBeVisible();
  await axe(page, "roadmap, no answers");
});

test("the whole questionnaire works by keyboard alone", async ({ page }) => {
  await openQuestionnaire(page);
  await expect(page.getByRole("heading", { level: 1, name: "What is your role?" })).toBeVisible();
  // Tab into the radio group, arrow to the second role, then Continue with Enter.
  await page.getByLabel("DevOps Engineer").focus();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByLabel("Site Reliability Engineer (SRE)")).toBeChecked();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "What experience do you have?" })).toBeFocused();

  await page.keyboard.press("Tab");
  for (
    let i = 0;
    i < 5 && !(await page.getByLabel("Years of experience").evaluate((el) => el === document.activeElement));
    i++
  ) {
    await page.keyboard.press("Tab");
  }
  await page.keyboard.type("3");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  await expect(page.getByLabel("Python")).toBeChecked();
  await page.keyboard.press("Enter");

  await expect(
    page.getByRole("heading", { level: 1, name: "Which certifications do you already hold?" }),
  ).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Where do you want to go next?" })).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "How much time can you give it?" })).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.type("6");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeFocused();
  const submit = page.getByRole("button", { name: "Show my roadmap" });
  for (let i = 0; i < 30 && !(await submit.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/roadmap\?role=sre&years=3&skills=python/);
});

test("the first question is in the server's HTML; a returning visitor waits for their own step instead", async ({
  page,
  withoutJavaScript,
}) => {
  // The app's JavaScript never arrives: what shows is the server's HTML and the pre-paint script alone.
  withoutJavaScript();
  await page.route("**/_next/static/chunks/**/*.js", (route) =>
    route.fulfill({ status: 200, contentType: "application/javascript", body: "" }),
  );
  await page.goto("/assess");
  await expect(page.getByRole("heading", { level: 1, name: "What is your role?" })).toBeVisible();
  await expect(page.getByLabel("Site Reliability Engineer (SRE)")).toBeVisible();
  await expect(page.getByText("Loading your answers…")).toBeHidden();

  // Saved answers (whatever they hold): the first question would be the wrong step, so it stays hidden.
  await page.evaluate((key) => localStorage.setItem(key, "{}"), STORAGE_KEY);
  await page.reload();
  await expect(page.getByText("Loading your answers…")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "What is your role?" })).toBeHidden();
});

test("Continue pressed before the page's script is here still moves on to the next question, with the role kept", async ({
  page,
}) => {
  // Every script held until after the click: the browser sends the form itself (a slow network, a busy phone).
  const release = await holdScripts(page);
  await page.goto("/assess", { waitUntil: "domcontentloaded" });
  await page.getByLabel("Site Reliability Engineer (SRE)").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/assess\?(?=.*step=experience)(?=.*role=sre)/);
  release();
  await expect(page.getByRole("heading", { level: 1, name: "What experience do you have?" })).toBeVisible();
  await expect(page).toHaveURL(/\/assess\?step=experience$/);
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByLabel("Site Reliability Engineer (SRE)")).toBeChecked();
});

test("after the time step, Check your answers shows at once: its code was fetched while the questions were answered", async ({
  page,
}) => {
  await openQuestionnaire(page);
  await page.getByLabel("Site Reliability Engineer (SRE)").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Years of experience").fill("2");
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: "Continue" }).click(); // nothing held
  await page.getByLabel("Stay hands-on").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "How much time can you give it?" })).toBeVisible();
  await page.getByLabel("Hours a week").fill("6");
  await page.waitForLoadState("networkidle");
  // From here on no more of the app's code can arrive, and any "Loading your answers…" is noticed.
  await page.route("**/_next/static/**", (route) => route.abort());
  await page.evaluate(() => {
    const seen = () => document.body.textContent?.includes("Loading your answers…") ?? false;
    new MutationObserver(() => {
      if (seen()) document.body.dataset.sawLoading = "true";
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  expect(await page.evaluate(() => document.body.dataset.sawLoading ?? "false")).toBe("false");
});
