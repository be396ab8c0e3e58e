import { expect, test } from "./fixtures";

const serveConfig =
  (body: string, status = 200) =>
  async ({ context }: { context: import("@playwright/test").BrowserContext }) =>
    context.route("**/config.json", (route) => route.fulfill({ status, contentType: "application/json", body }));

test.describe("a bad config.json shows a readable screen, never a blank page", () => {
  test("every bad key is named", async ({ context, page }) => {
    await serveConfig(
      JSON.stringify({ clientId: "my-app", tenantId: "not a tenant", cloud: "mars", demo: "yes", clientID: "x" }),
    )({ context });
    await page.goto("./");
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("The console is not configured correctly");
    for (const key of ["clientId", "tenantId", "cloud", "demo", "clientID"]) {
      await expect(alert.locator("code", { hasText: new RegExp(`^${key}$`) })).toBeVisible();
    }
    await expect(alert).toContainText("must be a GUID");
    await expect(alert).toContainText('"clientID" is not a known setting');
    await page.screenshot({ path: "test-results/screens/config-error.png" });
  });

  test("a redirectUri on another origin than the page's is a bad redirectUri", async ({ context, page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const elsewhere = origin.replace("127.0.0.1", "localhost");
    const config = { clientId: "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0", demo: false };
    await serveConfig(JSON.stringify({ ...config, redirectUri: `${elsewhere}/redirect.html` }))({ context });
    await page.goto("./");
    const alert = page.getByRole("alert");
    await expect(alert.locator("code", { hasText: /^redirectUri$/ })).toBeVisible();
    await expect(alert).toContainText(`"redirectUri" must be a page of this app's own origin, ${origin}`);

    await context.unroute("**/config.json");
    await serveConfig(JSON.stringify({ ...config, redirectUri: `${origin}/redirect.html` }))({ context });
    await page.reload();
    await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  });

  test("invalid JSON", async ({ context, page }) => {
    await serveConfig("{ demo: true, }")({ context });
    await page.goto("./");
    await expect(page.getByRole("alert")).toContainText("config.json is not valid JSON");
  });

  test.describe(() => {
    test.use({ expectedConsoleErrors: [/status of 404/] });
    test("missing config.json", async ({ context, page }) => {
      await serveConfig("Not found", 404)({ context });
      await page.goto("./");
      await expect(page.getByRole("alert")).toContainText("config.json could not be loaded (HTTP 404)");
    });
  });
});
