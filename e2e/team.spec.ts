import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { gzipSync } from "node:zlib";
import type { Download, Page } from "@playwright/test";
import { catalog } from "@/data/catalog";
import { axe, expect, holdScripts, test } from "./fixtures";

/** /team: import by paste and by file, bad rows, sorting, share links, reload, exports, hostile names, axe. */

const HEADER = "name,role,years,skills,held,goal,interests,hours,start";
const GOOD = [
  HEADER,
  "Ana Costa,sre,5,python;cloud,mlops-foundation,architect,sre;finops,8,2027-01-04",
  '"Lee, Sam",data-scientist,2,python;ml-basics,,hands-on,mlops,5,2027-02-01',
  "Bo,ml-engineer,,,,,,,2027-03-01",
].join("\n");
const HOSTILE = "<img src=x onerror=alert(1)>";

async function openTeam(page: Page) {
  await page.goto("/team");
  await expect(page.getByRole("heading", { level: 1, name: "Plan for a team" })).toBeVisible();
}

async function paste(page: Page, csv: string) {
  await page.getByLabel(/paste the CSV/).fill(csv);
  await page.getByRole("button", { name: "Plan the team" }).click();
}

/**
 * Pastes through the real clipboard (Ctrl+V): Playwright's fill() types long text through an editing command
 * that takes minutes for thousands of lines, where a person's paste takes a moment.
 */
async function pasteFromClipboard(page: Page, csv: string) {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.evaluate((text) => navigator.clipboard.writeText(text), csv);
  const box = page.getByLabel(/paste the CSV/);
  await box.fill("");
  await box.focus();
  await page.keyboard.press("Control+V");
  await expect(box).toHaveJSProperty("value", csv.replaceAll("\r\n", "\n"));
}

/** The page's own alerts (Next.js keeps an empty route announcer with role="alert" too). */
const alert = (page: Page) => page.getByRole("main").getByRole("alert");
const peopleTable = (page: Page) => page.getByRole("table", { name: /People/ });
const nameCells = (page: Page) => peopleTable(page).locator("tbody th");

async function downloaded(download: Download): Promise<string> {
  const path = await download.path();
  return readFileSync(path, "utf8");
}

test("the header links to /team; the page says nothing leaves the browser and offers a template", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Team" }).click();
  await expect(page).toHaveURL(/\/team$/);
  await expect(page.getByText("Nothing leaves this browser.")).toBeVisible();
  await expect(page.getByLabel(/CSV/).first()).toBeVisible();
  await expect(page.locator('input[type=file][accept*=".csv"]')).toHaveAccessibleName(/CSV/);
  await expect(page.locator("textarea")).toHaveAccessibleName(/CSV/);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download a CSV template" }).click(),
  ]);
  const template = await downloaded(download);
  expect(template.split("\r\n")[0]).toBe(HEADER);
  expect(template.trim().split("\r\n")).toHaveLength(3);
});

test("/team's HTML carries no catalog and stays within its byte budget", async ({ page }) => {
  // The catalog was 80 of the page's 84 KB, a client prop in its RSC payload that the browser parsed and revived
  // while hydrating; the worker's script and the results' code carry it now (components/team/team-planner.tsx).
  const response = await page.goto("/team");
  const html = (await response?.body()) ?? Buffer.alloc(0);
  expect(html.length, "raw bytes").toBeGreaterThan(5_000);
  expect(html.length, "raw bytes").toBeLessThanOrEqual(24_000);
  expect(gzipSync(html).length, "gzip bytes").toBeLessThanOrEqual(6_000);
  for (const certification of catalog.certifications)
    for (const { text } of certification.prerequisites.statements) expect(html.toString("utf8")).not.toContain(text);
});

