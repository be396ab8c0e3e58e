import type { Page } from "@playwright/test";
import { CLIENT_ID } from "./fakes/entra";
import { expect, requestToken, signIn, test, tokenButton } from "./fixtures";

const CREATE = /\/createToken$/;
const DETAIL = /Profiles\/[^/]+$/;
const LIST = /Profiles$/;
const DEVICE_OWNER_LIST = /androidDeviceOwnerEnrollmentProfiles$/;
const challenge = (claims: string) =>
  `Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", error="insufficient_claims", claims="${Buffer.from(claims).toString("base64")}"`;
const MFA_CLAIMS = '{"access_token":{"acrs":{"essential":true,"value":"c1"}}}';

async function openProfile(page: Page, name: string) {
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { name, level: 2 })).toBeVisible();
}

/** Sets the slider with the keyboard: Home (1 hour), then `steps` to the right. */
async function chooseValidity(page: Page, steps: number, expected: string) {
  const slider = page.getByRole("slider", { name: "Token validity" });
  await slider.focus();
  await page.keyboard.press("Home");
  for (let i = 0; i < steps; i++) await page.keyboard.press("ArrowRight");
  await expect(slider).toHaveAttribute("aria-valuetext", expected);
}

/** Confirms a replacement that the admin asked for again ("Try again" asks before it replaces). */
const confirmReplace = (page: Page) =>
  page
    .getByRole("dialog", { name: /^Replace the token of/ })
    .getByRole("button", { name: "Replace token" })
    .click();
const created = (page: Page) => page.getByRole("status").filter({ hasText: "Token created" });

