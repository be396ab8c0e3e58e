import type { Page } from "@playwright/test";
import { TENANT_ID, LOGIN_HOST, CLIENT_ID } from "./fakes/entra";
import { profile } from "./fakes/graph";
import { expect, signIn, test } from "./fixtures";

// A partner (the home tenant, Contoso) and its customers: Fabrikam issues tokens, Northwind has not consented,
// Tailspin gives the admin no access (AADSTS50020), Woodgrove does not know the app (700016), Litware asks for MFA
// (50076) until the admin signs in to it.
const FABRIKAM = "0b9d4c1e-6f2a-4d3b-8c5e-7a1f2b3c4d5e";
const NORTHWIND = "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f";
const TAILSPIN = "4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a";
const WOODGROVE = "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b";
const LITWARE = "6f7a8b9c-0d1e-4f2a-9b3c-4d5e6f7a8b9c";
const TENANTS = [
  { id: TENANT_ID, name: "Contoso (partner)" },
  { id: FABRIKAM, name: "Fabrikam" },
  { id: NORTHWIND, name: "Northwind Traders" },
  { id: TAILSPIN, name: "Tailspin Toys" },
  { id: WOODGROVE, name: "Woodgrove Bank" },
  { id: LITWARE, name: "Litware" },
];
const FABRIKAM_PROFILES = [
  profile({ displayName: "Fabrikam kiosks", description: null, enrolledDeviceCount: 3 }),
  profile({ displayName: "Fabrikam scanners", description: null, enrolledDeviceCount: 8 }),
];

// The picker in English or Japanese.
const picker = (page: Page) => page.getByRole("combobox", { name: /^(Tenant|テナント)$/ });

/** Chooses a tenant with the keyboard: type part of its name, Enter. */
async function chooseTenant(page: Page, name: string) {
  await picker(page).click();
  await picker(page).fill(name.slice(0, 4));
  await picker(page).press("Enter");
  await expect(picker(page)).toHaveValue(name);
}

const tenantOf = (page: Page) => new URL(page.url()).searchParams.get("tenant");

