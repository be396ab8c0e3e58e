import type { BrowserContext, FrameLocator, Locator, Page } from "@playwright/test";
import { contentSecurityPolicy } from "../deploy/csp.mjs";
import type { FakeGraph } from "./fakes/graph";
import { expect, signInThroughRelay, test, tokenButton } from "./fixtures";

/**
 * Framed by a page the console cannot trust, no control may reveal, copy, show, download, export or print a token or
 * its QR code, and none may send a write. Two ways to get there: a frame by an origin that is not in portalOrigins,
 * and a frame whose ancestors the browser does not name (Firefox), whose page withholds the referrer and does not
 * answer the console's handshake.
 */

interface PortalPage {
  /** The iframe's referrerpolicy: "no-referrer" withholds the portal's origin from the frame's document.referrer. */
  referrer: "default" | "no-referrer";
  /** Whether the portal answers the console's handshake, as README tells portal authors to. */
  answers: boolean;
}

/**
 * The portal: a page on another origin than the app (127.0.0.1 on another port, which the test answers itself): the
 * same site, so that the frame keeps its session storage in this Chromium, which Playwright starts without
 * third-party storage partitioning (cross-site-portal.spec.ts covers a portal on another site). Its look can change
 * between loads (`portal.referrer`, `portal.answers`).
 * The app's documents are served with the portal in frame-ancestors: a host that lets the page frame the app, so
 * that what is tested is the console's own check.
 */
