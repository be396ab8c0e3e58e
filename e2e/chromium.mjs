// The Chromium the end-to-end tests and the benchmark launch: the system's when there is one (Playwright cannot
// download its browsers here), with the same flags everywhere.
import { existsSync } from "node:fs";

/** /usr/bin/chromium or /usr/bin/chromium-browser, or undefined (Playwright's own browser then). */
export const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) => existsSync(path));

/** No sandbox (containers), no GPU, and none of Chromium's own traffic (updates, sync, background fetches). */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
