import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { CLIENT_ID, LOGIN_HOST, TENANT_ID } from "./fakes/entra";
import { profile } from "./fakes/graph";
import { expect, signIn, test } from "./fixtures";

// A partner (the home tenant) with "tenantDiscovery": "gdap" and no tenants listed: its customers come from
// delegatedAdminCustomers, two to a page (the console asks for 300; Graph may send fewer).
const DISCOVERY_PERMISSION = "DelegatedAdminRelationship.Read.All";
const CUSTOMERS_PATH = "/v1.0/tenantRelationships/delegatedAdminCustomers";
const FABRIKAM = "0b9d4c1e-6f2a-4d3b-8c5e-7a1f2b3c4d5e";
const CUSTOMERS = [
  { tenantId: "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f", displayName: "Northwind Traders" },
  { tenantId: FABRIKAM, displayName: "Fabrikam" },
  { tenantId: "4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a", displayName: "Tailspin Toys" },
  { tenantId: "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b", displayName: "Woodgrove Bank" },
  { tenantId: "6f7a8b9c-0d1e-4f2a-9b3c-4d5e6f7a8b9c", displayName: "Litware" },
];
const HOME = "contoso.example (your tenant)";

const picker = (page: Page) => page.getByRole("combobox", { name: "Tenant" });
const discovery = (page: Page) => page.getByRole("dialog", { name: "Your customers through GDAP" });
const findCustomers = (page: Page) => page.getByRole("button", { name: "Find customers (GDAP)" });
const tenantOf = (page: Page) => new URL(page.url()).searchParams.get("tenant");

