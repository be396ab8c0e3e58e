import { expect, test, tokenButton } from "./fixtures";

test("the demo tenant: signed-in demo admin, pick a profile, create a token, no network to Microsoft", async ({
  page,
  loadedChunks,
}) => {
  const microsoft: string[] = [];
  page.on("request", (request) => {
    if (/microsoft(online)?\.com/.test(new URL(request.url()).hostname)) microsoft.push(request.url());
  });
  await page.goto("./");
  await expect(page.getByText("Demo tenant")).toBeVisible();
  await expect(page.getByText("Megan Bowen (demo)")).toBeVisible();
  await expect(page.getByText("12 of 12 profiles")).toBeVisible();
  await page.screenshot({ path: "test-results/screens/demo-list.png", fullPage: true });

  const link = page.getByRole("link", { name: "Digital signage – HQ lobby" });
  await expect(link).toContainText("No token");
  await link.click();
  await expect(page.getByText("This profile has no token yet. Create one below.")).toBeVisible();
  const slider = page.getByRole("slider", { name: "Token validity" });
  await slider.focus();
  await page.keyboard.press("End");
  await expect(slider).toHaveAttribute("aria-valuetext", "90 days");
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(tokenButton(page)).toBeDisabled();
  await expect(page.getByRole("status").filter({ hasText: "Token created" })).toContainText(
    "Token created for “Digital signage – HQ lobby”",
  );
  await expect(page.getByRole("link", { name: "Digital signage – HQ lobby" })).toContainText("Valid until");
  await expect(page.getByText(/^Valid until .* UTC\)$/)).toBeVisible();
  await page.getByRole("button", { name: "Show QR code" }).click();
  await expect(page.getByRole("img", { name: "QR code that enrolls a device with this token" })).toHaveAttribute(
    "src",
    /^data:image\/png;base64,/,
  );
  await page.screenshot({ path: "test-results/screens/demo-created.png", fullPage: true });

  expect(loadedChunks.some((name) => name.startsWith("demo-"))).toBe(true);
  expect(microsoft).toEqual([]);
});

test("demo: switching account and signing out drop what was read for the previous account", async ({ page }) => {
  await page.goto("./");
  await expect(page.getByText("Megan Bowen (demo)")).toBeVisible();
  await expect(page.getByText("12 of 12 profiles")).toBeVisible();
  // The cache was dropped: the list is read again for the new account instead of shown from memory. The
  // loading state lasts as long as the demo's Graph latency, so it is watched for from before the click.
  const loading = page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const seen = () => document.querySelector('[role="status"][aria-label="Loading enrollment profiles"]');
        new MutationObserver(() => seen() && resolve()).observe(document.body, { childList: true, subtree: true });
      }),
  );
  await page.getByRole("button", { name: "Switch account" }).click();
  await expect(page.getByText("Alex Wilber (demo)")).toBeVisible();
  await loading;
  await expect(page.getByText("12 of 12 profiles")).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("12 of 12 profiles")).toBeVisible();
});

test("demo: profiles of every kind, stable ids, and a reload keeps the selected profile", async ({ page }) => {
  await page.goto("./");
  await expect(page.getByText("12 of 12 profiles")).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Kind" }).getByRole("option")).toHaveText([
    "All kinds",
    "Dedicated (2)",
    "Dedicated, Entra shared mode (1)",
    "Fully managed (2)",
    "Corporate-owned work profile (1)",
    "AOSP userless (2)",
    "AOSP user-associated (1)",
    "Android for Work (legacy) (3)",
  ]);
  // Tokens in every state: the overview counts each group across all kinds.
  const allKinds = page.getByRole("row", { name: /^All kinds/ });
  for (const [group, count] of [
    ["Expired", 2],
    ["Expires within 7 days", 2],
    ["Expires in 8–30 days", 2],
    ["Valid for more than 30 days", 3],
    ["Does not expire", 2],
    ["No token", 1],
  ] as const) {
    const profiles = count === 1 ? "1 profile" : `${count} profiles`;
    await expect(allKinds.getByRole("button", { name: `Show the ${profiles} of All kinds: ${group}` })).toBeVisible();
  }
  await page.getByRole("link", { name: "Meeting room headsets – AOSP" }).click();
  await expect(page).toHaveURL(/\?kind=aospUserless&profile=[0-9a-f-]{36}$/);
  const url = page.url();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Meeting room headsets – AOSP", level: 2 })).toBeVisible();
  expect(page.url()).toBe(url);
});

test('demo: a generated tenant of any size from config.json ("demo": {"profiles": N})', async ({ page, context }) => {
  await context.route("**/config.json", (route) =>
    route.fulfill({ contentType: "application/json", body: JSON.stringify({ demo: { profiles: 600 } }) }),
  );
  await page.goto("./");
  await expect(page.getByText("600 of 600 profiles")).toBeVisible({ timeout: 20_000 });
  await page.getByRole("searchbox", { name: "Filter profiles" }).fill("0042");
  await expect(page.getByText("1 of 600 profiles")).toBeVisible();
  const first = page.getByRole("link").filter({ hasText: "0042" }).first();
  const name = (await first.locator("[id^=profile-name]").textContent())!;
  await first.click();
  await expect(page.getByRole("heading", { name, level: 2 })).toBeVisible();
});
