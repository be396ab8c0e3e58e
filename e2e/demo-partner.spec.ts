import type { Page } from "@playwright/test";
import { expect, requestToken, test } from "./fixtures";

// The demo partner: Contoso (demo) and 12 customers; Fabrikam throttles writes, Northwind Traders has not consented,
// Tailspin Toys gives the demo admin no access (src/demo/demoPartner.ts).
test.beforeEach(async ({ context }) => {
  await context.route("**/config.json", (route) =>
    route.fulfill({
      contentType: "application/json",
      headers: { "cache-control": "no-store" },
      body: JSON.stringify({ demo: { tenants: 12 } }),
    }),
  );
});

const picker = (page: Page) => page.getByRole("combobox", { name: "Tenant" });

async function chooseTenant(page: Page, name: string) {
  await picker(page).click();
  await picker(page).fill(name.slice(0, 5));
  await picker(page).press("Enter");
  await expect(picker(page)).toHaveValue(name);
}

/** A generated profile's link (src/demo/demoTenant.ts names them "<place> <number> <use>"). */
const generatedProfiles = (page: Page) => page.getByRole("link", { name: /^[A-Z][a-z]+ \d{4} / });

test("the demo partner: thirteen tenants in the picker, each its own profiles, a throttling and a not consented customer", async ({
  page,
}) => {
  const microsoft: string[] = [];
  page.on("request", (request) => {
    if (/microsoft(online)?\.com/.test(new URL(request.url()).hostname)) microsoft.push(request.url());
  });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("./");
  await expect(picker(page)).toHaveValue("Contoso (demo)");
  await expect(page.getByText("12 of 12 profiles")).toBeVisible();
  await picker(page).click();
  await expect(page.getByRole("listbox").getByRole("option")).toHaveCount(13);
  await page.screenshot({ path: "test-results/screens/demo-partner-picker-1440.png" });
  await picker(page).press("Escape");

  await chooseTenant(page, "Northwind Traders");
  await expect(page.getByText("An administrator must grant consent first").first()).toBeVisible();
  const tenant = new URL(page.url()).searchParams.get("tenant")!;
  await expect(page.getByRole("link", { name: /Grant admin consent in this tenant/ }).first()).toHaveAttribute(
    "href",
    `https://login.microsoftonline.com/${tenant}/adminconsent?client_id=00000000-0000-0000-0000-000000000000`,
  );

  await chooseTenant(page, "Tailspin Toys");
  await expect(page.getByText("Your account has no access to this tenant").first()).toBeVisible();

  // Fabrikam takes one write per 10 s: a second token waits, says why and for how long, then is created.
  await chooseTenant(page, "Fabrikam");
  await expect(page.getByText(/^\d+ of \d+ profiles$/)).toBeVisible();
  await generatedProfiles(page).first().click();
  await requestToken(page);
  await expect(page.getByRole("status").filter({ hasText: "Token created" })).toBeVisible();
  await generatedProfiles(page).nth(1).click();
  await requestToken(page);
  // Behind the confirmation, which stays open while the write waits (the page beneath is hidden from the a11y tree).
  await expect(page.getByText(/^Microsoft Graph is throttling requests\. Trying again in \d+ seconds/)).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Token created" })).toBeVisible({ timeout: 15_000 });

  // The partner's own tenant is untouched by the customers' failures.
  await chooseTenant(page, "Contoso (demo)");
  await expect(page.getByText("12 of 12 profiles")).toBeVisible();
  expect(microsoft).toEqual([]);
});

test("the demo partner's picker on a phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("./");
  await expect(page.getByText("12 of 12 profiles")).toBeVisible();
  await picker(page).click();
  await picker(page).fill("wood");
  await expect(page.getByRole("listbox").getByRole("option")).toHaveCount(1);
  await page.screenshot({ path: "test-results/screens/demo-partner-picker-390.png" });
  await picker(page).press("Enter");
  await expect(picker(page)).toHaveValue("Woodgrove Bank");
  await expect(page.getByText(/^\d+ of \d+ profiles$/)).toBeVisible();
});

test("the demo partner's exports and calendar reminders carry the tenant's name", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("./");
  await chooseTenant(page, "Woodgrove Bank");
  await expect(page.getByText(/^\d+ of \d+ profiles$/)).toBeVisible();
  const date = String.raw`\d{4}-\d\d-\d\d`;

  const csv = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).click();
  expect((await csv).suggestedFilename()).toMatch(new RegExp(`^Woodgrove Bank – Enrollment profiles ${date}\\.csv$`));

  await page.getByRole("checkbox", { name: /^Select all \d+ shown$/ }).check();
  await page.getByRole("button", { name: "Calendar reminders…" }).click();
  const ics = page.waitForEvent("download");
  await page.getByRole("dialog", { name: "Calendar reminders" }).getByRole("button", { name: "Download .ics" }).click();
  expect((await ics).suggestedFilename()).toMatch(
    new RegExp(`^Woodgrove Bank – Enrollment token reminders ${date}\\.ics$`),
  );
});

test("the demo partner's tenants at a glance: the failing customers in words, the others counted", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("./");
  await expect(page.getByText("12 of 12 profiles")).toBeVisible();
  await page.getByRole("link", { name: "All tenants" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Read \d+ of 13 tenants$/ })).toHaveText(
    "Read 13 of 13 tenants",
  );
  const row = (name: string) => page.getByRole("row").filter({ has: page.getByRole("rowheader", { name }) });
  await expect(row("Northwind Traders")).toContainText("Not consented");
  await expect(row("Northwind Traders").getByRole("link", { name: /Grant admin consent/ })).toHaveAttribute(
    "href",
    /^https:\/\/login\.microsoftonline\.com\/[0-9a-f-]+\/adminconsent\?client_id=0{8}-0{4}-0{4}-0{4}-0{12}$/,
  );
  await expect(row("Tailspin Toys")).toContainText("No access");
  // Fabrikam throttles writes, not reads: it is counted as the others are.
  await expect(row("Fabrikam").getByRole("cell").nth(1)).toHaveText("Read");
  await expect(page.getByRole("cell", { name: "Read", exact: true })).toHaveCount(11);
  await expect(row("Contoso (demo)").getByRole("cell").last()).toHaveText("12");
  await page.screenshot({ path: "test-results/screens/demo-partner-overview-1440.png", fullPage: true });

  const total = await row("Woodgrove Bank").getByRole("cell").last().textContent();
  await page.getByRole("link", { name: "Woodgrove Bank" }).click();
  await expect(picker(page)).toHaveValue("Woodgrove Bank");
  await expect(page.getByText(`${total} of ${total} profiles`)).toBeVisible();
});
