import type { Page } from "@playwright/test";
import { WIFI_PASSWORD, everyKind, profile, sampleProfiles } from "./fakes/graph";
import { expect, requestToken, signIn, test } from "./fixtures";

const DEVICE_OWNER = "/beta/deviceManagement/androidDeviceOwnerEnrollmentProfiles";
const LEGACY = "/beta/deviceManagement/androidForWorkEnrollmentProfiles";

/**
 * Each kind: its label, the collection it lives in, the longest validity Intune allows (written out here), and for
 * AOSP the id form Microsoft's sample writes with (the fake tenant takes either by default).
 */
const KINDS = [
  { kind: "dedicated", label: "Dedicated", path: DEVICE_OWNER, max: 2_051_244_000, slider: "65 years" },
  {
    kind: "dedicatedSharedMode",
    label: "Dedicated, Entra shared mode",
    path: DEVICE_OWNER,
    max: 2_051_244_000,
    slider: "65 years",
  },
  { kind: "fullyManaged", label: "Fully managed", path: DEVICE_OWNER, max: 2_051_244_000, slider: null },
  { kind: "workProfile", label: "Corporate-owned work profile", path: DEVICE_OWNER, max: 2_051_244_000, slider: null },
  { kind: "aospUserless", label: "AOSP userless", path: DEVICE_OWNER, max: 7_776_000, slider: "90 days", id: "AOSP-" },
  {
    kind: "aospUserAssociated",
    label: "AOSP user-associated",
    path: DEVICE_OWNER,
    max: 2_051_244_000,
    slider: "65 years",
    id: "AOSP-",
  },
  { kind: "legacy", label: "Android for Work (legacy)", path: LEGACY, max: 7_776_000, slider: "90 days" },
] as const;

const nameOf = (kind: string) => `Every kind: ${kind}`;

async function openProfile(page: Page, name: string) {
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { name, level: 2, exact: true })).toBeVisible();
}