test.describe("fault matrix: the real app against a misbehaving Entra ID and Graph", () => {
  // The browser logs every failed response it is served on purpose here; anything else still fails the test.
  test.use({
    expectedConsoleErrors: [
      [
        /^Failed to load resource: the server responded with a status of (400|401|403|404|429|500|502|503|504)\b/,
        /^Failed to load resource: net::ERR_CONNECTION_RESET$/,
      ],
      { scope: "test" },
    ],
  });

  test.beforeEach(async ({ useEntraConfig }) => {
    await useEntraConfig();
  });

  test.describe("token acquisition", () => {
    test("consent_required at sign-in explains that an admin must consent, naming the permission", async ({
      page,
      entra,
    }) => {
      entra.nextAuthorizeError = "consent_required";
      await page.goto("./");
      await page.getByRole("button", { name: "Sign in" }).click();
      const alert = page.getByRole("alert");
      await expect(alert).toContainText("An administrator must grant consent first");
      await expect(alert).toContainText("DeviceManagementConfiguration.ReadWrite.All");
      await expect(alert).toContainText("Error code: consent_required");
      // Once consent is granted, the same button works.
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    });

    test("an interaction flag left over from a closed popup or an abandoned redirect is recovered without a reload", async ({
      page,
    }) => {
      await page.goto("./");
      await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
      await page.evaluate(
        (clientId) => sessionStorage.setItem("msal.interaction.status", JSON.stringify({ clientId, type: "signin" })),
        CLIENT_ID,
      );
      await signIn(page);
    });
  });

  test.describe("Conditional Access and continuous access evaluation", () => {
    test("a claims challenge gets a token with those claims silently, and the read is retried once", async ({
      page,
      entra,
      graph,
    }) => {
      graph.failNext(
        "GET",
        DEVICE_OWNER_LIST,
        401,
        "InvalidAuthenticationToken",
        "Continuous access evaluation resulted in challenge",
        { headers: { "www-authenticate": challenge(MFA_CLAIMS) } },
      );
      await page.goto("./");
      await signIn(page);
      await expect(page.getByText("5 of 5 profiles")).toBeVisible();
      // CP1 is declared on every request, and the challenge's claims reached the token endpoint.
      expect(entra.authorizeRequests[0]!.searchParams.get("claims")).toContain('"xms_cc":{"values":["CP1"]}');
      expect(
        entra.tokenRequests.some(
          (body) => body.get("grant_type") === "refresh_token" && body.get("claims")?.includes('"acrs"'),
        ),
      ).toBe(true);
      const firstPage = graph.requests.filter(
        (r) => r.method === "GET" && DEVICE_OWNER_LIST.test(new URL(r.url).pathname) && !r.url.includes("skiptoken"),
      );
      expect(firstPage).toHaveLength(2);
      expect(firstPage[0]!.authorization).not.toBe(firstPage[1]!.authorization);
    });

    test("a challenge that needs MFA on createToken: redirect round trip, everything kept, nothing sent on its own", async ({
      page,
      entra,
      graph,
    }) => {
      await page.goto("./");
      await signIn(page);
      await page.getByRole("searchbox", { name: "Filter profiles" }).fill("ware");
      await openProfile(page, "Warehouse scanners");
      await chooseValidity(page, 34, "30 days");
      entra.claimsNeedInteraction = true;
      graph.failNext("POST", CREATE, 401, "InvalidAuthenticationToken", "claims challenge", {
        headers: { "www-authenticate": challenge(MFA_CLAIMS) },
      });
      const authorizeBefore = entra.authorizeRequests.length;
      await requestToken(page);

      // Entra was asked again, with the claims; the app came back to the same profile with the same choices.
      await expect(page.getByText(/You were creating a token for this profile, valid for 30 days/)).toBeVisible();
      expect(entra.authorizeRequests.length).toBe(authorizeBefore + 1);
      expect(entra.authorizeRequests.at(-1)!.searchParams.get("claims")).toContain('"acrs"');
      await expect(page.getByRole("searchbox", { name: "Filter profiles" })).toHaveValue("ware");
      await expect(page.getByRole("slider", { name: "Token validity" })).toHaveAttribute("aria-valuetext", "30 days");
      await expect(page.getByRole("heading", { name: "Warehouse scanners", level: 2 })).toBeVisible();
      expect(graph.executedCreateTokens).toBe(0);
      await page.waitForTimeout(500);
      expect(graph.createTokenRequests).toHaveLength(1);

      await requestToken(page);
      await expect(created(page)).toBeVisible();
      expect(graph.executedCreateTokens).toBe(1);
      expect(JSON.parse(graph.createTokenRequests.at(-1)!.body!)).toEqual({ tokenValidityInSeconds: 30 * 86_400 });
    });
  });

  test.describe("Graph errors", () => {
    test("400 on createToken: Intune's readable message, and the chosen validity stays", async ({ page, graph }) => {
      await page.goto("./");
      await signIn(page);
      await openProfile(page, "Field service");
      await chooseValidity(page, 11, "7 days");
      graph.failNext("POST", CREATE, 400, "BadRequest", "Token validity is not supported for this profile type.", {
        intune: true,
      });
      await requestToken(page);
      const alert = page.getByRole("alert");
      await expect(alert).toContainText("Intune did not accept the request");
      await expect(alert).toContainText("Token validity is not supported for this profile type.");
      await expect(alert).not.toContainText("_version");
      await expect(page.getByRole("slider", { name: "Token validity" })).toHaveAttribute("aria-valuetext", "7 days");
      await expect(page).toHaveURL(/\?kind=aospUserless&profile=/);
      expect(graph.createTokenRequests).toHaveLength(1);
    });

    test("401 once: the token is renewed and the request sent once more; 401 again: asks to sign in again", async ({
      page,
      entra,
      graph,
    }) => {
      graph.failNext(
        "GET",
        LIST,
        401,
        "InvalidAuthenticationToken",
        "Lifetime validation failed, the token is expired.",
      );
      await page.goto("./");
      await signIn(page);
      await expect(page.getByText("5 of 5 profiles")).toBeVisible();
      expect(entra.tokenRequests.filter((b) => b.get("grant_type") === "refresh_token")).toHaveLength(1);

      await openProfile(page, "Field service");
      for (let i = 0; i < 2; i++) {
        graph.failNext("POST", CREATE, 401, "InvalidAuthenticationToken", "Access token has expired.");
      }
      await requestToken(page);
      const alert = page.getByRole("alert");
      await expect(alert).toContainText("Your sign-in is no longer accepted");
      await expect(alert.getByRole("button", { name: "Sign in again" })).toBeVisible();
      expect(graph.createTokenRequests).toHaveLength(2);
      expect(graph.executedCreateTokens).toBe(0);
    });

    test("403: names the permission, the admin consent and the Intune role", async ({ page, graph }) => {
      graph.failNext("GET", LIST, 403, "Forbidden", "Application is not authorized to perform this operation.", {
        intune: true,
      });
      await page.goto("./");
      await signIn(page);
      const alert = page.getByRole("alert");
      await expect(alert).toContainText("You are not allowed to do this");
      await expect(alert).toContainText("DeviceManagementConfiguration.ReadWrite.All");
      await expect(alert).toContainText("admin consent");
      await expect(alert).toContainText("Intune role");
      await alert.getByRole("button", { name: "Try again" }).click();
      await expect(page.getByText("5 of 5 profiles")).toBeVisible();
    });

    test("404: the profile no longer exists; the admin is told and the list is read again", async ({ page, graph }) => {
      await page.goto("./");
      await signIn(page);
      await expect(page.getByText("5 of 5 profiles")).toBeVisible();
      const gone = graph.profiles.find((p) => p.displayName === "Hospital carts")!;
      graph.profiles = graph.profiles.filter((p) => p !== gone);
      const listReads = () => graph.requests.filter((r) => LIST.test(new URL(r.url).pathname)).length;
      const before = listReads();
      await page.getByRole("link", { name: "Hospital carts" }).click();
      await expect(page.getByText("The profile in the link was not found in this tenant.")).toBeVisible();
      await expect(page.getByRole("link", { name: "Hospital carts" })).toHaveCount(0);
      expect(listReads()).toBeGreaterThan(before);
    });

    test("429 on a read: waits as long as Retry-After says, shows the wait, then loads on its own", async ({
      page,
      graph,
    }) => {
      graph.failNext("GET", LIST, 429, "TooManyRequests", "Too many requests", { headers: { "retry-after": "2" } });
      await page.goto("./");
      await signIn(page);
      await expect(page.getByRole("status").filter({ hasText: "throttling" })).toContainText(
        /Trying again in [12] seconds? /,
      );
      await expect(page.getByText("5 of 5 profiles")).toBeVisible();
    });

    test("429 on createToken: retried after Retry-After, and the token is created exactly once", async ({
      page,
      graph,
    }) => {
      await page.goto("./");
      await signIn(page);
      await openProfile(page, "Digital signage");
      graph.failNext("POST", CREATE, 429, "TooManyRequests", "Too many requests", { headers: { "retry-after": "2" } });
      await requestToken(page);
      await expect(page.getByRole("status").filter({ hasText: "throttling" })).toBeVisible();
      await expect(created(page)).toBeVisible();
      expect(graph.createTokenRequests).toHaveLength(2);
      expect(graph.executedCreateTokens).toBe(1);
    });

    test("503 on a read: retried on its own", async ({ page, graph }) => {
      graph.failNext("GET", LIST, 503, "ServiceUnavailable", "Service unavailable");
      await page.goto("./");
      await signIn(page);
      await expect(page.getByText("5 of 5 profiles")).toBeVisible();
    });

    for (const fault of [
      { name: "500", status: 500 },
      { name: "502", status: 502 },
      { name: "503", status: 503 },
      { name: "504", status: 504 },
      { name: "a network failure", status: 0, abort: true },
    ]) {
      test(`${fault.name} on createToken: never retried; Try again offered; the profile is re-read`, async ({
        page,
        graph,
      }) => {
        await page.goto("./");
        await signIn(page);
        await openProfile(page, "Field service");
        await chooseValidity(page, 11, "7 days");
        const detailReads = () =>
          graph.requests.filter((r) => r.method === "GET" && DETAIL.test(new URL(r.url).pathname)).length;
        const before = detailReads();
        graph.failNext("POST", CREATE, fault.status, "ServiceError", "Upstream failure", { abort: fault.abort });
        await requestToken(page);
        const alert = page.getByRole("alert");
        await expect(alert).toContainText("The token may or may not have been created");
        await expect.poll(detailReads).toBeGreaterThan(before);
        await page.waitForTimeout(1500);
        expect(graph.createTokenRequests).toHaveLength(1);
        await expect(page.getByRole("slider", { name: "Token validity" })).toHaveAttribute("aria-valuetext", "7 days");
        await alert.getByRole("button", { name: "Try again" }).click();
        await confirmReplace(page);
        await expect(created(page)).toBeVisible();
        expect(graph.createTokenRequests).toHaveLength(2);
      });
    }

    test("timeout: a createToken with no answer is abandoned after 30 s, not retried, and the profile re-read", async ({
      page,
      graph,
    }) => {
      await page.clock.install();
      await page.goto("./");
      await signIn(page);
      await openProfile(page, "Field service");
      let release!: () => void;
      graph.hold = { method: "POST", path: CREATE, release: new Promise<void>((resolve) => (release = resolve)) };
      await requestToken(page);
      await expect(page.getByText("Replacing token…")).toBeVisible();
      await page.clock.runFor(31_000);
      const alert = page.getByRole("alert");
      await expect(alert).toContainText("Microsoft Graph did not answer in time");
      await expect(alert).toContainText("The token may or may not have been created");
      graph.hold = null;
      release();
      expect(graph.createTokenRequests).toHaveLength(1);
    });

    test("offline: the admin is told, nothing is sent, and the console carries on when the connection is back", async ({
      page,
      context,
      graph,
    }) => {
      await page.goto("./");
      await signIn(page);
      await openProfile(page, "Field service");
      await context.setOffline(true);
      await expect(page.getByRole("status").filter({ hasText: "You are offline" })).toBeVisible();
      await expect(tokenButton(page)).toBeDisabled();
      await context.setOffline(false);
      await expect(page.getByRole("status").filter({ hasText: "You are offline" })).toHaveCount(0);
      await requestToken(page);
      await expect(created(page)).toBeVisible();
      expect(graph.createTokenRequests).toHaveLength(1);
    });

    test("every error shows request-id, client-request-id and time, and copies them for a support ticket", async ({
      page,
      context,
      graph,
    }) => {
      await context.grantPermissions(["clipboard-read", "clipboard-write"]);
      await page.goto("./");
      await signIn(page);
      await openProfile(page, "Field service");
      graph.failNext("POST", CREATE, 400, "BadRequest", "Nope");
      await requestToken(page);
      const alert = page.getByRole("alert");
      await expect(alert).toContainText(/Request ID: [0-9a-f-]{36}/);
      await expect(alert).toContainText(/Client request ID: [0-9a-f-]{36}/);
      // The time in words, in the browser's zone and in UTC, to the second: never a raw ISO string.
      await expect(alert).toContainText(
        /Time: \w{3} \d{1,2}, \d{4}, \d{1,2}:\d\d:\d\d [AP]M \S+ \(.+:\d\d [AP]M UTC\)/,
      );
      await expect(alert).not.toContainText(/\d{4}-\d\d-\d\dT/);
      await alert.getByRole("button", { name: "Copy details" }).click();
      await expect(alert.getByRole("button", { name: "Details copied" })).toBeVisible();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toContain("Client request ID: " + graph.createTokenRequests[0]!.clientRequestId);
      expect(copied).not.toMatch(/Bearer|fake-at/);
    });
  });
});
