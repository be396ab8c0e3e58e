import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Playwright cannot download its browsers here: use the system Chromium when there is one,
// and Playwright's own browser on machines that have it.
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) => existsSync(path));
const PORT = Number(process.env.E2E_PORT ?? 4180);
const launchArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const launchOptions = { ...(systemChromium ? { executablePath: systemChromium } : {}), args: launchArgs };

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    ...devices["Desktop Chrome"],
    baseURL: `http://127.0.0.1:${PORT}/`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions,
  },
  projects: [
    { name: "chromium", testIgnore: /framed\.spec\.ts$/ },
    {
      // The app framed in a portal, as admins meet it: Chromium's popup blocker on (Playwright turns it off),
      // so a popup that is not opened from a click is blocked as it would be for a real user.
      name: "framed",
      testMatch: /framed\.spec\.ts$/,
      use: {
        launchOptions: { ...launchOptions, ignoreDefaultArgs: ["--disable-popup-blocking"] },
        // Trace snapshots run script with a user gesture, which lets any popup through: keep them off here.
        trace: { mode: "retain-on-failure", snapshots: false, screenshots: false },
      },
    },
  ],
  webServer: {
    command: `node e2e/serve-dist.mjs`,
    env: { PORT: String(PORT) },
    url: `http://127.0.0.1:${PORT}/index.html`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
