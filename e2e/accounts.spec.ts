import type { Page } from "@playwright/test";
import { ADMIN, CLIENT_ID, loginHintOf, SECOND_ADMIN, type FakeUser } from "./fakes/entra";
import { profile } from "./fakes/graph";
import { expect, requestToken, signIn, signOut, test } from "./fixtures";

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** Session storage entries that name the account (MSAL's cache: account, id, access and refresh tokens). */
const cachedFor = (page: Page, user: FakeUser) =>
  page.evaluate(
    (oid) => Object.entries(sessionStorage).filter(([key, value]) => key.includes(oid) || value.includes(oid)).length,
    user.oid,
  );

/** The console's own session keys. */
const appKeys = (page: Page) =>
  page.evaluate(() =>
    Object.keys(sessionStorage)
      .filter((key) => key.startsWith("etc."))
      .sort(),
  );

test("Switch account drops the first account's choices; Sign out then leaves no account, and a reload calls no Graph", async ({
  page,
  entra,
  graph,
  useEntraConfig,
}) => {
  await useEntraConfig();
  const signedInAs = page.getByRole("group", { name: "Signed in as" });
  const filter = page.getByRole("searchbox", { name: "Filter profiles" });
  const sort = page.getByLabel("Sort by");
  const slider = page.getByRole("slider", { name: "Token validity" });

  await page.goto("./");
  await signIn(page);
  await expect(signedInAs).toContainText(ADMIN.name);

  // The first admin's choices: a profile (in the URL), the filter, the sort and the validity.
  const target = graph.profiles.find((p) => p.displayName === "Field service")!;
  await filter.fill("phones");
  await sort.selectOption("expiry");
  await page.getByRole("link", { name: "Field service" }).click();
  await expect(page).toHaveURL(new RegExp(`\\?kind=aospUserless&profile=${target.id}$`));
  await slider.focus();
  await page.keyboard.press("Home");
  await expect(slider).toHaveAttribute("aria-valuetext", "1 hour");
  expect(await appKeys(page)).toEqual(["etc.filter", "etc.owner", "etc.sort", "etc.validity"]);

  // Switch account: Entra's account picker, where the admin picks the second account (a full-page redirect).
  entra.accountPickerChoice = SECOND_ADMIN;
  await page.getByRole("button", { name: "Switch account" }).click();
  await expect(signedInAs).toContainText(SECOND_ADMIN.name);
  expect(entra.authorizeRequests.at(-1)!.searchParams.get("prompt")).toBe("select_account");
  expect(await cachedFor(page, ADMIN)).toBeGreaterThan(0);
  expect(await cachedFor(page, SECOND_ADMIN)).toBeGreaterThan(0);

  // Nothing the first admin chose is there for the second.
  await expect(page.getByText("5 of 5 profiles")).toBeVisible();
  await expect(filter).toHaveValue("");
  await expect(sort).toHaveValue("name");
  expect(new URL(page.url()).search).toBe("");
  await expect(page.getByText("Select a profile")).toBeVisible();
  await page.getByRole("link", { name: "Field service" }).click();
  await expect(slider).toHaveAttribute("aria-valuetext", "7 days");
  expect(await appKeys(page)).toEqual(["etc.owner"]);

  // Sign out: both accounts leave the cache, and Entra ID is told whom to sign out.
  await signOut(page);
  expect(entra.logoutRequests).toHaveLength(1);
  expect(entra.logoutRequests[0]!.searchParams.get("logout_hint")).toBe(loginHintOf(SECOND_ADMIN));
  expect(await cachedFor(page, ADMIN)).toBe(0);
  expect(await cachedFor(page, SECOND_ADMIN)).toBe(0);
  expect(await appKeys(page)).toEqual([]);
  expect(new URL(page.url()).search).toBe("");

  // A reload stays signed out: no cached account is taken up, and nothing is asked of Graph.
  const graphRequests = graph.requests.length;
  const tokenRequests = entra.tokenRequests.length;
  await page.reload();
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
  expect(graph.requests.length).toBe(graphRequests);
  expect(entra.tokenRequests.length).toBe(tokenRequests);
});

test.describe("sign-out and the account that answers", () => {
  test.use({
    expectedConsoleErrors: [
      // 401: Graph's claims challenge; 400: the token endpoint asking for the admin (interaction_required).
      [
        /^Failed to load resource: the server responded with a status of (400|401)\b/,
        /^Failed to load resource: net::ERR_/,
      ],
      { scope: "test" },
    ],
  });

  /** While test.stuckFlag is set, MSAL's interaction flag cannot be removed (another MSAL instance keeps writing it). */
  const stickInteractionFlag = () => {
    const removeItem = Storage.prototype.removeItem;
    Storage.prototype.removeItem = function (key: string) {
      if (key === "msal.interaction.status" && sessionStorage.getItem("test.stuckFlag")) return;
      removeItem.call(this, key);
    };
  };

  /** MSAL's "an interaction is running" flag, as a sign-in popup closed by hand leaves it. */
  const plantInteractionFlag = (page: Page) =>
    page.evaluate(
      (clientId) => sessionStorage.setItem("msal.interaction.status", JSON.stringify({ clientId, type: "signin" })),
      CLIENT_ID,
    );

  test("a stale interaction flag does not stop Sign out: it is cleared, as sign-in does, and the admin is signed out", async ({
    page,
    entra,
    useEntraConfig,
  }) => {
    await useEntraConfig();
    await page.goto("./");
    await signIn(page);
    await plantInteractionFlag(page);
    await signOut(page);
    expect(entra.logoutRequests).toHaveLength(1);
    expect(await cachedFor(page, ADMIN)).toBe(0);
    await expect(page.getByRole("alert")).toHaveCount(0);
  });

  test("a sign-out that still fails says so on screen, and Sign out again works once it can", async ({
    page,
    entra,
    useEntraConfig,
  }) => {
    await useEntraConfig();
    // A flag that will not go away (another instance of MSAL keeps writing it): sign-out cannot start.
    await page.addInitScript(stickInteractionFlag);
    await page.goto("./");
    await signIn(page);
    await page.evaluate(() => sessionStorage.setItem("test.stuckFlag", "1"));
    await plantInteractionFlag(page);
    await page.getByRole("button", { name: "Sign out" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "Sign-out did not complete" });
    await expect(alert).toContainText("You may still be signed in");
    await expect(alert).toContainText("Another sign-in is still open");
    await expect(page.getByRole("group", { name: "Signed in as" })).toContainText(ADMIN.name);
    expect(entra.logoutRequests).toHaveLength(0);
    await page.screenshot({ path: "test-results/screens/sign-out-failed.png" });

    await page.evaluate(() => sessionStorage.removeItem("test.stuckFlag"));
    const back = page.waitForEvent("load");
    await alert.getByRole("button", { name: "Sign out again" }).click();
    await back;
    await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
    expect(entra.logoutRequests).toHaveLength(1);
  });

  test("a sign-out that fails still stops the bulk run and forgets it: the next account in the tab is never offered it", async ({
    page,
    entra,
    graph,
    useEntraConfig,
  }) => {
    // One write per 20 s: when the admin signs out, one request is out and the others wait their turn.
    await useEntraConfig({ bulkWritesPer20s: 1 });
    await page.addInitScript(stickInteractionFlag);
    graph.profiles = Array.from({ length: 8 }, (_, i) =>
      profile({
        kind: "dedicated",
        displayName: `Store ${i + 1}`,
        tokenValue: `OLD${i}`,
        tokenExpirationDateTime: inDays(3),
      }),
    );
    graph.pageSize = 100;
    await page.goto("./");
    await signIn(page);
    await page.getByRole("checkbox", { name: "Select all 8 shown" }).check();
    // A request is out when the admin signs out, and sign-out fails.
    const held = graph.profiles[0]!;
    let release!: () => void;
    graph.hold = {
      method: "POST",
      path: new RegExp(`${held.id}/createToken$`),
      release: new Promise<void>((resolve) => (release = resolve)),
    };
    await page.getByRole("button", { name: "Renew tokens…" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Renew 8 tokens" }).click();
    await expect.poll(() => graph.createTokenRequests.some((r) => r.url.includes(held.id))).toBe(true);
    await page.evaluate(() => sessionStorage.setItem("test.stuckFlag", "1"));
    await plantInteractionFlag(page);
    await page.getByRole("button", { name: "Sign out" }).click();
    // The run stopped and was forgotten before anything else was, failed sign-out or not.
    await expect(page.getByRole("region", { name: "Bulk renewal" })).toHaveCount(0);
    await expect(page.getByRole("alert").filter({ hasText: "Sign-out did not complete" })).toBeVisible();
    const sent = graph.createTokenRequests.length;
    expect(sent).toBe(1);

    // The request that was out comes back; nothing may write the run back for whoever comes next.
    const answered = page.waitForResponse((response) => response.url().includes(`${held.id}/createToken`));
    release();
    await answered;
    await page.evaluate(() => sessionStorage.removeItem("test.stuckFlag"));
    entra.accountPickerChoice = SECOND_ADMIN;
    await page.getByRole("button", { name: "Switch account" }).click();
    await expect(page.getByRole("group", { name: "Signed in as" })).toContainText(SECOND_ADMIN.name);
    await expect(page.getByText("8 of 8 profiles")).toBeVisible();
    await expect(page.getByRole("region", { name: "Bulk renewal" })).toHaveCount(0);
    expect(await appKeys(page)).toEqual(["etc.owner"]);
    expect(graph.createTokenRequests).toHaveLength(sent);
  });

  test("a re-authentication answered by another account: its token is not used, the console says who answered, and stops", async ({
    page,
    entra,
    graph,
    useEntraConfig,
  }) => {
    await useEntraConfig();
    await page.goto("./");
    await signIn(page);
    await page.getByRole("link", { name: "Warehouse scanners" }).click();
    // createToken meets a Conditional Access challenge that needs the admin: a redirect to Entra ID, where the admin
    // picks another account. MSAL asks with the signed-in account's login_hint and no prompt, so the fake's account
    // picker (accountPickerChoice, which answers prompt=select_account) is not shown: Megan holding Entra's session
    // stands for the admin choosing her there.
    entra.claimsNeedInteraction = true;
    graph.failNext("POST", /\/createToken$/, 401, "InvalidAuthenticationToken", "claims challenge", {
      headers: {
        "www-authenticate": `Bearer realm="", error="insufficient_claims", claims="${Buffer.from(
          '{"access_token":{"acrs":{"essential":true,"value":"c1"}}}',
        ).toString("base64")}"`,
      },
    });
    entra.user = SECOND_ADMIN;
    const graphBefore = graph.requests.length;
    await requestToken(page);

    const notice = page.getByRole("alert").filter({ hasText: "Another account answered the sign-in" });
    await expect(notice).toContainText(`signed in as ${SECOND_ADMIN.name} (${SECOND_ADMIN.upn})`);
    await expect(notice).toContainText(`the console is signed in as ${ADMIN.name} (${ADMIN.upn})`);
    await expect(page.getByRole("group", { name: "Signed in as" })).toContainText(ADMIN.name);
    await expect(page.getByText("5 of 5 profiles")).toBeVisible();
    await page.screenshot({ path: "test-results/screens/other-account-answered.png" });

    // Megan's tokens were issued, and never reached Graph; nothing was created; her account left MSAL's cache.
    const megansTokens = [...entra.accessTokenUsers].filter(([, user]) => user === SECOND_ADMIN).map(([at]) => at);
    expect(megansTokens.length).toBeGreaterThan(0);
    const used = graph.requests.slice(graphBefore).map((r) => r.authorization?.replace(/^Bearer /, ""));
    for (const token of used) expect(entra.accessTokenUsers.get(token!)).toBe(ADMIN);
    expect(graph.executedCreateTokens).toBe(0);
    expect(await cachedFor(page, SECOND_ADMIN)).toBe(0);
  });
});