test.describe("many tenants", () => {
  test.beforeEach(async ({ useEntraConfig, entra, graph, page }) => {
    entra.addTenant({ id: FABRIKAM, domain: "fabrikam.onmicrosoft.com", answer: "ok" });
    entra.addTenant({ id: NORTHWIND, answer: "noConsent" });
    entra.addTenant({ id: TAILSPIN, answer: "noAccess" });
    entra.addTenant({ id: WOODGROVE, answer: "appUnknown" });
    entra.addTenant({ id: LITWARE, answer: "stepUp" });
    graph.addTenant(FABRIKAM, FABRIKAM_PROFILES);
    for (const tenant of [NORTHWIND, TAILSPIN, WOODGROVE]) graph.addTenant(tenant);
    graph.addTenant(LITWARE, [profile({ displayName: "Litware kiosks", description: null })]);
    await useEntraConfig({ tenants: TENANTS });
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  test("switching tenants and back: each its own profiles and tokens, its selection kept, the tenant in the link", async ({
    page,
    graph,
    entra,
  }) => {
    await page.goto("./");
    await signIn(page);
    await expect(picker(page)).toHaveValue("Contoso (partner)");
    await expect(page.getByRole("link", { name: "Warehouse scanners" })).toBeVisible();
    expect(tenantOf(page)).toBe(TENANT_ID);
    await page.getByRole("link", { name: "Warehouse scanners" }).click();
    await expect(page.getByRole("heading", { name: "Warehouse scanners", level: 2 })).toBeVisible();
    const filter = page.getByRole("searchbox", { name: "Filter profiles" });
    await filter.fill("ware");
    await expect(page.getByRole("link", { name: "Retail POS tablets" })).toHaveCount(0);

    await chooseTenant(page, "Fabrikam");
    await expect(page.getByRole("link", { name: "Fabrikam kiosks" })).toBeVisible();
    // Fabrikam has a filter of its own: none yet.
    await expect(filter).toHaveValue("");
    await expect(page.getByRole("link", { name: "Warehouse scanners" })).toHaveCount(0);
    expect(tenantOf(page)).toBe(FABRIKAM);
    expect(new URL(page.url()).searchParams.get("profile")).toBeNull();
    // Fabrikam's Graph was called with Fabrikam's tokens only, got from Fabrikam's authority.
    const fabrikam = graph.tenants.get(FABRIKAM)!;
    expect(fabrikam.requests.length).toBeGreaterThan(0);
    expect(fabrikam.requests.every((r) => r.caller?.tenantId === FABRIKAM)).toBe(true);
    expect(entra.tokenAuthorities).toContain(FABRIKAM);

    await chooseTenant(page, "Contoso (partner)");
    await expect(page.getByRole("heading", { name: "Warehouse scanners", level: 2 })).toBeVisible();
    expect(tenantOf(page)).toBe(TENANT_ID);
    await expect(filter).toHaveValue("ware");
    await filter.fill("");
    // A profile's link carries the tenant.
    const href = await page.getByRole("link", { name: "Retail POS tablets" }).getAttribute("href");
    expect(new URLSearchParams(href!.split("?")[1]).get("tenant")).toBe(TENANT_ID);

    // Back returns to the previous tenant.
    await page.goBack();
    await expect(picker(page)).toHaveValue("Fabrikam");
    await expect(page.getByRole("link", { name: "Fabrikam kiosks" })).toBeVisible();
  });

  test.describe("a tenant without consent", () => {
    // Entra ID answers its token request 400 (AADSTS65001), which Chromium logs.
    test.use({ expectedConsoleErrors: [/status of 400 \(Bad Request\)/] });

    test("a tenant without consent says so with its admin-consent link, and sends nothing; the others keep working", async ({
      page,
      graph,
    }) => {
      await page.goto("./");
      await signIn(page);
      await expect(page.getByRole("link", { name: "Warehouse scanners" })).toBeVisible();
      await chooseTenant(page, "Northwind Traders");
      await expect(page.getByText("An administrator must grant consent first").first()).toBeVisible();
      const consent = page.getByRole("link", { name: /Grant admin consent in this tenant/ }).first();
      await expect(consent).toHaveAttribute("href", `${LOGIN_HOST}/${NORTHWIND}/adminconsent?client_id=${CLIENT_ID}`);
      expect(graph.tenants.get(NORTHWIND)!.requests).toEqual([]);

      await chooseTenant(page, "Fabrikam");
      await expect(page.getByRole("link", { name: "Fabrikam kiosks" })).toBeVisible();
    });
  });

  test.describe("a tenant's own failure", () => {
    // Entra ID answers each failing tenant's token request 400, which Chromium logs.
    test.use({ expectedConsoleErrors: [/status of 400 \(Bad Request\)/] });

    test("no access (AADSTS50020) and the app unknown (700016) are said for that tenant, by name; nothing is sent there and the others keep working", async ({
      page,
      graph,
    }) => {
      await page.goto("./");
      await signIn(page);
      await expect(page.getByRole("link", { name: "Warehouse scanners" })).toBeVisible();

      await chooseTenant(page, "Tailspin Toys");
      const noAccess = page
        .getByRole("alert")
        .filter({ hasText: "Tailspin Toys: Your account has no access to this tenant" });
      await expect(noAccess.first()).toBeVisible();
      await expect(noAccess.first()).toContainText(`Tenant: Tailspin Toys (${TAILSPIN})`);
      await expect(noAccess.first()).toContainText("AADSTS50020");
      // Signing in again would not help: no such button.
      await expect(noAccess.first().getByRole("button", { name: /^Sign in/ })).toHaveCount(0);
      await expect(page.getByRole("group", { name: "Signed in as" })).toContainText("Tenant Tailspin Toys");

      await chooseTenant(page, "Woodgrove Bank");
      const unknown = page
        .getByRole("alert")
        .filter({ hasText: "Woodgrove Bank: The app is not known in this tenant" });
      await expect(unknown.first()).toBeVisible();
      await expect(unknown.first().getByRole("link", { name: /Grant admin consent in this tenant/ })).toHaveAttribute(
        "href",
        `${LOGIN_HOST}/${WOODGROVE}/adminconsent?client_id=${CLIENT_ID}`,
      );
      for (const tenant of [TAILSPIN, WOODGROVE]) expect(graph.tenants.get(tenant)!.requests).toEqual([]);

      await chooseTenant(page, "Fabrikam");
      await expect(page.getByRole("link", { name: "Fabrikam kiosks" })).toBeVisible();
      await chooseTenant(page, "Contoso (partner)");
      await expect(page.getByRole("link", { name: "Warehouse scanners" })).toBeVisible();
    });

    test("MFA asked by one tenant (AADSTS50076): Sign in to that tenant signs in there only, after which it works", async ({
      page,
      entra,
      graph,
    }) => {
      await page.goto("./");
      await signIn(page);
      await chooseTenant(page, "Fabrikam");
      await expect(page.getByRole("link", { name: "Fabrikam kiosks" })).toBeVisible();

      await chooseTenant(page, "Litware");
      const stepUp = page.getByRole("alert").filter({ hasText: "Litware: This tenant asks you to sign in again" });
      await expect(stepUp.first()).toBeVisible();
      expect(graph.tenants.get(LITWARE)!.requests).toEqual([]);
      const signIns = entra.authorizeRequests.length;
      await stepUp.first().getByRole("button", { name: "Sign in to Litware" }).click();

      // One sign-in, at Litware's authority (a redirect), and back to Litware, which now works.
      await expect(page.getByRole("link", { name: "Litware kiosks" })).toBeVisible();
      expect(tenantOf(page)).toBe(LITWARE);
      const asked = entra.authorizeRequests.slice(signIns).map((url) => url.pathname.split("/")[1]);
      expect(asked).toEqual([LITWARE]);
      expect(graph.tenants.get(LITWARE)!.requests.every((r) => r.caller?.tenantId === LITWARE)).toBe(true);

      // The other tenants kept working, without signing in again.
      await chooseTenant(page, "Fabrikam");
      await expect(page.getByRole("link", { name: "Fabrikam kiosks" })).toBeVisible();
      await chooseTenant(page, "Contoso (partner)");
      await expect(page.getByRole("link", { name: "Warehouse scanners" })).toBeVisible();
      expect(entra.authorizeRequests.length).toBe(signIns + 1);
    });

    test.describe("in Japanese", () => {
      test.use({ locale: "ja-JP" });

      test("a tenant's failure names the tenant in Japanese too", async ({ page }) => {
        await page.goto("./");
        await page.getByRole("button", { name: "サインイン" }).click();
        await expect(page.getByRole("link", { name: "Warehouse scanners" })).toBeVisible();
        await chooseTenant(page, "Tailspin Toys");
        await expect(
          page
            .getByRole("alert")
            .filter({ hasText: "Tailspin Toys: お使いのアカウントはこのテナントにアクセスできません" })
            .first(),
        ).toBeVisible();
        await chooseTenant(page, "Litware");
        await expect(page.getByRole("button", { name: "Litware にサインイン" }).first()).toBeVisible();
      });
    });
  });

  test("a token of the home tenant answered for another tenant is refused: no Graph call is made with it", async ({
    page,
    graph,
    entra,
  }) => {
    entra.wrongTenantFor.add(FABRIKAM);
    await page.goto("./");
    await signIn(page);
    await expect(page.getByRole("link", { name: "Warehouse scanners" })).toBeVisible();
    const homeRequests = graph.tenant.requests.length;
    await chooseTenant(page, "Fabrikam");
    await expect(page.getByText("The token was for another tenant").first()).toBeVisible();
    expect(graph.tenants.get(FABRIKAM)!.requests).toEqual([]);
    // Nothing reached the home tenant's Intune either: the token was never sent.
    expect(graph.tenant.requests.length).toBe(homeRequests);
  });

  test("a link with a tenant opens that tenant after sign-in; an admin-consent answer's tenant is not a choice", async ({
    page,
  }) => {
    await page.goto(`./?tenant=${FABRIKAM}`);
    await signIn(page);
    await expect(picker(page)).toHaveValue("Fabrikam");
    await expect(page.getByRole("link", { name: "Fabrikam kiosks" })).toBeVisible();

    // The tenant is remembered for the account; Entra's admin-consent answer does not override it.
    await page.goto(`./?admin_consent=True&tenant=${NORTHWIND}`);
    await expect(picker(page)).toHaveValue("Fabrikam");
    await expect(page).not.toHaveURL(/admin_consent/);
    expect(tenantOf(page)).toBe(FABRIKAM);

    // A link to a tenant that is not listed opens none in its place: it says so, and the admin chooses.
    const stranger = "c0ffee00-0000-4000-8000-000000000000";
    await page.goto(`./?tenant=${stranger}`);
    await expect(
      page.getByRole("heading", { name: "This link is for a tenant the console does not know" }),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: "Find customers (GDAP)" })).toHaveCount(0);
    await expect(picker(page)).toHaveValue("");
    expect(tenantOf(page)).toBe(stranger);
    await page.getByRole("button", { name: "Open Fabrikam instead" }).click();
    await expect(page.getByRole("link", { name: "Fabrikam kiosks" })).toBeVisible();
    expect(tenantOf(page)).toBe(FABRIKAM);
  });
});
