import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { chromium, test as base, expect, type Browser, type BrowserContext } from "@playwright/test";
import { contentSecurityPolicy } from "../deploy/csp.mjs";
import { CLIENT_ID, FakeEntra, TENANT_ID } from "./fakes/entra";
import { requestToken, signInThroughRelay, tokenButton } from "./fixtures";
import { FakeGraph } from "./fakes/graph";

/**
 * The app framed by an intranet portal on ANOTHER SITE (portal on localhost, app on 127.0.0.1), in a Chromium
 * with third-party storage partitioning ON. Playwright launches Chromium with partitioning off
 * (microsoft/playwright#32230), and a design that cannot work for real admins then passes; so this suite
 * launches its own browser with Playwright's own switches minus that one, and checks that partitioning is on.
 */
const test = base.extend<{ portalContext: BrowserContext }, { partitionedBrowser: Browser }>({
  partitionedBrowser: [
    async ({ launchOptions }, use) => {
      const probe = await chromium.launch(launchOptions);
      const page = await probe.newPage();
      await page.goto("chrome://version");
      const commandLine = (await page.locator("#command_line").textContent()) ?? "";
      await probe.close();
      const disable = /--disable-features=(\S+)/.exec(commandLine)?.[0];
      if (!disable?.includes("ThirdPartyStoragePartitioning")) throw new Error(`unexpected switches: ${commandLine}`);
      const withPartitioning = disable.replace(/,?ThirdPartyStoragePartitioning/, "");
      const browser = await chromium.launch({
        ...launchOptions,
        ignoreDefaultArgs: [disable, "--disable-popup-blocking"],
        args: [...(launchOptions.args ?? []), withPartitioning],
      });
      await use(browser);
      await browser.close();
    },
    { scope: "worker" },
  ],
  portalContext: async ({ partitionedBrowser }, use) => {
    const context = await partitionedBrowser.newContext({ viewport: { width: 1280, height: 900 } });
    await use(context);
    await context.close();
  },
});

// The portal: a page that frames the app and lists the messages the app posts to it.
let portalServer: Server;
let portalServerOrigin = "";
base.beforeAll(async () => {
  portalServer = createServer((request, response) => {
    const query = new URL(request.url ?? "/", "http://localhost").searchParams;
    const app = query.get("app") ?? "";
    response.setHeader("Content-Type", "text/html");
    // A portal that isolates itself with COOP cuts off every popup its frames open.
    if (query.get("coop")) response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    response.end(`<!doctype html><title>Contoso intranet</title><h1>Contoso intranet</h1>
      <ul id="messages"></ul>
      <iframe title="Enrollment Token Console" src="${app.replace(/"/g, "&quot;")}" style="width:1200px;height:700px;border:0"></iframe>
      <script>addEventListener("message", (e) => { const li = document.createElement("li");
        li.textContent = e.origin + " " + JSON.stringify(e.data); document.getElementById("messages").append(li); });</script>`);
  });
  await new Promise<void>((resolve) => portalServer.listen(0, "127.0.0.1", resolve));
  portalServerOrigin = `http://localhost:${(portalServer.address() as AddressInfo).port}`;
});
base.afterAll(async () => {
  await new Promise((resolve) => portalServer.close(resolve));
});

async function setUp(context: BrowserContext, appUrl: string, portalOrigins: string[], portalOrigin: string) {
  // Deployed as the README says for a portal: the portal's origin in frame-ancestors (node deploy/csp.mjs).
  const policy = contentSecurityPolicy({ frameAncestors: ["'self'", portalOrigin] });
  // relay.html keeps the server's own policy (frame-ancestors 'none'): it opens as a window, never framed.
  await context.route(/\/(|index\.html|redirect\.html)(\?.*)?$/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), "content-security-policy": policy } });
  });
  const entra = new FakeEntra([new URL("redirect.html", appUrl).href]);
  const graph = new FakeGraph(entra);
  await entra.install(context);
  await graph.install(context);
  await context.route(`${appUrl}config.json`, (route) =>
    route.fulfill({ json: { clientId: CLIENT_ID, tenantId: TENANT_ID, demo: false, portalOrigins } }),
  );
  const problems: string[] = [];
  context.on("page", (page) => {
    page.on("console", (message) => message.type() === "error" && problems.push(message.text()));
    page.on("pageerror", (error) => problems.push(error.message));
  });
  return { entra, graph, problems };
}

