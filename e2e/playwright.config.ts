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

/**
 * The production server as `npm start` runs it (the build's bundle of server.ts) as node's argv, started by
 * node itself rather than through npm, so stopping it frees the port. Tests that need a server of their own (e2e/not-found.spec.ts) start the same.
 */
export const SERVER_ARGV = [".next/server.mjs"] as const;
export const SERVER_ENV = { NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" } as const;

export default defineConfig({
  testDir: ".",
  testMatch: "**/*.spec.ts",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"]],
  // Six builds and test runs share two cores on the build machine: the long journeys (axe on every step) took
  // 25–35 s there, so 30 s failed them at random.
  timeout: 60_000,
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
    command: `node ${SERVER_ARGV.join(" ")} -H 127.0.0.1 -p ${PORT}`,
    cwd: "..",
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { ...SERVER_ENV },
  },
});
