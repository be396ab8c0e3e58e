import type { BrowserContext, FrameLocator, Locator, Page } from "@playwright/test";
import { ADMIN, SECOND_ADMIN } from "./fakes/entra";
import { profile } from "./fakes/graph";
import { expect, requestToken, test, tokenButton } from "./fixtures";

/** A portal page on the app's own origin that frames the app, as a same-origin intranet portal would. */
async function openPortal(
  context: BrowserContext,
  page: Page,
  baseURL: string,
  appPath = "./",
  { width, height } = { width: 1200, height: 760 },
): Promise<FrameLocator> {
  const portal = new URL("__portal.html", baseURL).href;
  await context.route(portal, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><title>Intranet portal</title><h1>Contoso intranet</h1>
        <iframe title="Enrollment Token Console" src="${new URL(appPath, baseURL).href}" style="width:${width}px;height:${height}px;border:0"></iframe>`,
    }),
  );
  await page.goto(portal);
  return page.frameLocator("iframe");
}

/** The app's own document inside the portal's frame. */
const appFrame = (page: Page) => page.frames().find((frame) => frame !== page.mainFrame())!;

/** How far the framed app scrolls sideways inside its frame: 0 when nothing is wider than the frame. */
const sidewaysScroll = (page: Page) =>
  appFrame(page).evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Whether `locator`'s box lies inside the frame's viewport (400 × 700 here), top to bottom and side to side. */
async function inFrameViewport(locator: Locator, { width, height }: { width: number; height: number }) {
  const box = (await locator.boundingBox())!;
  const frame = (await locator.page().locator("iframe").boundingBox())!;
  return (
    box.x >= frame.x &&
    box.y >= frame.y &&
    box.x + box.width <= frame.x + width &&
    box.y + box.height <= frame.y + height
  );
}

test.describe("framed in a portal, with the browser's popup blocker on", () => {
  test.use({
    expectedConsoleErrors: [
      [/^Failed to load resource: the server responded with a status of (400|401)\b/],
      { scope: "test" },
    ],
  });
  test.beforeEach(async ({ useEntraConfig }) => {
    await useEntraConfig();
  });

  test("signs in with a popup (never redirects the frame) and creates a token", async ({
    context,
    page,
    baseURL,
    graph,
  }) => {
    const app = await openPortal(context, page, baseURL!);
    const popup = page.waitForEvent("popup");
    await app.getByRole("button", { name: "Sign in" }).click();
    await (await popup).waitForEvent("close");
    await expect(app.getByRole("button", { name: "Sign out" })).toBeVisible();
    await app.getByRole("link", { name: "Field service" }).click();
    await requestToken(app);
    await expect(app.getByRole("status").filter({ hasText: "Token created" })).toBeVisible();
    expect(graph.executedCreateTokens).toBe(1);
    expect(page.url()).toMatch(/__portal\.html$/);
  });

  test("a closed sign-in window: the admin is back where they were, and Sign in opens a new window", async ({
    context,
    page,
    baseURL,
  }) => {
    const app = await openPortal(context, page, baseURL!);
    // The fake Entra holds the first window on a sign-in page the admin then closes.
    await context.route(
      "**/oauth2/v2.0/authorize?**",
      (route) => route.fulfill({ contentType: "text/html", body: "<h1>Sign in</h1>" }),
      { times: 1 },
    );
    const first = page.waitForEvent("popup");
    await app.getByRole("button", { name: "Sign in" }).click();
    await (await first).close();
    await expect(app.getByRole("button", { name: "Sign in" })).toBeEnabled();
    await expect(app.getByRole("alert")).toHaveCount(0);
    const second = page.waitForEvent("popup");
    await app.getByRole("button", { name: "Sign in" }).click();
    await (await second).waitForEvent("close");
    await expect(app.getByRole("button", { name: "Sign out" })).toBeVisible();
    await expect(app.getByRole("alert")).toHaveCount(0);
  });

  test("blocked popup: one window at most, a Continue sign-in button, and every failed read recovers", async ({
    context,
    page,
    baseURL,
    entra,
    graph,
  }) => {
    let app = await openPortal(context, page, baseURL!);
    await app.getByRole("button", { name: "Sign in" }).click();
    await expect(app.getByRole("link", { name: "Field service" })).toBeVisible();
    const target = graph.profiles.find((p) => p.displayName === "Field service")!;

    // The session has ended (refresh token revoked, no Entra session) and Graph refuses the cached token:
    // the list and the profile both need an interactive sign-in, when the page loads, with no click to open a popup.
    entra.revokeRefreshTokens();
    entra.sessionActive = false;
    graph.failNext("GET", /Profiles$/, 401, "InvalidAuthenticationToken", "expired");
    graph.failNext("GET", /Profiles$/, 401, "InvalidAuthenticationToken", "expired");
    graph.failNext("GET", /Profiles\/[^/]+$/, 401, "InvalidAuthenticationToken", "expired");
    const popups: Page[] = [];
    context.on("page", (p) => popups.push(p));
    // No DOM polling in the frame until the popup was refused: Playwright's in-page checks run with a user
    // gesture, which would let the popup through. Wait on the network instead: the silent prompt=none attempt.
    const silentAttempt = page.waitForRequest(
      (request) => new URL(request.url()).searchParams.get("prompt") === "none",
    );
    app = await openPortal(context, page, baseURL!, `./?kind=aospUserless&profile=${target.id}`);
    await silentAttempt;
    await page.waitForTimeout(2_500);
    const alerts = app.getByRole("alert").filter({ hasText: "The browser blocked the sign-in window" });
    await expect(alerts.first()).toBeVisible();
    expect(popups.filter((p) => p !== page)).toHaveLength(0);
    const interactiveBefore = entra.authorizeRequests.filter((u) => u.searchParams.get("prompt") !== "none").length;

    entra.sessionActive = true;
    const popup = page.waitForEvent("popup");
    await alerts.first().getByRole("button", { name: "Continue sign-in" }).click();
    await (await popup).waitForEvent("close");
    await expect(app.getByRole("link", { name: "Field service" })).toBeVisible();
    await expect(app.getByRole("heading", { name: "Field service", level: 2 })).toBeVisible();
    await expect(app.getByRole("alert")).toHaveCount(0);
    expect(entra.authorizeRequests.filter((u) => u.searchParams.get("prompt") !== "none").length).toBe(
      interactiveBefore + 1,
    );
    expect(popups.filter((p) => p !== page)).toHaveLength(1);
  });

  test("in a 400 × 700 frame: no sideways scroll, the account in a menu, the chosen profile's details in view", async ({
    context,
    page,
    baseURL,
    graph,
  }) => {
    test.setTimeout(60_000);
    const size = { width: 400, height: 700 };
    const app = await openPortal(context, page, baseURL!, "./", size);
    await expect(app.getByRole("button", { name: "Sign in" })).toBeVisible();
    expect(await sidewaysScroll(page)).toBe(0);
    const popup = page.waitForEvent("popup");
    await app.getByRole("button", { name: "Sign in" }).click();
    await (await popup).waitForEvent("close");
    const account = app.getByRole("button", { name: `Account: ${ADMIN.name}` });
    await expect(account).toBeVisible();
    await expect(app.getByText("5 of 5 profiles")).toBeVisible();
    expect(await sidewaysScroll(page)).toBe(0);

    await account.click();
    const menu = app.getByRole("dialog", { name: "Signed in as" });
    for (const name of ["Switch account", "Sign out"]) {
      expect(await inFrameViewport(menu.getByRole("button", { name }), size), name).toBe(true);
    }
    await page.screenshot({ path: "test-results/screens/framed-400-menu.png" });
    await page.keyboard.press("Escape");
    await expect(account).toBeFocused();

    await app.getByRole("link", { name: "Field service" }).click();
    const heading = app.getByRole("heading", { name: "Field service", level: 2 });
    await expect(heading).toBeFocused();
    expect(await inFrameViewport(heading, size)).toBe(true);
    expect(await sidewaysScroll(page)).toBe(0);
    await page.screenshot({ path: "test-results/screens/framed-400-details.png" });

    await requestToken(app);
    const toast = app.getByRole("status").filter({ hasText: "Token created" });
    await expect(toast).toBeVisible();
    await expect(app.getByRole("heading", { name: "Current token" })).toBeFocused();
    expect(await inFrameViewport(toast, size)).toBe(true);
    const button = await tokenButton(app).boundingBox();
    const toastBox = (await toast.boundingBox())!;
    if (button) {
      const covers =
        toastBox.x < button.x + button.width &&
        button.x < toastBox.x + toastBox.width &&
        toastBox.y < button.y + button.height &&
        button.y < toastBox.y + toastBox.height;
      expect(covers, "the toast covers the button").toBe(false);
    }
    expect(await sidewaysScroll(page)).toBe(0);
    await page.screenshot({ path: "test-results/screens/framed-400-created.png" });
    expect(graph.executedCreateTokens).toBe(1);
  });

  test("a bulk run stops at sign-out, and the next account to sign in here is never offered it", async ({
    context,
    page,
    baseURL,
    entra,
    graph,
  }) => {
    graph.profiles = Array.from({ length: 8 }, (_, i) =>
      profile({
        kind: "dedicated",
        displayName: `Store ${i + 1}`,
        tokenValue: `OLD${i}`,
        tokenExpirationDateTime: new Date(Date.now() + 3 * 86_400_000).toISOString(),
      }),
    );
    graph.pageSize = 100;
    const app = await openPortal(context, page, baseURL!);
    const signInWindow = page.waitForEvent("popup");
    await app.getByRole("button", { name: "Sign in" }).click();
    await (await signInWindow).waitForEvent("close");
    await app.getByRole("checkbox", { name: "Select all 8 shown" }).check();
    // A request is still out when the admin signs out; framed, sign-out is a popup and the page stays.
    const held = graph.profiles[1]!;
    graph.hold = { method: "POST", path: new RegExp(`${held.id}/createToken$`), release: new Promise(() => undefined) };
    await app.getByRole("button", { name: "Renew tokens…" }).click();
    await app.getByRole("dialog").getByRole("button", { name: "Renew 8 tokens" }).click();
    await expect.poll(() => graph.createTokenRequests.some((r) => r.url.includes(held.id))).toBe(true);
    const signOutWindow = page.waitForEvent("popup");
    await app.getByRole("button", { name: "Sign out" }).click();
    const sent = graph.createTokenRequests.length;
    await (await signOutWindow).waitForEvent("close");
    await expect(app.getByRole("button", { name: "Sign in" })).toBeVisible();
    expect(entra.logoutRequests).toHaveLength(1);

    // The next admin signs in in the same frame: nothing of the first one's run is there, or sent.
    entra.user = SECOND_ADMIN;
    const nextSignIn = page.waitForEvent("popup");
    await app.getByRole("button", { name: "Sign in" }).click();
    await (await nextSignIn).waitForEvent("close");
    await expect(app.getByRole("group", { name: "Signed in as" })).toContainText(SECOND_ADMIN.name);
    await expect(app.getByText("8 of 8 profiles")).toBeVisible();
    await expect(app.getByRole("region", { name: "Bulk renewal" })).toHaveCount(0);
    const kept = await appFrame(page).evaluate(() =>
      Object.keys(sessionStorage).filter((key) => key.startsWith("etc.")),
    );
    expect(kept).toEqual(["etc.owner"]);
    expect(graph.createTokenRequests).toHaveLength(sent);
  });
});