test("a pasted CSV is planned: People, Coverage, load; a name opens that person's roadmap", async ({ page }) => {
  await openTeam(page);
  await paste(page, GOOD);
  await expect(nameCells(page)).toHaveText(["Ana Costa", "Lee, Sam", "Bo"]);
  const coverage = page.getByRole("table", { name: /Coverage/ });
  await expect(coverage.getByRole("columnheader", { name: "Held" })).toBeVisible();
  await expect(coverage.getByRole("columnheader", { name: "Planned" })).toBeVisible();
  await expect(coverage.getByRole("rowheader", { name: "MLOps Foundation" })).toBeVisible();
  await expect(coverage).toContainText(/20\d\d Q[1-4]: \d+/);
  await expect(page.getByText(/is the heaviest month: about [\d,]+ study hours/)).toBeVisible();
  await expect(page.getByRole("table", { name: "Team load by month" })).toBeAttached();
  const timeline = page.getByRole("figure", { name: /Team timeline/ });
  await expect(timeline.getByRole("listitem")).toHaveCount(3);
  await expect(timeline.getByRole("link", { name: /^Ana Costa: / }).first()).toHaveAttribute(
    "href",
    /^\/roadmap\?role=sre&.*#step-[a-z-]+$/,
  );

  // Ana's next certification, as the table shows it, is the first step of the roadmap her link opens.
  const anaRow = peopleTable(page).getByRole("row").filter({ hasText: "Ana Costa" });
  const next = (await anaRow.locator("td").nth(1).textContent()) ?? "";
  await anaRow.getByRole("link", { name: "Ana Costa" }).click();
  await expect(page).toHaveURL(
    /\/roadmap\?role=sre&years=5&skills=python,cloud&held=mlops-foundation&goal=architect&interests=sre,finops&hours=8&start=2027-01-04/,
  );
  await expect(page.locator("li[id^=step-] h3").first()).toContainText(next);
});

test("text pasted before the page's script is here is kept: Plan the team waits for the script, then plans it", async ({
  page,
}) => {
  // Every script held: a slow network, where a press would have made the browser reload /team and drop the text.
  const release = await holdScripts(page);
  await page.goto("/team", { waitUntil: "domcontentloaded" });
  const plan = page.getByRole("button", { name: "Plan the team" });
  await expect(plan).toBeDisabled();
  await page.getByLabel(/paste the CSV/).fill(GOOD);
  await plan.click({ force: true }); // a press on the waiting button does nothing
  await expect(page).toHaveURL(/\/team$/);
  release();
  await expect(plan).toBeEnabled();
  await expect(page.getByLabel(/paste the CSV/)).toHaveValue(GOOD);
  await plan.click();
  await expect(nameCells(page)).toHaveText(["Ana Costa", "Lee, Sam", "Bo"]);
});

test("a CSV file is planned too, and reloading keeps the team", async ({ page }) => {
  await openTeam(page);
  await page.getByLabel(/CSV file/).setInputFiles({
    name: "team.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`\uFEFF${GOOD.replaceAll("\n", "\r\n")}\r\n`),
  });
  await page.getByRole("button", { name: "Plan the team" }).click();
  await expect(nameCells(page)).toHaveCount(3);
  await expect(page.getByText("3 people from team.csv.")).toBeVisible();
  await page.reload();
  await expect(nameCells(page)).toHaveText(["Ana Costa", "Lee, Sam", "Bo"]);
});

test("bad rows are listed as Row N in an alert, good rows are still planned, duplicates flagged; axe", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openTeam(page);
  await paste(
    page,
    [HEADER + ",email", "Ana,sre,,,,,,,,a@x", "Bad,pilot,,,,,,,,", "Cy,sre,,,,,,eight,,", "ana,sre,,,,,,,,"].join("\n"),
  );
  await expect(alert(page)).toContainText('Row 3: role: "pilot" is not a known role');
  await expect(alert(page)).toContainText('Row 4: hours: "eight" is not allowed');
  await expect(nameCells(page)).toHaveText(["Ana", "ana"]);
  await expect(page.getByText(/Column "email" is not one certpath reads/)).toBeVisible();
  await expect(page.getByText(/Rows 2 and 5 have the same name/)).toBeVisible();
  await expect(peopleTable(page)).toContainText("Same name as row 5.");
  await axe(page, "/team with rejected rows");
});

test("a missing role column or too many people refuses the file and keeps the team", async ({ page }) => {
  await openTeam(page);
  await paste(page, GOOD);
  await expect(nameCells(page)).toHaveCount(3);
  await paste(page, "name,years\nAna,3\n");
  await expect(alert(page)).toContainText('no "role" column');
  const many = ["name,role", ...Array.from({ length: 5001 }, (_, i) => `P${i},sre`)].join("\n");
  await pasteFromClipboard(page, many);
  await page.getByRole("button", { name: "Plan the team" }).click();
  await expect(alert(page)).toContainText("the limit is 5,000");
  await expect(nameCells(page)).toHaveCount(3);
});