test.describe("every kind of Android enrollment profile", () => {
  test.use({
    expectedConsoleErrors: [
      [/^Failed to load resource: the server responded with a status of (400|403|404|503)\b/],
      { scope: "test" },
    ],
  });

  test.beforeEach(async ({ useEntraConfig }) => {
    await useEntraConfig();
  });

  test("both collections are listed, every kind labelled, the staging token named, a kind filter with counts", async ({
    page,
    graph,
  }) => {
    graph.profiles = [
      ...everyKind(),
      profile({ kind: "fullyManaged", displayName: "Staged phones", enrollmentTokenType: "deviceStaging" }),
      profile({ kind: "dedicated", displayName: "Future kind", enrollmentMode: "somethingNewInGraphBeta" }),
    ];
    await page.goto("./");
    await signIn(page);
    await expect(page.getByText("9 of 9 profiles")).toBeVisible();
    for (const { kind, label } of KINDS) {
      await expect(page.getByRole("link", { name: nameOf(kind), exact: true })).toContainText(label);
    }
    await expect(page.getByRole("link", { name: "Staged phones" })).toContainText("Fully managed · staging token");
    await expect(page.getByRole("link", { name: "Future kind" })).toContainText("Android Enterprise (other)");
    await expect(page.getByRole("link", { name: nameOf("fullyManaged") })).toContainText("Does not expire");

    const kindFilter = page.getByRole("combobox", { name: "Kind" });
    await expect(kindFilter.getByRole("option")).toHaveText([
      "All kinds",
      "Dedicated (1)",
      "Dedicated, Entra shared mode (1)",
      "Fully managed (2)",
      "Corporate-owned work profile (1)",
      "AOSP userless (1)",
      "AOSP user-associated (1)",
      "Android for Work (legacy) (1)",
      "Android Enterprise (other) (1)",
    ]);
    await kindFilter.selectOption("fullyManaged");
    await expect(page.getByText("2 of 9 profiles")).toBeVisible();
    await page.getByRole("searchbox", { name: "Filter profiles" }).fill("staged");
    await expect(page.getByText("1 of 9 profiles")).toBeVisible();
    await expect(page.getByRole("list", { name: "Enrollment profiles" }).getByRole("link")).toHaveText([
      /^Staged phones/,
    ]);
    await page.screenshot({ path: "test-results/screens/kinds-list.png", fullPage: true });
  });

  test("a token for each kind at that kind's maximum: exactly one POST, to its collection, with the exact body", async ({
    page,
    graph,
  }) => {
    test.setTimeout(60_000);
    graph.profiles = everyKind();
    await page.goto("./");
    await signIn(page);
    for (const { kind, path, max, slider, ...rest } of KINDS) {
      const target = graph.profiles.find((p) => p.kind === kind)!;
      await openProfile(page, nameOf(kind));
      await expect(page).toHaveURL(new RegExp(`\\?kind=${kind}&profile=${target.id}$`));
      if (slider) {
        const control = page.getByRole("slider", { name: "Token validity" });
        await control.focus();
        await page.keyboard.press("End");
        await expect(control).toHaveAttribute("aria-valuetext", slider);
      } else {
        await expect(page.getByRole("slider")).toHaveCount(0);
        await expect(page.getByText(/^Tokens of this profile do not expire/)).toBeVisible();
      }
      const before = graph.createTokenRequests.length;
      await requestToken(page);
      await expect(page.getByRole("status").filter({ hasText: `Token created for “${nameOf(kind)}”` })).toBeVisible();
      const posts = graph.createTokenRequests.slice(before);
      expect(posts, kind).toHaveLength(1);
      const prefix = "id" in rest ? rest.id : "";
      expect(new URL(posts[0]!.url).pathname).toBe(`${path}/${prefix}${target.id}/createToken`);
      expect(posts[0]!.body).toBe(JSON.stringify({ tokenValidityInSeconds: max }));
      await page.getByRole("button", { name: "Close" }).click();
    }
    expect(graph.executedCreateTokens).toBe(KINDS.length);
  });

  test("a limit Intune enforces that the console did not expect: Intune's 400 is shown as it says, nothing retried", async ({
    page,
    graph,
  }) => {
    graph.profiles = everyKind();
    const target = graph.profiles.find((p) => p.kind === "dedicated")!;
    graph.maxValidityOverride.set(target.id, 30 * 86_400);
    await page.goto(`./?kind=dedicated&profile=${target.id}`);
    await signIn(page);
    const slider = page.getByRole("slider", { name: "Token validity" });
    await slider.focus();
    await page.keyboard.press("End");
    await requestToken(page);
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("Intune did not accept the request");
    await expect(alert).toContainText("Token validity must be between 3600 and 2592000 seconds for this profile.");
    await expect(alert).not.toContainText("_version");
    await expect(alert).toContainText(/Request ID: [0-9a-f-]{36}/);
    expect(graph.createTokenRequests).toHaveLength(1);
    expect(graph.executedCreateTokens).toBe(0);
  });

  for (const failure of [
    {
      status: 400,
      code: "BadRequest",
      message: "Resource not found for the segment 'androidDeviceOwnerEnrollmentProfiles'.",
    },
    { status: 403, code: "Forbidden", message: "Application is not authorized to perform this operation." },
    { status: 503, code: "ServiceUnavailable", message: "Service unavailable." },
  ]) {
    test(`one collection failing (${failure.status}) names it with its request-id; the other's profiles still work`, async ({
      page,
      graph,
    }) => {
      // A 503 is retried on its own three times before it is shown.
      for (let i = 0; i < (failure.status === 503 ? 4 : 1); i++) {
        graph.failNext("GET", /androidDeviceOwnerEnrollmentProfiles$/, failure.status, failure.code, failure.message);
      }
      await page.goto("./");
      await signIn(page);
      const alert = page.getByRole("alert");
      await expect(alert).toContainText(
        "Some profiles could not be loaded: corporate-owned Android Enterprise profiles (androidDeviceOwnerEnrollmentProfiles)",
        { timeout: 20_000 },
      );
      await expect(alert).toContainText(failure.message);
      await expect(alert).toContainText(/Request ID: [0-9a-f-]{36}/);
      await expect(page.getByText("2 of 2 profiles")).toBeVisible();
      await openProfile(page, "Retail POS tablets");
      await requestToken(page);
      await expect(page.getByRole("status").filter({ hasText: "Token created" })).toBeVisible();

      await alert.getByRole("button", { name: "Try again" }).click();
      await expect(page.getByText("5 of 5 profiles")).toBeVisible();
      await expect(page.getByRole("alert")).toHaveCount(0);
    });
  }

  test("a deep link names the kind and the id, for every kind, and survives a reload", async ({ page, graph }) => {
    // Eight page loads and a reload: on a busy 2-core machine more than the default 30 s.
    test.slow();
    graph.profiles = everyKind();
    await page.goto("./");
    await signIn(page);
    for (const { kind } of KINDS) {
      const target = graph.profiles.find((p) => p.kind === kind)!;
      await page.goto(`./?kind=${kind}&profile=${encodeURIComponent(target.id)}`);
      await expect(page.getByRole("heading", { name: nameOf(kind), level: 2, exact: true })).toBeVisible();
      await expect(page.getByRole("link", { name: nameOf(kind), exact: true })).toHaveAttribute("aria-current", "page");
    }
    await page.reload();
    await expect(page.getByRole("heading", { name: nameOf("legacy"), level: 2 })).toBeVisible();
  });

  test("AOSP: the token is its QR code, the list leaves token fields empty, and the Wi-Fi password is nowhere", async ({
    page,
    context,
    graph,
  }) => {
    graph.profiles = [...sampleProfiles(), ...everyKind()];
    const consoleText: string[] = [];
    page.on("console", (message) => consoleText.push(message.text()));
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("./");
    await signIn(page);
    await openProfile(page, nameOf("aospUserAssociated"));
    await expect(page.getByText(/scanning the QR code; the token's text cannot be used/)).toBeVisible();
    await expect(page.getByRole("button", { name: "Show token" })).toHaveCount(0);
    await page.getByRole("button", { name: "Show QR code" }).click();
    await expect(page.getByRole("img", { name: /QR code/ })).toBeVisible();
    await requestToken(page);
    await expect(page.getByRole("status").filter({ hasText: "Token created" })).toBeVisible();

    // The details came from a read by id: the list answered without the token.
    const reads = graph.requests.filter((r) => r.method === "GET" && /Profiles\/[^/?]+(\?|$)/.test(r.url));
    expect(reads.length).toBeGreaterThanOrEqual(2);

    const html = await page.content();
    const storage = await page.evaluate(() => JSON.stringify({ ...sessionStorage, ...localStorage }));
    const attributes = await page.evaluate(() =>
      [...document.querySelectorAll("*")].flatMap((el) => [...el.attributes].map((a) => a.value)).join("\n"),
    );
    for (const text of [html, storage, attributes, consoleText.join("\n")]) {
      expect(text).not.toContain(WIFI_PASSWORD);
    }
  });
});
