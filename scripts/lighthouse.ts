/**
 * One Lighthouse run (CLI, fresh headless chromium, default mobile settings), for `npm run perf` and
 * `npm run perf:csp`. A run that fails has no scores and says why; `lighthouseRetrying` tries again, since
 * Lighthouse sometimes fails to record a trace on a busy machine (NO_NAVSTART) and says to run it again.
 */
import { existsSync, readFileSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import { Launcher } from "chrome-launcher";
import { z } from "zod";
import { byCategory, LIGHTHOUSE_CATEGORIES } from "@/scripts/perf/budgets";
import { LighthouseResultSchema, summariseRun, type RunSummary } from "@/scripts/perf/lighthouse-result";
import { start, stop } from "./processes";
import { CHROMIUM_ARGS } from "../e2e/playwright.config";

const LIGHTHOUSE_BIN = join(process.cwd(), "node_modules/.bin/lighthouse");
const CHROME_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";
/**
 * Chromium draws its omnibox popup as a WebUI page in a renderer of its own, which starts with the browser, headless
 * too: in a Lighthouse run here it took about a third of one of the two cores while the page loaded, for the
 * reference and the routes alike, as noise. Puppeteer turns these features off by default (puppeteer#15278).
 * Chromium honours only the last `--disable-features`, so the list keeps chrome-launcher's own (Lighthouse's
 * launcher, whose flags come first) and adds these.
 */
const OMNIBOX_WEBUI = ["WebUIOmniboxPopup", "WebUIOmniboxAimPopup"];
const launcherDisabled = Launcher.defaultFlags()
  .filter((flag) => flag.startsWith("--disable-features="))
  .flatMap((flag) => flag.slice("--disable-features=".length).split(","));
// The browser tests' flags for Debian's chromium here, run headless for Lighthouse.
export const CHROME_FLAGS = [
  "--headless=new",
  ...CHROMIUM_ARGS,
  `--disable-features=${[...launcherDisabled, ...OMNIBOX_WEBUI].join(",")}`,
];
const LIGHTHOUSE_TIMEOUT_MS = 180_000;
const LIGHTHOUSE_ATTEMPTS = 3;

/**
 * Where a run works: its JSON goes to `outFile`; Chrome's profile and singleton socket go under `chromeTmp`
 * (killed Chromes leave them behind, so the caller's work dir holds them and goes at the end).
 */
export type LighthouseWhere = { outFile: string; cwd: string; chromeTmp: string; env: NodeJS.ProcessEnv };

export async function lighthouse(url: string, { outFile, cwd, chromeTmp, env }: LighthouseWhere): Promise<RunSummary> {
  const spawned = start(
    LIGHTHOUSE_BIN,
    [
      url,
      "--output=json",
      `--output-path=${outFile}`,
      "--quiet",
      "--no-enable-error-reporting",
      `--only-categories=${LIGHTHOUSE_CATEGORIES.join(",")}`,
      `--chrome-flags=${CHROME_FLAGS.join(" ")}`,
    ],
    { cwd, env: { ...env, CHROME_PATH, TMPDIR: chromeTmp } },
  );
  const timer = setTimeout(() => void stop(spawned), LIGHTHOUSE_TIMEOUT_MS);
  const code = await spawned.exited;
  clearTimeout(timer);
  const failed = (why: string): RunSummary => ({
    scores: byCategory(() => null),
    failing: byCategory(() => []),
    runtimeError: why,
    warnings: [],
  });
  if (code !== 0 || !existsSync(outFile)) {
    return failed(`lighthouse failed: ${spawned.output().trim().split("\n").slice(-3).join(" / ") || `exit ${code}`}`);
  }
  const result = LighthouseResultSchema.safeParse(JSON.parse(readFileSync(outFile, "utf8")));
  if (!result.success)
    return failed(`unreadable Lighthouse result: ${z.prettifyError(result.error).replace(/\s+/g, " ")}`);
  unlinkSync(outFile);
  return summariseRun(result.data);
}

/** A run, tried again (up to three attempts in all) while it fails; `log` hears of each failed attempt. */
export async function lighthouseRetrying(
  url: string,
  where: LighthouseWhere,
  log: (line: string) => void,
): Promise<RunSummary> {
  let summary = await lighthouse(url, where);
  for (let attempt = 2; summary.runtimeError && attempt <= LIGHTHOUSE_ATTEMPTS; attempt++) {
    log(`${summary.runtimeError}; trying again`);
    summary = await lighthouse(url, where);
  }
  return summary;
}
