import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, systemChromium } from "./e2e/chromium.mjs";

const PORT = Number(process.env.E2E_PORT ?? 4180);
// The nginx recipe (deploy/nginx/) serving dist/ under a subpath, as an intranet admin deploys it.
const NGINX_PORT = Number(process.env.NGINX_PORT ?? 4280);
const NGINX_BASE = "/tools/enrollment/";
const launchOptions = { ...(systemChromium ? { executablePath: systemChromium } : {}), args: chromiumArgs };

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
    { name: "chromium", testIgnore: [/framed\.spec\.ts$/, /nginx\.spec\.ts$/] },
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
    {
      // dist/ behind nginx with the shipped recipe, at a subpath: its headers, and the token journey through it.
      name: "nginx",
      testMatch: [/nginx\.spec\.ts$/, /token-journey\.spec\.ts$/],
      use: { baseURL: `http://127.0.0.1:${NGINX_PORT}${NGINX_BASE}` },
    },
  ],
  webServer: [
    {
      command: `node e2e/serve-dist.mjs`,
      env: { PORT: String(PORT) },
      url: `http://127.0.0.1:${PORT}/index.html`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command: `node e2e/serve-nginx.mjs ${NGINX_BASE}`,
      env: { PORT: String(NGINX_PORT) },
      url: `http://127.0.0.1:${NGINX_PORT}${NGINX_BASE}index.html`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
      // SIGTERM lets serve-nginx.mjs stop nginx and remove its temporary folder.
      gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    },
  ],
});
