import { defineConfig, devices } from "@playwright/test";

/** Browser tests against the production build (`next start`), in Debian's chromium. */
export const PORT = Number(process.env.E2E_PORT ?? 4310);
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export default defineConfig({
  testDir: ".",
  testMatch: "**/*.spec.ts",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"]],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS },
    trace: "off",
    // The service worker is tested in offline.spec.ts, which allows it. Elsewhere it would cache the whole build in
    // every test's fresh context (the per-request pages rendered again each time), which slows the suite on two cores.
    serviceWorkers: "block",
  },
  projects: [{ name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    // The production server (server.ts, what `npm start` runs), started by node itself rather than through
    // npm, so stopping it frees the port.
    command: `node --import tsx server.ts -H 127.0.0.1 -p ${PORT}`,
    cwd: "..",
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  },
});
