import { contentSecurityPolicy } from "../deploy/csp.mjs";
import { expect, test } from "./fixtures";

/**
 * A listed portal on another site (localhost, while the app is on 127.0.0.1) frames the demo console. Playwright
 * starts Chromium without third-party storage partitioning, so, as in a browser that blocks third-party storage,
 * reading window.sessionStorage throws in the frame and navigator.locks refuses it. The console must still start
 * and list the profiles; bulk renewal is off and says why (tabs cannot be coordinated there), one profile at a time
 * still works. Any uncaught error fails the test (fixtures).
 */
test("a cross-site frame whose storage the browser blocks: the console starts and works, bulk renewal off", async ({
  context,
  page,
  baseURL,
}) => {
  const app = new URL(baseURL!);
  const portalOrigin = `http://localhost:${Number(app.port) + 1}`;
  await context.route(`${portalOrigin}/portal.html`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><title>Contoso intranet</title><h1>Contoso intranet</h1>
        <iframe title="Enrollment Token Console" src="${app.href}" style="width:1200px;height:760px;border:0"></iframe>`,
    }),
  );
  await context.route("**/config.json", (route) =>
    route.fulfill({
      contentType: "application/json",
      body: JSON.stringify({ demo: true, portalOrigins: [portalOrigin] }),
    }),
  );
  const policy = contentSecurityPolicy({ frameAncestors: ["'self'", portalOrigin] });
  await context.route(
    (url) => url.origin === app.origin && /^\/(|index\.html)$/.test(url.pathname),
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), "content-security-policy": policy } });
    },
  );

  await page.goto(`${portalOrigin}/portal.html`);
  const frame = page.frameLocator("iframe");
  await expect(frame.getByText("12 of 12 profiles")).toBeVisible();
  // The premise: this frame cannot read its session storage.
  const storage = await page.frames()[1]!.evaluate(() => {
    try {
      void window.sessionStorage;
      return "readable";
    } catch (error) {
      return (error as Error).name;
    }
  });
  expect(storage).toBe("SecurityError");

  await expect(frame.getByText("Token actions are turned off in this frame")).toHaveCount(0);
  await frame.getByRole("checkbox", { name: "Select all 12 shown" }).check();
  const renew = frame.getByRole("button", { name: "Renew tokens…" });
  await expect(renew).toHaveAttribute("aria-disabled", "true");
  await expect(renew).toHaveAccessibleDescription(/cannot keep two of its tabs from renewing at once/);
  // One profile at a time still works.
  await frame.getByRole("link", { name: "Clinician handhelds – AOSP" }).click();
  await expect(frame.getByRole("button", { name: /^(Create|Replace) token$/ })).not.toHaveAttribute(
    "aria-disabled",
    "true",
  );
});
