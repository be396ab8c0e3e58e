import type { Page } from "@playwright/test";
import { ADMIN } from "./fakes/entra";
import { WIFI_PASSWORD, everyKind, profile, sampleProfiles, type FakeGraph } from "./fakes/graph";
import { expect, requestToken, signIn, test } from "./fixtures";

// What the issue "Intune as it is" changed, end to end in the production build: AOSP user-associated tokens up to
// 65 years, the AOSP id form (either way a tenant wants it), a tenant that refuses the validity, and diagnostics.

const DAY = 86_400;
const DEVICE_OWNER = "/beta/deviceManagement/androidDeviceOwnerEnrollmentProfiles";
const posts = (graph: FakeGraph) =>
  graph.requests
    .filter((r) => r.method === "POST")
    .map((r) => `${new URL(r.url).pathname.replace(DEVICE_OWNER, "")} ${r.status}`);

async function open(page: Page, name: string) {
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { name, level: 2, exact: true })).toBeVisible();
}

async function sliderToEnd(page: Page, expected: string) {
  const slider = page.getByRole("slider", { name: "Token validity" });
  await slider.focus();
  await page.keyboard.press("End");
  await expect(slider).toHaveAttribute("aria-valuetext", expected);
}

const created = (page: Page, name: string) =>
  page.getByRole("status").filter({ hasText: `Token created for “${name}”` });