async function setUpPortal(context: BrowserContext, baseURL: string, portal: PortalPage) {
  const app = new URL(baseURL);
  const portalOrigin = `http://127.0.0.1:${Number(app.port) + 1}`;
  await context.route(`${portalOrigin}/portal.html`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><title>Contoso intranet</title><h1>Contoso intranet</h1><p id="answered">0</p>
        <iframe title="Enrollment Token Console" src="${app.href}" style="width:1200px;height:760px;border:0"
          ${portal.referrer === "no-referrer" ? 'referrerpolicy="no-referrer"' : ""}
          allow="clipboard-read; clipboard-write"></iframe>
        <script>${portal.answers ? handshakeAnswer(app.origin) : ""}</script>`,
    }),
  );
  const policy = contentSecurityPolicy({ frameAncestors: ["'self'", portalOrigin] });
  await context.route(
    (url) => url.origin === app.origin && /^\/(|index\.html|redirect\.html)$/.test(url.pathname),
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), "content-security-policy": policy } });
    },
  );
  return { portalOrigin, portalUrl: `${portalOrigin}/portal.html` };
}

/** The portal's side of the handshake, as README gives it to portal authors (it counts its answers). */
const handshakeAnswer = (appOrigin: string) => `
  addEventListener("message", (event) => {
    if (event.origin !== ${JSON.stringify(appOrigin)}) return;
    if (event.data?.type !== "enrollment-token-console:frame-check") return;
    event.source.postMessage({ type: "enrollment-token-console:frame-check:ok", nonce: event.data.nonce }, event.origin);
    const answered = document.getElementById("answered");
    answered.textContent = String(Number(answered.textContent) + 1);
  });`;

/**
 * Firefox, as far as this check goes: it has no location.ancestorOrigins. Chromium defines it as an own,
 * non-configurable property of every Location object ([LegacyUnforgeable]), so an init script can neither delete nor
 * redefine it. Instead the app's scripts are served with that property renamed: their read of
 * location.ancestorOrigins then finds nothing, exactly as the same code does in Firefox. Everything else the check
 * uses (document.referrer, window.parent, postMessage and its origins, cross-origin access) is Chromium's own, and
 * behaves as Firefox's does.
 */
async function withoutAncestorOrigins(context: BrowserContext, baseURL: string) {
  const app = new URL(baseURL);
  await context.route(
    (url) => url.origin === app.origin && /^\/assets\/.+\.js$/.test(url.pathname),
    async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replaceAll("ancestorOrigins", "ancestorOriginsMissing");
      await route.fulfill({ response, body });
    },
  );
}

/** The notice at the top that says why token actions are off (or that the framing page is being checked). */
const notice = (app: FrameLocator) =>
  app.getByRole("status").filter({ hasText: /^(Token actions are turned off in this frame|Checking the page)/ });
const OFF = /^(Token actions are turned off in this frame|Checking the page that frames the console)/;

/** Runs a bulk renewal that leaves one failed and four pending profiles: a stored run with Resume and Retry failed. */
async function leaveStoredRun(app: FrameLocator, graph: FakeGraph) {
  // One write per 20 s: the first POST fails (503), the others wait their turn, and Cancel stops them.
  graph.failNext("POST", /\/createToken$/, 503, "ServiceUnavailable", "Service unavailable");
  await app.getByRole("checkbox", { name: "Select all 5 shown" }).check();
  await app.getByRole("button", { name: "Renew tokens…" }).click();
  await app.getByRole("dialog").getByRole("button", { name: "Renew 5 tokens" }).click();
  const panel = app.getByRole("region", { name: "Bulk renewal" });
  await expect(panel).toContainText("Failed 1");
  await panel.getByRole("button", { name: "Cancel" }).click();
  await expect(panel.getByRole("button", { name: "Resume (4 left)" })).toBeVisible();
  await expect(panel.getByRole("button", { name: "Retry failed (1)" })).toBeVisible();
  expect(graph.createTokenRequests).toHaveLength(1);
}

/**
 * A control that is off because of the frame: aria-disabled, described by the notice, and a press does nothing.
 * Soft: a failure names every control that is not off, not just the first.
 */
async function expectOff(control: Locator, why: RegExp) {
  const name = control.toString();
  await expect.soft(control, name).toHaveAttribute("aria-disabled", "true", { timeout: 1_000 });
  await expect.soft(control, name).toHaveAccessibleDescription(why, { timeout: 1_000 });
  await control.click({ force: true, timeout: 5_000 });
}

/** Every control that reveals, copies, shows, downloads, exports or prints the token, or writes: off, and inert. */
async function expectEveryTokenControlOff(page: Page, app: FrameLocator, graph: FakeGraph, why: RegExp) {
  const downloads: string[] = [];
  page.on("download", (download) => downloads.push(download.suggestedFilename()));
  const posts = graph.requests.filter((r) => r.method === "POST").length;
  const target = graph.profiles.find((p) => p.displayName === "Warehouse scanners")!;

  await app.getByRole("link", { name: "Warehouse scanners" }).click();
  const current = app.getByRole("region", { name: "Current token" });
  for (const name of [
    "Show token",
    "Copy token",
    "Show QR code",
    "Download QR code",
    "Print QR code",
    "Export token",
    "Revoke token",
  ]) {
    await expectOff(current.getByRole("button", { name, exact: true }), why);
  }
  await expectOff(tokenButton(app), why);
  await app.getByRole("checkbox", { name: "Select all 5 shown" }).check();
  await expectOff(app.getByRole("button", { name: "Renew tokens…" }), why);
  const panel = app.getByRole("region", { name: "Bulk renewal" });
  await expectOff(panel.getByRole("button", { name: "Resume (4 left)" }), why);
  await expectOff(panel.getByRole("button", { name: "Retry failed (1)" }), why);

  // Nothing came of any press: no token or QR code on the page, no dialog, no file, no status, no write.
  await expect(app.getByText(target.tokenValue!)).toHaveCount(0);
  await expect(app.getByRole("img", { name: /QR code/ })).toHaveCount(0);
  await expect(app.getByRole("dialog")).toHaveCount(0);
  await expect(app.getByText("Token copied to the clipboard")).toHaveCount(0);
  await expect(panel).toContainText("Left 4");
  expect(downloads).toEqual([]);
  expect(graph.requests.filter((r) => r.method === "POST")).toHaveLength(posts);
}

test.describe("token actions in a frame the console cannot trust", () => {
  test.use({
    expectedConsoleErrors: [
      [/^Failed to load resource: the server responded with a status of (401|503)\b/],
      { scope: "test" },
    ],
  });

  test("framed by an origin that is not in portalOrigins: every token control is off, with the explanation", async ({
    context,
    page,
    baseURL,
    graph,
    useEntraConfig,
  }) => {
    test.setTimeout(60_000);
    const portal: PortalPage = { referrer: "default", answers: false };
    const { portalOrigin, portalUrl } = await setUpPortal(context, baseURL!, portal);
    // First as a listed portal: sign in, and leave a bulk run to resume.
    await useEntraConfig({ portalOrigins: [portalOrigin], bulkWritesPer20s: 1 });
    await page.goto(portalUrl);
    const app = page.frameLocator("iframe");
    await signInThroughRelay(page, app);
    await expect(notice(app)).toHaveCount(0);
    await leaveStoredRun(app, graph);

    // Then the same page, no longer listed (or a page that frames the app without being listed).
    await useEntraConfig({ portalOrigins: ["https://portal.contoso.com"], bulkWritesPer20s: 1 });
    await page.reload();
    await expect(notice(app)).toContainText("Token actions are turned off in this frame");
    await expect(notice(app)).toContainText(`inside a page from ${portalOrigin}, which is not a portal listed`);
    await expect(app.getByRole("button", { name: "Sign out" })).toBeVisible();
    await expectEveryTokenControlOff(page, app, graph, OFF);
    await page.screenshot({ path: "test-results/screens/untrusted-frame-unlisted.png" });
  });

  test("framed where the browser does not name the ancestors, no referrer, no answer: every token control is off", async ({
    context,
    page,
    baseURL,
    graph,
    useEntraConfig,
  }) => {
    test.setTimeout(60_000);
    await withoutAncestorOrigins(context, baseURL!);
    const portal: PortalPage = { referrer: "default", answers: false };
    const { portalOrigin, portalUrl } = await setUpPortal(context, baseURL!, portal);
    await useEntraConfig({ portalOrigins: [portalOrigin], bulkWritesPer20s: 1 });
    // The referrer names the listed portal: trusted, without a handshake.
    await page.goto(portalUrl);
    const app = page.frameLocator("iframe");
    await signInThroughRelay(page, app);
    await expect(notice(app)).toHaveCount(0);
    await leaveStoredRun(app, graph);

    // The portal now withholds the referrer and does not answer: the console cannot tell who frames it.
    // Off while the console asks the portal, and off once nobody answered.
    portal.referrer = "no-referrer";
    await page.reload();
    await expect(app.getByRole("button", { name: "Sign out" })).toBeVisible();
    await expectEveryTokenControlOff(page, app, graph, OFF);
    await expect(notice(app)).toContainText("Token actions are turned off in this frame");
    await expect(notice(app)).toContainText("This browser does not say which page frames the console");
    await expect(notice(app).getByRole("button", { name: "Open in a new window" })).toBeVisible();
    await expectEveryTokenControlOff(page, app, graph, /^Token actions are turned off in this frame/);
    await page.screenshot({ path: "test-results/screens/untrusted-frame-unverified.png" });
  });

  test("where the browser does not name the ancestors, a listed portal that answers the handshake gets token actions", async ({
    context,
    page,
    baseURL,
    graph,
    useEntraConfig,
  }) => {
    test.setTimeout(60_000);
    await withoutAncestorOrigins(context, baseURL!);
    const portal: PortalPage = { referrer: "no-referrer", answers: true };
    const { portalOrigin, portalUrl } = await setUpPortal(context, baseURL!, portal);
    await useEntraConfig({ portalOrigins: [portalOrigin] });
    await page.goto(portalUrl);
    const app = page.frameLocator("iframe");
    await expect(page.locator("#answered")).not.toHaveText("0");
    await expect(notice(app)).toHaveCount(0);
    await signInThroughRelay(page, app);
    await app.getByRole("link", { name: "Warehouse scanners" }).click();
    const target = graph.profiles.find((p) => p.displayName === "Warehouse scanners")!;
    await app.getByRole("button", { name: "Show token" }).click();
    await expect(app.getByText(target.tokenValue!)).toBeVisible();

    // The same portal, answering, but not listed: its answer does not count.
    await useEntraConfig({ portalOrigins: ["https://portal.contoso.com"] });
    await page.reload();
    await expect(notice(app)).toContainText("This browser does not say which page frames the console");
    await expect(page.locator("#answered")).toHaveText("0");
    await app.getByRole("link", { name: "Warehouse scanners" }).click();
    await expect(app.getByRole("button", { name: "Show token" })).toHaveAttribute("aria-disabled", "true");
  });
});
