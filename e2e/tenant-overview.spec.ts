import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { FAKE_KINDS } from "../src/fake-tenant/intuneRules";
import type { FakeTenant } from "../src/fake-tenant/fakeTenant";
import { CLIENT_ID, LOGIN_HOST, TENANT_ID, type TenantAnswer } from "./fakes/entra";
import { profile, sampleProfiles, type FakeProfile } from "./fakes/graph";
import { expect, signIn, test } from "./fixtures";

// A partner (the home tenant, Contoso) and nine customers: Northwind has not consented, Litware asks for MFA, the
// others issue tokens. The fake Graph serves two profiles per page.
const PAGE_SIZE = 2;
const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const guid = (n: number) => `c0ffee00-0000-4000-8000-${String(n).padStart(12, "0")}`;

interface Customer {
  id: string;
  name: string;
  answer: TenantAnswer;
  profiles: FakeProfile[];
}

const customer = (n: number, name: string, answer: TenantAnswer, profiles: FakeProfile[] = sampleProfiles()) => ({
  id: guid(n),
  name,
  answer,
  profiles,
});

const expiring = (name: string) =>
  profile({ kind: "dedicated", displayName: name, tokenValue: `T${name}`, tokenExpirationDateTime: inDays(3) });

function customers(): Customer[] {
  return [
    customer(1, "Fabrikam", "ok", [expiring("Fabrikam kiosks"), expiring("Fabrikam scanners")]),
    customer(2, "Northwind Traders", "noConsent"),
    customer(3, "Tailspin Toys", "ok"),
    customer(4, "Woodgrove Bank", "ok"),
    customer(5, "Adventure Works", "ok", []),
    customer(6, "Litware", "stepUp", [profile({ displayName: "Litware tablets" })]),
    customer(7, "Alpine Ski House", "ok"),
    customer(8, "Coho Winery", "ok"),
    customer(9, "Fourth Coffee", "ok", [...sampleProfiles(), ...sampleProfiles()]),
  ];
}

const CONTOSO = { id: TENANT_ID, name: "Contoso (partner)" };

/** The fewest requests that read a tenant's profiles: one GET per page of each collection (an empty one too). */
function fewestGets(profiles: FakeProfile[]): number {
  const inCollection = (collection: string) =>
    profiles.filter((p) => FAKE_KINDS[p.kind].collection === collection).length;
  const pages = (count: number) => Math.max(1, Math.ceil(count / PAGE_SIZE));
  return (
    pages(inCollection("androidForWorkEnrollmentProfiles")) +
    pages(inCollection("androidDeviceOwnerEnrollmentProfiles"))
  );
}

/**
 * The most tenants the fake Graph had a read of out at once: each tenant's read from its first request received to
 * its last answered (within the console's own read of it, so never more than the console had out).
 */
function peakTenantsAtOnce(tenants: Iterable<FakeTenant>): number {
  const events: [number, number][] = [];
  for (const tenant of tenants) {
    if (tenant.requests.length === 0) continue;
    events.push([Math.min(...tenant.requests.map((r) => r.receivedAt)), 1]);
    events.push([Math.max(...tenant.requests.map((r) => r.answeredAt ?? Infinity)), -1]);
  }
  // At the same instant, a read that ends frees its place before the next starts.
  events.sort(([a, da], [b, db]) => a - b || da - db);
  let out = 0;
  let peak = 0;
  for (const [, delta] of events) peak = Math.max(peak, (out += delta));
  return peak;
}

const axe = (page: Page) => new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
const status = (page: Page) => page.getByRole("status").filter({ hasText: /^Read \d+ of \d+ tenants$/ });
const row = (page: Page, name: string) => page.getByRole("row").filter({ has: page.getByRole("rowheader", { name }) });