test("every People column sorts both ways with aria-sort", async ({ page }) => {
  await openTeam(page);
  await paste(page, GOOD);
  await expect(nameCells(page)).toHaveCount(3);
  const table = peopleTable(page);
  for (const label of [
    "Name",
    "Role",
    "Next certification",
    "Its dates",
    "Steps planned",
    "Study hours",
    "Plan ends",
    "Warnings",
  ]) {
    const header = table.getByRole("columnheader", { name: label });
    await header.getByRole("button").click();
    await expect(header).toHaveAttribute("aria-sort", "ascending");
    await header.getByRole("button").click();
    await expect(header).toHaveAttribute("aria-sort", "descending");
  }
  await table.getByRole("columnheader", { name: "Name" }).getByRole("button").click();
  await expect(nameCells(page)).toHaveText(["Ana Costa", "Bo", "Lee, Sam"]);
  await table.getByRole("columnheader", { name: "Name" }).getByRole("button").click();
  await expect(nameCells(page)).toHaveText(["Lee, Sam", "Bo", "Ana Costa"]);
  await page.getByLabel("Filter people").fill("lee");
  await expect(nameCells(page)).toHaveText(["Lee, Sam"]);
});

test("a hostile name shows as typed and runs nothing; both exports escape formulas", async ({ page }) => {
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs++;
    void d.dismiss();
  });
  await openTeam(page);
  await paste(page, [HEADER, `"${HOSTILE}",sre,,,,,,,2027-01-04`, "=SUM(A1),sre,,,,,,,2027-01-04"].join("\n"));
  await expect(nameCells(page)).toHaveText([HOSTILE, "=SUM(A1)"]);
  await expect(page.locator("img[src=x]")).toHaveCount(0);

  const [csvDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download the plan as CSV" }).click(),
  ]);
  const csv = (await downloaded(csvDownload)).replace(/^\uFEFF/, "");
  expect(csv.split("\r\n")[0]).toBe(
    "name,role,step,certification_id,certification,start,end,study_hours_min,study_hours_max",
  );
  expect(csv).toContain(`\r\n${HOSTILE},sre,1,`);
  expect(csv).toContain("\r\n'=SUM(A1),sre,1,");
  expect(csv).not.toMatch(/\r\n=/);

  const [icsDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Add the team's exams to a calendar" }).click(),
  ]);
  const ics = await downloaded(icsDownload);
  expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(ics.match(/BEGIN:VEVENT/g)?.length ?? 0).toBeGreaterThan(1);
  expect(dialogs).toBe(0);
});

test("junk in the saved team is dropped with a message, never a crash", async ({ page }) => {
  // Written from another page, so no team store of this test is alive to write over it.
  await page.goto("/");
  await page.evaluate(() =>
    localStorage.setItem(
      "certpath:team",
      JSON.stringify({
        state: {
          people: [
            {
              row: 2,
              name: "Ana",
              profile: {
                role: "sre",
                years: 0,
                skills: [],
                held: [],
                goal: "hands-on",
                interests: [],
                hours: 5,
                start: "2027-01-04",
              },
            },
            { row: 3, name: 42 },
          ],
        },
        version: 1,
      }),
    ),
  );
  await page.goto("/team");
  await expect(page.getByText(/1 saved person could not be read and was dropped/)).toBeVisible();
  await expect(nameCells(page)).toHaveText(["Ana"]);
  await page.goto("/");
  await page.evaluate(() => localStorage.setItem("certpath:team", "{not json"));
  await page.goto("/team");
  await expect(page.getByText(/the saved team could not be read/)).toBeVisible();
  await expect(page.getByText(/No team yet/)).toBeVisible();
});

test("Clear the team asks first, then clears", async ({ page }) => {
  await openTeam(page);
  await paste(page, GOOD);
  await expect(nameCells(page)).toHaveCount(3);
  await page.getByRole("button", { name: "Clear the team" }).click();
  await page.getByRole("button", { name: "No, keep it" }).click();
  await expect(nameCells(page)).toHaveCount(3);
  await page.getByRole("button", { name: "Clear the team" }).click();
  await page.getByRole("button", { name: "Yes, clear the team" }).click();
  await expect(peopleTable(page)).toHaveCount(0);
  await page.reload();
  await expect(page.getByText(/No team yet/)).toBeVisible();
});