test("cross-site portal, partitioning on: sign-in through the relay, pick, create, toast, and a message to the portal", async ({
  portalContext,
  baseURL,
}) => {
  const portalOrigin = portalServerOrigin;
  const appUrl = baseURL!;
  const { graph, problems } = await setUp(portalContext, appUrl, [portalOrigin], portalOrigin);
  const page = await portalContext.newPage();

  // Control: storage really is partitioned (a top-level write on the app's origin is not seen inside the portal).
  await page.goto(`${appUrl}index.html`);
  await page.evaluate(() => localStorage.setItem("partition-probe", "top-level"));
  await page.goto(`${portalOrigin}/portal.html?app=${encodeURIComponent(appUrl)}`);
  const app = page.frameLocator("iframe");
  await expect(app.getByRole("button", { name: "Sign in" })).toBeVisible();
  const frame = page.frames().find((f) => f.url().startsWith(appUrl))!;
  expect(await frame.evaluate(() => localStorage.getItem("partition-probe"))).toBeNull();

  await signInThroughRelay(page, app);
  await expect(app.getByText("Token actions are turned off")).toHaveCount(0);
  await app.getByRole("link", { name: "Field service" }).click();
  await requestToken(app);
  await expect(app.getByRole("status").filter({ hasText: "Token created" })).toBeVisible();
  expect(graph.executedCreateTokens).toBe(1);

  const target = graph.profiles.find((p) => p.displayName === "Field service")!;
  const message = page.locator("#messages li");
  await expect(message).toHaveCount(1);
  const [origin, json] = ((await message.textContent()) ?? "").split(/ (.*)/s);
  expect(origin).toBe(new URL(appUrl).origin);
  expect(JSON.parse(json!)).toEqual({
    type: "enrollment-token-created",
    profileId: target.id,
    profileKind: "aospUserless",
    displayName: "Field service",
    expiresAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
  });
  expect(json).not.toContain(target.tokenValue!);
  await page.screenshot({ path: "test-results/screens/cross-site-portal.png" });
  expect(problems).toEqual([]);
});

test("a portal whose origin is not in portalOrigins: token actions are off, the app says why, and posts it nothing", async ({
  portalContext,
  baseURL,
}) => {
  const portalOrigin = portalServerOrigin;
  const appUrl = baseURL!;
  // frame-ancestors lets the portal frame the app, but config.json does not list it as a portal.
  const { graph } = await setUp(portalContext, appUrl, ["https://portal.contoso.com"], portalOrigin);
  const page = await portalContext.newPage();
  await page.goto(`${portalOrigin}/portal.html?app=${encodeURIComponent(appUrl)}`);
  const app = page.frameLocator("iframe");
  const notice = app.getByRole("status").filter({ hasText: "Token actions are turned off in this frame" });
  await expect(notice).toContainText(`inside a page from ${portalOrigin}, which is not a portal listed`);
  await expect(notice.getByRole("button", { name: "Open in a new window" })).toBeVisible();
  await signInThroughRelay(page, app);
  await app.getByRole("link", { name: "Field service" }).click();
  await expect(app.getByRole("heading", { name: "Field service", level: 2 })).toBeVisible();
  const button = tokenButton(app);
  await expect(button).toBeDisabled();
  await button.click({ force: true });
  await page.screenshot({ path: "test-results/screens/untrusted-portal.png" });
  expect(graph.createTokenRequests).toHaveLength(0);
  await expect(page.locator("#messages li")).toHaveCount(0);
});

test("same-site portal (another origin on the same site): the journey works too", async ({
  portalContext,
  baseURL,
}) => {
  const portalOrigin = portalServerOrigin;
  const appUrl = baseURL!;
  const sameSite = portalOrigin.replace("localhost", "127.0.0.1");
  const { graph, problems } = await setUp(portalContext, appUrl, [sameSite], sameSite);
  const page = await portalContext.newPage();
  await page.goto(`${sameSite}/portal.html?app=${encodeURIComponent(appUrl)}`);
  const app = page.frameLocator("iframe");
  await signInThroughRelay(page, app);
  await app.getByRole("link", { name: "Digital signage" }).click();
  await app.getByRole("button", { name: "Create token" }).click();
  await expect(app.getByRole("status").filter({ hasText: "Token created" })).toBeVisible();
  expect(graph.executedCreateTokens).toBe(1);
  await expect(page.locator("#messages li")).toHaveCount(1);
  expect(problems).toEqual([]);
});

test("when the portal cuts popups off (COOP: same-origin), the admin is offered the console in a new window", async ({
  portalContext,
  baseURL,
}) => {
  const portalOrigin = portalServerOrigin;
  const appUrl = baseURL!;
  await setUp(portalContext, appUrl, [portalOrigin], portalOrigin);
  const page = await portalContext.newPage();
  await page.goto(`${portalOrigin}/portal.html?coop=1&app=${encodeURIComponent(appUrl)}`);
  const app = page.frameLocator("iframe");
  await app.getByRole("button", { name: "Sign in" }).click();
  const alert = app.getByRole("alert");
  await expect(alert).toBeVisible();
  const newWindow = portalContext.waitForEvent("page", (p) => p.url().startsWith(appUrl) && p !== page);
  await alert.getByRole("button", { name: "Open in a new window" }).click();
  const standalone = await newWindow;
  await expect(standalone.getByRole("button", { name: "Sign in" })).toBeVisible();
  await standalone.getByRole("button", { name: "Sign in" }).click();
  await expect(standalone.getByRole("button", { name: "Sign out" })).toBeVisible();
});