test.describe("all tenants at a glance", () => {
  // Entra ID answers Northwind's token request 400 (AADSTS65001) and Litware's (AADSTS50076), which Chromium logs.
  test.use({ expectedConsoleErrors: [/status of 400 \(Bad Request\)/] });

  let listed: Customer[];

  test.beforeEach(async ({ useEntraConfig, entra, graph, page }) => {
    listed = customers();
    for (const { id, answer, profiles } of listed) {
      entra.addTenant({ id, answer });
      graph.addTenant(id, profiles);
    }
    await useEntraConfig({ tenants: [CONTOSO, ...listed.map(({ id, name }) => ({ id, name }))] });
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  test("a deep link reads every tenant four at a time, with the fewest requests; a tenant without consent shows its link", async ({
    page,
    graph,
  }) => {
    const tenants = [...graph.tenants.tenants.values()];
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    for (const tenant of tenants) tenant.hold = { method: "GET", path: /EnrollmentProfiles$/, release: released };

    await page.goto("./?view=tenants");
    await signIn(page);
    await expect(page.getByRole("heading", { name: "All tenants", level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: "All tenants" })).toHaveAttribute("aria-current", "page");
    // While every read is held, four tenants have theirs out and the others wait for a place.
    const asked = () => tenants.filter((tenant) => tenant.requests.length > 0).length;
    await expect.poll(asked).toBe(4);
    await page.waitForTimeout(500);
    expect(asked()).toBe(4);
    await expect(row(page, "Coho Winery")).toContainText("Waiting");
    release();

    await expect(status(page)).toHaveText("Read 10 of 10 tenants");
    await page.screenshot({ path: "test-results/screens/tenant-overview-1440.png", fullPage: true });
    const northwind = row(page, "Northwind Traders");
    await expect(northwind).toContainText("Not consented");
    await expect(northwind.getByRole("link", { name: /Grant admin consent in this tenant/ })).toHaveAttribute(
      "href",
      `${LOGIN_HOST}/${guid(2)}/adminconsent?client_id=${CLIENT_ID}`,
    );
    await expect(row(page, "Litware")).toContainText("Sign-in needed");
    await expect(row(page, "Litware").getByRole("button", { name: "Sign in to Litware" })).toBeVisible();
    // The checkbox, then state, expired, within 7 days, more than 7 days, does not expire, no token, total.
    await expect(row(page, "Fabrikam").getByRole("cell")).toHaveText(["", "Read", "0", "2", "0", "0", "0", "2"]);
    await expect(row(page, "Fourth Coffee").getByRole("cell")).toHaveText(["", "Read", "2", "0", "4", "0", "4", "10"]);
    await expect(row(page, "Adventure Works").getByRole("cell")).toHaveText(["", "Read", "0", "0", "0", "0", "0", "0"]);
    // Attention first: the two that could not be read, then the expired, then the expiring.
    const order = await page.getByRole("rowheader").allTextContents();
    expect(order.slice(0, 3)).toEqual(["Litware", "Northwind Traders", "Fourth Coffee"]);

    expect(peakTenantsAtOnce(tenants)).toBeLessThanOrEqual(4);
    for (const { id, profiles } of [{ id: TENANT_ID, profiles: sampleProfiles() }, ...listed]) {
      const requests = graph.tenants.get(id)!.requests;
      const unread = id === guid(2) || id === guid(6);
      expect(requests.length, id).toBe(unread ? 0 : fewestGets(profiles));
      expect(requests.every((r) => r.method === "GET" && r.caller?.tenantId === id && r.status === 200)).toBe(true);
    }
  });

  test("from the header to the overview, a tenant opens from it without reading again, and Back returns", async ({
    page,
    graph,
  }) => {
    await page.goto("./");
    await signIn(page);
    await expect(page.getByRole("link", { name: "Warehouse scanners" })).toBeVisible();
    const home = graph.tenants.get(TENANT_ID)!.requests.length;

    await page.getByRole("link", { name: "All tenants" }).click();
    await expect(page).toHaveURL(/[?&]view=tenants/);
    await expect(status(page)).toHaveText("Read 10 of 10 tenants");
    // The home tenant was read a moment ago by its own list: not again.
    expect(graph.tenants.get(TENANT_ID)!.requests.length).toBe(home);
    const fabrikam = graph.tenants.get(guid(1))!;
    const read = fabrikam.requests.length;

    await page.getByRole("link", { name: "Fabrikam", exact: true }).click();
    await expect(page.getByRole("link", { name: "Fabrikam kiosks" })).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Tenant" })).toHaveValue("Fabrikam");
    expect(new URL(page.url()).searchParams.get("view")).toBeNull();
    expect(new URL(page.url()).searchParams.get("tenant")).toBe(guid(1));
    expect(fabrikam.requests.length).toBe(read);

    await page.goBack();
    await expect(page.getByRole("heading", { name: "All tenants", level: 1 })).toBeVisible();
    await page.goForward();
    await expect(page.getByRole("link", { name: "Fabrikam kiosks" })).toBeVisible();
    await page.goBack();
    await page.goBack();
    await expect(page.getByRole("link", { name: "Warehouse scanners" })).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Tenant" })).toHaveValue("Contoso (partner)");
  });

  test("a tenant that asks for MFA: Sign in to it, and it is read", async ({ page, entra, graph }) => {
    await page.goto("./?view=tenants");
    await signIn(page);
    await row(page, "Litware").getByRole("button", { name: "Sign in to Litware" }).click();
    await expect(status(page)).toHaveText("Read 10 of 10 tenants");
    await expect(row(page, "Litware").getByRole("cell")).toHaveText(["", "Read", "0", "0", "0", "0", "1", "1"]);
    expect(entra.tokenAuthorities).toContain(guid(6));
    expect(graph.tenants.get(guid(6))!.requests.every((r) => r.caller?.tenantId === guid(6))).toBe(true);
  });

  test("on a phone, a card per tenant", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("./?view=tenants");
    await signIn(page);
    await expect(status(page)).toHaveText("Read 10 of 10 tenants");
    const fabrikam = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Fabrikam" }) });
    await expect(fabrikam.getByRole("definition")).toHaveText(["0", "2", "0", "0", "0", "2"]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: "test-results/screens/tenant-overview-390.png", fullPage: true });
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`passes axe (WCAG 2.1 AA) in ${colorScheme}, wide and on a phone`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto("./?view=tenants");
      await signIn(page);
      await expect(status(page)).toHaveText("Read 10 of 10 tenants");
      expect((await axe(page).analyze()).violations).toEqual([]);
      await page.setViewportSize({ width: 390, height: 844 });
      await expect(page.getByRole("heading", { name: "Fabrikam", level: 2 })).toBeVisible();
      expect((await axe(page).analyze()).violations).toEqual([]);
    });
  }
});