test.describe("Intune as it is", () => {
  test.use({
    expectedConsoleErrors: [
      [/^Failed to load resource: the server responded with a status of (400|404)\b/],
      { scope: "test" },
    ],
  });
  test.beforeEach(async ({ useEntraConfig }) => {
    await useEntraConfig();
  });

  test("AOSP user-associated at the slider's end sends exactly 2,051,244,000 s (65 years); userless stays at 90 days", async ({
    page,
    graph,
  }) => {
    graph.profiles = everyKind();
    await page.goto("./");
    await signIn(page);
    const associated = graph.profiles.find((p) => p.kind === "aospUserAssociated")!;
    await open(page, associated.displayName!);
    await sliderToEnd(page, "65 years");
    await expect(page.getByText("AOSP user-associated tokens can be valid for up to 65 years.")).toBeVisible();
    await requestToken(page);
    await expect(created(page, associated.displayName!)).toBeVisible();

    const userless = graph.profiles.find((p) => p.kind === "aospUserless")!;
    await open(page, userless.displayName!);
    await sliderToEnd(page, "90 days");
    await requestToken(page);
    await expect(created(page, userless.displayName!)).toBeVisible();

    expect(graph.createTokenRequests.map((r) => r.body)).toEqual([
      JSON.stringify({ tokenValidityInSeconds: 2_051_244_000 }),
      JSON.stringify({ tokenValidityInSeconds: 7_776_000 }),
    ]);
    expect(graph.executedCreateTokens).toBe(2);
  });

  test("a tenant that wants AOSP-<id> (Microsoft's sample's form): one write, to that form", async ({
    page,
    graph,
  }) => {
    graph.profiles = everyKind();
    graph.tenant.aospWriteIds = "prefixedOnly";
    const target = graph.profiles.find((p) => p.kind === "aospUserless")!;
    await page.goto("./");
    await signIn(page);
    await open(page, target.displayName!);
    await requestToken(page);
    await expect(created(page, target.displayName!)).toBeVisible();
    expect(posts(graph)).toEqual([`/AOSP-${target.id}/createToken 204`]);
    expect(graph.createdFor.get(target.id)).toBe(1);
  });

  test("a tenant that wants the bare id: the prefixed try's 404 (nothing written), then one write; later writes, a reload and a bulk run send one request each", async ({
    page,
    graph,
  }) => {
    const fleet = [1, 2, 3].map((n) =>
      profile({
        kind: "aospUserless",
        displayName: `Headsets ${n}`,
        tokenValue: `OLDTOKEN${n}`,
        tokenExpirationDateTime: new Date(Date.now() + 3 * DAY * 1000).toISOString(),
      }),
    );
    graph.profiles = [...fleet, ...sampleProfiles()];
    graph.tenant.aospWriteIds = "bareOnly";
    const [first] = fleet;
    await page.goto("./");
    await signIn(page);
    await open(page, first!.displayName!);
    await requestToken(page);
    await expect(created(page, first!.displayName!)).toBeVisible();
    expect(posts(graph)).toEqual([`/AOSP-${first!.id}/createToken 404`, `/${first!.id}/createToken 204`]);

    // The form is kept for the tenant and the session: a revoke, even after a reload, sends one request.
    await page.reload();
    await expect(page.getByRole("heading", { name: first!.displayName!, level: 2 })).toBeVisible();
    await page.getByRole("button", { name: "Revoke token" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Revoke token" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Token revoked" })).toBeVisible();
    expect(posts(graph).slice(2)).toEqual([`/${first!.id}/revokeToken 204`]);

    // The bulk run shares it: one request per profile.
    await page.getByRole("searchbox", { name: "Filter profiles" }).fill("Headsets");
    await page.getByRole("checkbox", { name: "Select all 3 shown" }).check();
    await page.getByRole("button", { name: "Renew tokens…" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Renew 3 tokens" }).click();
    await expect(page.getByRole("region", { name: "Bulk renewal" })).toContainText("Renewed 3 of 3 tokens. 0 failed.", {
      timeout: 20_000,
    });
    expect(posts(graph).slice(3).sort()).toEqual(fleet.map((p) => `/${p.id}/createToken 204`).sort());
    for (const p of fleet) expect(graph.createdFor.get(p.id), p.displayName!).toBe(p === first ? 2 : 1);
  });

  test("a tenant that refuses the validity (AOSP user-associated still at 90 days): said in words, the allowed value one click away, nothing retried", async ({
    page,
    graph,
  }) => {
    graph.profiles = everyKind();
    graph.tenant.modeValidityOverrides.set("corporateOwnedAOSPUserAssociatedDevice", 90 * DAY);
    const target = graph.profiles.find((p) => p.kind === "aospUserAssociated")!;
    await page.goto("./");
    await signIn(page);
    await open(page, target.displayName!);
    await sliderToEnd(page, "65 years");
    await requestToken(page);

    const alert = page.getByRole("alert");
    await expect(alert).toContainText("Intune did not accept the request");
    await expect(alert).toContainText("Token validity must be between 3600 and 7776000 seconds for this profile.");
    await expect(alert).toContainText(
      "Intune refused a token valid for 65 years: for this profile it allows up to 90 days. Your choice is kept, and nothing is sent again until you ask.",
    );
    await expect(page.getByRole("slider", { name: "Token validity" })).toHaveAttribute("aria-valuetext", "65 years");
    await page.waitForTimeout(500);
    expect(graph.createTokenRequests).toHaveLength(1);

    await alert.getByRole("button", { name: "Use 90 days" }).click();
    await expect(page.getByRole("slider", { name: "Token validity" })).toHaveAttribute("aria-valuetext", "90 days");
    await expect(page.getByText("Validity set to 90 days. Create the token when you are ready.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Replace token" })).toBeFocused();
    await page.waitForTimeout(500);
    expect(graph.createTokenRequests).toHaveLength(1);
    await page.screenshot({ path: "test-results/screens/refused-validity-applied.png", fullPage: true });

    await requestToken(page);
    await expect(created(page, target.displayName!)).toBeVisible();
    expect(graph.createTokenRequests.map((r) => [r.body, r.status])).toEqual([
      [JSON.stringify({ tokenValidityInSeconds: 2_051_244_000 }), 400],
      [JSON.stringify({ tokenValidityInSeconds: 7_776_000 }), 204],
    ]);
  });

  for (const { width, name } of [
    { width: 1440, name: "the header" },
    { width: 390, name: "the account menu" },
  ]) {
    test(`Copy diagnostics (${name}): the request-ids of the Graph calls, and no token, QR code, Wi-Fi setting, access token or profile name`, async ({
      page,
      context,
      entra,
      graph,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await context.grantPermissions(["clipboard-read", "clipboard-write"]);
      graph.profiles = [...sampleProfiles(), ...everyKind()];
      graph.tenant.aospWriteIds = "bareOnly";
      // Token values as they are before anything is renewed, and the names and descriptions the page shows.
      const seen = graph.profiles.flatMap((p) => [p.id, p.displayName, p.description, p.tokenValue, p.qrCodeContent]);
      await page.goto("./");
      await signIn(page);
      const aosp = graph.profiles.find((p) => p.kind === "aospUserAssociated")!;
      await open(page, aosp.displayName!);
      await page.getByRole("button", { name: "Show QR code" }).click();
      await expect(page.getByRole("img", { name: /QR code/ })).toBeVisible();
      await requestToken(page);
      await expect(created(page, aosp.displayName!)).toBeVisible();

      if (width < 900) await page.getByRole("button", { name: `Account: ${ADMIN.name}` }).click();
      const copy = page.getByRole("button", { name: "Copy diagnostics" });
      await copy.click();
      await expect(page.getByRole("status").filter({ hasText: "Diagnostics copied to the clipboard." })).toHaveCount(1);
      await page.screenshot({ path: `test-results/screens/diagnostics-${width}.png` });
      const report = await page.evaluate(() => navigator.clipboard.readText());

      const secrets = [
        ...seen,
        ...graph.profiles.flatMap((p) => [p.tokenValue, p.qrCodeContent, p.qrCodeImage?.value, p.wifiSsid]),
        WIFI_PASSWORD,
        ...entra.issuedAccessTokens,
      ].filter((value): value is string => typeof value === "string" && value.length > 0);
      expect(secrets.length).toBeGreaterThan(40);
      for (const secret of secrets) expect(report).not.toContain(secret);

      const [, json] = report.split(/\n(?=\{)/);
      const parsed = JSON.parse(json!) as { graphCalls: { requestId: string; path: string; status: number }[] };
      const answered = graph.requests.filter((r) => r.requestId !== null);
      expect(answered.length).toBeLessThanOrEqual(30);
      // The two collections are read in parallel: the order they reach the fake may differ from the order sent.
      expect(parsed.graphCalls.map((call) => call.requestId).sort()).toEqual(answered.map((r) => r.requestId).sort());
      expect(parsed.graphCalls.map((call) => `${call.path} ${call.status}`)).toEqual(
        expect.arrayContaining([
          `${DEVICE_OWNER}/AOSP-{aospUserAssociated}/createToken 404`,
          `${DEVICE_OWNER}/{aospUserAssociated}/createToken 204`,
        ]),
      );
      expect(report).toContain("AOSP profile id in createToken and revokeToken: <id>");
      expect(report).toMatch(
        /androidDeviceOwnerEnrollmentProfiles: HTTP 200, \d+ pages, last request-id [0-9a-f-]{36}/,
      );
    });
  }
});