/**
 * The target is the table within 2 s on this machine: measured 1.7–2.1 s (median 1.8) at load average
 * 5–10 on its 2 cores, by a driver that waits for the page to be idle first (docs/team.md). Other builds and
 * test runs sharing those cores slow it down in proportion: 6.8 s at load 18.6 in the driver; in this test
 * 5.9 s at load 12 and 8.4–9.1 s at load 21. So the budget grows with the machine's load: 5 s plus half a
 * second per unit of the 1-minute load average (5.5 s on a quiet machine, 11 s at load 12, 15.5 s at load 21:
 * about 1.7 times what was measured), unless TEAM_5000_BUDGET_MS sets it. A gross regression, such as planning
 * the whole team in one go on the main thread, misses it; the test prints what it measured, phase by phase
 * (the page's performance marks), with the load average to read it by.
 */
const budgetMs = () => Number(process.env.TEAM_5000_BUDGET_MS ?? Math.round(5_000 + 500 * (loadavg()[0] ?? 0)));

test("5,000 pasted people: a progress message, then the People table, a page at a time", async ({ page }) => {
  test.setTimeout(120_000);
  const budget = budgetMs();
  await openTeam(page);
  // A person reaches for the page before pasting: that starts the worker's warm-up (components/ui/after-intent.ts).
  await page.mouse.move(200, 200);
  const roles = ["sre", "ml-engineer", "data-scientist", "devops-engineer", "cloud-engineer", "platform-engineer"];
  // 5,000 different profiles (years, hours, start and role vary independently), so nothing is planned twice.
  const csv = [
    HEADER,
    ...Array.from(
      { length: 5000 },
      (_, i) =>
        `Person ${i},${roles[i % roles.length]},${i % 41},python;cloud,,architect,sre,${1 + (i % 59)},2027-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`,
    ),
  ].join("\n");
  await pasteFromClipboard(page, csv);
  await page.evaluate(() => {
    const w = window as unknown as { longest: number };
    w.longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longest = Math.max(w.longest, entry.duration);
    }).observe({ type: "longtask" });
  });
  const started = Date.now();
  await page.getByRole("button", { name: "Plan the team" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Reading the CSV|Planning the team/ })).toBeVisible();
  await expect(nameCells(page).first()).toBeVisible({ timeout: budget + 5_000 });
  const elapsed = Date.now() - started;
  const phases = await page.evaluate(() => {
    const at = (name: string) => performance.getEntriesByName(name).at(-1)?.startTime ?? NaN;
    const start = at("team:import");
    const longest = (window as unknown as { longest: number }).longest;
    return `parsed +${Math.round(at("team:parsed") - start)} ms, planned +${Math.round(at("team:planned") - start)} ms, shown +${Math.round(at("team:shown") - start)} ms; longest task ${Math.round(longest)} ms`;
  });
  const load = loadavg()
    .map((n) => n.toFixed(1))
    .join(" ");
  console.log(
    `5,000 people: the People table after ${elapsed} ms, budget ${budget} ms (${phases}; load average ${load})`,
  );
  expect(elapsed).toBeLessThan(budget);
  await expect(nameCells(page)).toHaveCount(50);
  await expect(page.getByRole("button", { name: /Show 50 more rows/ })).toBeVisible();
  await expect(page.getByText("5,000 people from the pasted text.")).toBeVisible();
});

for (const scheme of ["light", "dark"] as const) {
  test(`axe on /team empty and with a team (${scheme}, phone width)`, async ({ page }) => {
    // axe reads every bar of the timeline and every cell: slow on a busy machine.
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 360, height: 780 });
    await page.emulateMedia({ colorScheme: scheme });
    await openTeam(page);
    await axe(page, `/team empty, ${scheme}`);
    const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
    expect(await pageWidth(), "the empty page never scrolls sideways").toBeLessThanOrEqual(360);
    await paste(page, GOOD);
    await expect(nameCells(page)).toHaveCount(3);
    // The sections after the People table are drawn a frame later: all of them are checked.
    await expect(page.getByRole("heading", { name: "Team timeline" })).toBeVisible();
    await axe(page, `/team with a team, ${scheme}`);
    expect(await pageWidth(), "with a team, the page never scrolls sideways").toBeLessThanOrEqual(360);
  });
}
