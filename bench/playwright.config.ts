import { defineConfig, devices } from "@playwright/test";
import e2e from "../playwright.config";

// The benchmark's browser journeys (npm run bench runs them; they are not part of npm test): the production build
// behind nginx with the shipped recipe, Chromium launched as in the end-to-end tests, one test at a time so that the
// figures do not compete for the CPU. npm run bench starts the server; run alone, this config starts it itself.
const PORT = Number(process.env.BENCH_PORT ?? 4380);
const BASE = "/tools/enrollment/";

export default defineConfig({
  testDir: ".",
  testMatch: /\.bench\.ts$/,
  outputDir: "../test-results/bench",
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 180_000,
  expect: { timeout: 20_000 },
  reporter: [["list"]],
  use: {
    ...devices["Desktop Chrome"],
    viewport: { width: 1440, height: 900 },
    locale: "en-US",
    baseURL: `http://127.0.0.1:${PORT}${BASE}`,
    launchOptions: e2e.use?.launchOptions,
    trace: "off",
  },
  webServer: {
    command: `node e2e/serve-nginx.mjs ${BASE}`,
    cwd: "..",
    env: { PORT: String(PORT) },
    url: `http://127.0.0.1:${PORT}${BASE}index.html`,
    reuseExistingServer: true,
    timeout: 30_000,
    gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
  },
});
