import type { Page } from "@playwright/test";
import { TENANT_ID, LOGIN_HOST, CLIENT_ID } from "./fakes/entra";
import { profile } from "./fakes/graph";
import { expect, signIn, test } from "./fixtures";

// A partner (the home tenant, Contoso) and two customers: Fabrikam issues tokens, Northwind has not consented.
const FABRIKAM = "0b9d4c1e-6f2a-4d3b-8c5e-7a1f2b3c4d5e";
const NORTHWIND = "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f";
const TENANTS = [
  { id: TENANT_ID, name: "Contoso (partner)" },
  { id: FABRIKAM, name: "Fabrikam" },
  { id: NORTHWIND, name: "Northwind Traders" },
];
const FABRIKAM_PROFILES = [
  profile({ displayName: "Fabrikam kiosks", description: null, enrolledDeviceCount: 3 }),
  profile({ displayName: "Fabrikam scanners", description: null, enrolledDeviceCount: 8 }),
];

const picker = (page: Page) => page.getByRole("combobox", { name: "Tenant" });

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
    graph.addTenant(FABRIKAM, FABRIKAM_PROFILES);
    graph.addTenant(NORTHWIND);
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
  });
});