test.describe("GDAP discovery", () => {
  test.beforeEach(async ({ useEntraConfig, entra, graph, page }) => {
    entra.consentNeeded.add(DISCOVERY_PERMISSION);
    entra.addTenant({ id: FABRIKAM, answer: "ok" });
    graph.addTenant(FABRIKAM, [
      profile({ id: "fabrikam-kiosks", displayName: "Fabrikam kiosks", description: null }),
      profile({ displayName: "Fabrikam scanners", description: null }),
    ]);
    graph.tenants.customers = CUSTOMERS;
    graph.tenants.customersPageSize = 2;
    await useEntraConfig({ tenantDiscovery: "gdap" });
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  test.describe("with the permission asked for only now", () => {
    // Until the admin consents, Entra ID answers the silent request for the permission 400 (AADSTS65001).
    test.use({ expectedConsoleErrors: [/status of 400 \(Bad Request\)/] });

    test("a partner finds the customers after allowing it, pages and all, works in one, and keeps them for the session", async ({
      page,
      entra,
      graph,
    }) => {
      await page.goto("./");
      await signIn(page);
      // Multi-tenant with nothing listed: the signed-in tenant is the one to work in, named as such.
      await expect(picker(page)).toHaveValue(HOME);
      await expect(page.getByRole("link", { name: "Warehouse scanners" })).toBeVisible();
      expect(tenantOf(page)).toBe(TENANT_ID);

      await findCustomers(page).click();
      await expect(discovery(page)).toContainText("it has not been granted to you yet");
      // Tried silently: no window opened, and nothing reached Graph without the permission.
      expect(graph.tenants.customerRequests).toEqual([]);
      await expect(discovery(page).getByRole("link", { name: /Grant admin consent in your tenant/ })).toHaveAttribute(
        "href",
        `${LOGIN_HOST}/${TENANT_ID}/adminconsent?client_id=${CLIENT_ID}`,
      );
      await page.screenshot({ path: "test-results/screens/gdap-discovery-not-granted-1440.png" });
      await discovery(page).getByRole("button", { name: "Allow" }).click();

      // Entra ID's window (a redirect at top level) asked for the permission in the partner's tenant; the page that
      // comes back carries on.
      await expect(discovery(page)).toContainText("Found 5 customers: they are in the tenant picker now.");
      const asked = entra.authorizeRequests.filter((url) =>
        url.searchParams.get("scope")?.includes(DISCOVERY_PERMISSION),
      );
      expect(asked.map((url) => url.pathname.split("/")[1])).toEqual([TENANT_ID]);
      expect(graph.tenants.customerRequests).toEqual([
        `https://graph.microsoft.com${CUSTOMERS_PATH}?$top=300`,
        `https://graph.microsoft.com${CUSTOMERS_PATH}?%24top=300&%24skiptoken=2`,
        `https://graph.microsoft.com${CUSTOMERS_PATH}?%24top=300&%24skiptoken=4`,
      ]);
      await discovery(page).getByRole("button", { name: "Close" }).click();
      await expect(discovery(page)).toBeHidden();

      await picker(page).click();
      await expect(page.getByRole("listbox").getByRole("option")).toHaveText([
        `${HOME}${TENANT_ID}`,
        ...[...CUSTOMERS]
          .sort((a, b) => a.displayName.localeCompare(b.displayName))
          .map((customer) => `${customer.displayName}${customer.tenantId}`),
      ]);
      await page.screenshot({ path: "test-results/screens/gdap-discovery-picker-1440.png" });
      await picker(page).fill("Fabr");
      await picker(page).press("Enter");
      await expect(picker(page)).toHaveValue("Fabrikam");
      await expect(page.getByRole("link", { name: "Fabrikam kiosks" })).toBeVisible();
      expect(tenantOf(page)).toBe(FABRIKAM);
      const fabrikam = graph.tenants.get(FABRIKAM)!;
      expect(fabrikam.requests.every((request) => request.caller?.tenantId === FABRIKAM)).toBe(true);
      await expect(page.getByRole("group", { name: "Signed in as" })).toContainText("Tenant Fabrikam");

      // A reload, or the link: the customers are remembered for the session, ids and names only.
      await page.reload();
      await expect(picker(page)).toHaveValue("Fabrikam");
      await expect(page.getByRole("link", { name: "Fabrikam kiosks" })).toBeVisible();
      const kept = await page.evaluate(() =>
        Object.entries(sessionStorage).filter(([key]) => key.startsWith("etc.gdap")),
      );
      expect(kept).toHaveLength(1);
      expect(JSON.parse(kept[0]![1])).toEqual(
        CUSTOMERS.map((c) => ({ id: c.tenantId, name: c.displayName })).sort((a, b) => a.name.localeCompare(b.name)),
      );
      await page.goto(`./?tenant=${CUSTOMERS[0]!.tenantId}`);
      await expect(picker(page)).toHaveValue("Northwind Traders");
    });

    test("consent declined: said in words, the permission offered again, and the partner's own tenant keeps working", async ({
      page,
      entra,
      graph,
    }) => {
      entra.declineConsent = true;
      await page.goto("./");
      await signIn(page);
      await findCustomers(page).click();
      await discovery(page).getByRole("button", { name: "Allow" }).click();
      await expect(discovery(page)).toContainText("The permission to read your GDAP relationships was not granted");
      await expect(discovery(page).getByRole("button", { name: "Allow" })).toBeVisible();
      expect(graph.tenants.customerRequests).toEqual([]);
      await discovery(page).getByRole("button", { name: "Close" }).click();
      await expect(picker(page)).toHaveValue(HOME);
      await expect(page.getByRole("link", { name: "Warehouse scanners" })).toBeVisible();
      await picker(page).click();
      await expect(page.getByRole("listbox").getByRole("option")).toHaveCount(1);
    });
  });

  test.describe("with the permission consented for the partner's tenant beforehand", () => {
    test.beforeEach(({ entra }) => entra.consentNeeded.clear());

    test("a link to a customer not known yet says so, opens no other tenant, and opens the customer once found", async ({
      page,
      graph,
    }) => {
      await page.goto(`./?tenant=${FABRIKAM}&profile=fabrikam-kiosks`);
      await signIn(page);
      await expect(
        page.getByRole("heading", { name: "This link is for a tenant the console does not know" }),
      ).toBeVisible();
      await expect(page.getByText(`The link names the tenant ${FABRIKAM}`)).toBeVisible();
      await expect(picker(page)).toHaveValue("");
      await page.screenshot({ path: "test-results/screens/gdap-unknown-tenant-1440.png" });
      // Nothing was read in any tenant meanwhile: the partner's own tenant was not opened in the link's place.
      expect(graph.tenant.requests).toEqual([]);
      expect(tenantOf(page)).toBe(FABRIKAM);

      await page.getByRole("main").getByRole("button", { name: "Find customers (GDAP)" }).click();
      await expect(discovery(page)).toContainText("Found 5 customers");
      await discovery(page).getByRole("button", { name: "Close" }).click();
      // The link's tenant opens with the link's profile.
      await expect(picker(page)).toHaveValue("Fabrikam");
      await expect(page.getByRole("heading", { name: "Fabrikam kiosks", level: 2 })).toBeVisible();
      expect(graph.tenant.requests).toEqual([]);
    });

    test("a link to a tenant that is none of the customers says so after discovery; the admin opens another", async ({
      page,
    }) => {
      const stranger = "c0ffee00-0000-4000-8000-000000000000";
      await page.goto(`./?tenant=${stranger}`);
      await signIn(page);
      await page.getByRole("main").getByRole("button", { name: "Find customers (GDAP)" }).click();
      await expect(discovery(page)).toContainText("Found 5 customers");
      await discovery(page).getByRole("button", { name: "Close" }).click();
      await expect(page.getByText("Your customers were listed, and this tenant is not one of them")).toBeVisible();
      await page.getByRole("button", { name: `Open ${HOME} instead` }).click();
      await expect(page.getByRole("link", { name: "Warehouse scanners" })).toBeVisible();
      expect(tenantOf(page)).toBe(TENANT_ID);
    });

    test("on a phone: the picker and discovery fit, with the keyboard, and pass axe", async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto("./");
      await signIn(page);
      await expect(page.getByRole("link", { name: "Warehouse scanners" })).toBeVisible();
      await findCustomers(page).focus();
      await page.keyboard.press("Enter");
      await expect(discovery(page)).toContainText("Found 5 customers");
      await page.screenshot({ path: "test-results/screens/gdap-discovery-390.png" });
      const violations = (
        await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()
      ).violations;
      expect(violations.map((v) => v.id)).toEqual([]);
      await page.keyboard.press("Escape");
      await expect(discovery(page)).toBeHidden();
      await expect(findCustomers(page)).toBeFocused();
      const sideways = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(sideways).toBe(0);
      await page.screenshot({ path: "test-results/screens/gdap-header-390.png" });
    });

    test.describe("Graph refuses", () => {
      test.use({ expectedConsoleErrors: [/status of 403 \(Forbidden\)/] });

      test("a partner's tenant that may not list customers (403 Authorization_RequestDenied) is told so", async ({
        page,
        graph,
      }) => {
        graph.tenants.mayListCustomers = false;
        await page.goto("./");
        await signIn(page);
        await findCustomers(page).click();
        await expect(discovery(page)).toContainText("Microsoft Graph refused to list your customers");
        await expect(discovery(page)).toContainText("403 Authorization_RequestDenied");
        await discovery(page).getByRole("button", { name: "Close" }).click();
        await expect(page.getByRole("link", { name: "Warehouse scanners" })).toBeVisible();
      });
    });
  });
});
