import { expect, formatInPage, signIn, signOut, test } from "./fixtures";

test.describe("token journey against Entra ID and Graph (real MSAL, faked network)", () => {
  test.beforeEach(async ({ useEntraConfig }) => {
    await useEntraConfig();
  });

  test("sign in with redirect, pick a profile from a paged list, create a token", async ({
    page,
    entra,
    graph,
    loadedChunks,
  }) => {
    await page.goto("./");
    await expect(page.getByRole("heading", { name: "Sign in to issue enrollment tokens" })).toBeVisible();
    await signIn(page);

    // MSAL's redirect went through /authorize with PKCE and came back through the bridge page.
    expect(entra.authorizeRequests).toHaveLength(1);
    const authorize = entra.authorizeRequests[0]!.searchParams;
    expect(authorize.get("scope")).toContain("https://graph.microsoft.com/DeviceManagementConfiguration.ReadWrite.All");
    expect(authorize.get("redirect_uri")).toMatch(/\/redirect\.html$/);
    await expect(page.getByText("Adele Vance")).toBeVisible();
    await expect(page.getByText(/adele\.vance@contoso\.example/)).toBeVisible();

    // Five profiles in two collections, two at a time: every page of each was read and every profile is listed.
    await expect(page.getByRole("link", { name: "Hospital carts" })).toBeVisible();
    const listCalls = graph.requests.filter((r) => r.method === "GET" && !/Profiles\//.test(new URL(r.url).pathname));
    const deviceOwner = listCalls.filter((r) => r.url.includes("/androidDeviceOwnerEnrollmentProfiles?"));
    const legacy = listCalls.filter((r) => r.url.includes("/androidForWorkEnrollmentProfiles?"));
    expect(deviceOwner).toHaveLength(2);
    expect(new URL(deviceOwner[1]!.url).searchParams.get("$skiptoken")).toBe("2");
    expect(legacy).toHaveLength(1);
    await expect(page.getByText("5 of 5 profiles")).toBeVisible();
    await expect(page.getByRole("link", { name: "Digital signage" })).toContainText("No token");
    await expect(page.getByRole("link", { name: "Retail POS tablets" })).toContainText("Expired");
    await expect(page.getByRole("link", { name: "Warehouse scanners" })).toContainText("Dedicated");
    await expect(page.getByRole("link", { name: "Hospital carts" })).toContainText("Dedicated, Entra shared mode");
    await expect(page.getByRole("link", { name: "Field service" })).toContainText("AOSP userless");

    const target = graph.profiles.find((p) => p.displayName === "Warehouse scanners")!;
    await page.getByRole("link", { name: "Warehouse scanners" }).click();
    await expect(page).toHaveURL(new RegExp(`\\?kind=dedicated&profile=${target.id}$`));
    await expect(page.getByRole("heading", { name: "Warehouse scanners", level: 2 })).toBeVisible();

    // Keyboard only: Home = 1 hour, then 18 steps right = 14 days.
    const slider = page.getByRole("slider", { name: "Token validity" });
    await slider.focus();
    await page.keyboard.press("Home");
    await expect(slider).toHaveAttribute("aria-valuetext", "1 hour");
    for (let i = 0; i < 18; i++) await page.keyboard.press("ArrowRight");
    await expect(slider).toHaveAttribute("aria-valuetext", "14 days");
    await expect(page.getByText("Valid for 14 days")).toBeVisible();

    // The profile has a valid token: the button replaces it, and asks first.
    await page.getByRole("button", { name: "Replace token" }).click();
    const dialog = page.getByRole("dialog", { name: "Replace the token of “Warehouse scanners”?" });
    await expect(dialog).toContainText("148");
    await dialog.getByRole("button", { name: "Replace token" }).dblclick();
    const toast = page.getByRole("status").filter({ hasText: "Token created" });
    await expect(toast).toContainText("Token created for “Warehouse scanners”, replacing the previous one.");

    // Exactly one POST, with exactly the chosen validity and a bearer token the fake Entra issued.
    expect(graph.createTokenRequests).toHaveLength(1);
    const post = graph.createTokenRequests[0]!;
    expect(new URL(post.url).pathname).toBe(
      `/beta/deviceManagement/androidDeviceOwnerEnrollmentProfiles/${target.id}/createToken`,
    );
    expect(post.body).toBe(JSON.stringify({ tokenValidityInSeconds: 14 * 86_400 }));
    expect(entra.issuedAccessTokens.has(post.authorization!.replace(/^Bearer /, ""))).toBe(true);
    expect(post.clientRequestId).toMatch(/^[0-9a-f-]{36}$/);

    // The profile was re-read: the new expiry (local and UTC) and the new token appear.
    const local = await formatInPage(page, target.tokenExpirationDateTime);
    const utc = await formatInPage(page, target.tokenExpirationDateTime, "UTC");
    await expect(page.getByText(`Valid until ${local} (${utc})`)).toBeVisible();
    expect(utc).toMatch(/ UTC$/);
    await expect(toast).toContainText(local);
    expect(target.tokenValue).toMatch(/^NEWTOKEN/);
    await expect(page.getByText(target.tokenValue!)).toHaveCount(0);
    await page.getByRole("button", { name: "Show token" }).click();
    await expect(page.getByText(target.tokenValue!)).toBeVisible();

    // The new token's QR code (Graph's qrCodeImage), shown only when asked, and downloadable.
    const qr = page.getByRole("img", { name: "QR code that enrolls a device with this token" });
    await expect(qr).toHaveCount(0);
    await page.getByRole("button", { name: "Show QR code" }).click();
    await expect(qr).toHaveAttribute("src", `data:image/png;base64,${target.qrCodeImage!.value}`);
    expect(await qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(29);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download QR code" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^Warehouse scanners enrollment QR code \d{4}-\d\d-\d\d\.png$/);

    // The real path never loads the demo tenant.
    expect(loadedChunks.some((name) => name.startsWith("demo-"))).toBe(false);
    await page.screenshot({ path: "test-results/screens/journey-created.png", fullPage: true });
  });

  test("a shared link opens the same profile after sign-in, and a reload keeps it", async ({ page, graph }) => {
    const target = graph.profiles.find((p) => p.displayName === "Field service")!;
    await page.goto(`./?kind=aospUserless&profile=${target.id}`);
    await signIn(page);
    await expect(page).toHaveURL(new RegExp(`\\?kind=aospUserless&profile=${target.id}$`));
    await expect(page.getByRole("heading", { name: "Field service", level: 2 })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("heading", { name: "Field service", level: 2 })).toBeVisible();
    await expect(page.getByRole("link", { name: "Field service" })).toHaveAttribute("aria-current", "page");
  });

  test("filter as you type and sort by expiry", async ({ page }) => {
    await page.goto("./");
    await signIn(page);
    await page.getByRole("searchbox", { name: "Filter profiles" }).fill("technician");
    await expect(page.getByRole("list", { name: "Enrollment profiles" }).getByRole("link")).toHaveCount(1);
    await expect(page.getByRole("link", { name: "Field service" })).toBeVisible();
    await page.getByRole("searchbox", { name: "Filter profiles" }).fill("");
    await page.getByLabel("Sort by").selectOption("expiry");
    // toHaveText retries until the list has settled (sorting re-renders the rows after the select changes).
    await expect(page.locator("a[aria-labelledby] [id^=profile-name]")).toHaveText([
      "Retail POS tablets",
      "Warehouse scanners",
      "Field service",
      "Digital signage",
      "Hospital carts",
    ]);
  });

  test("sign out returns to the sign-in screen", async ({ page, entra }) => {
    await page.goto("./");
    await signIn(page);
    await signOut(page);
    expect(entra.logoutRequests).toHaveLength(1);
    expect(entra.errors).toEqual([]);
  });
});
