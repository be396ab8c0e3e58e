import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import type { FakeTenant } from "../src/fake-tenant/fakeTenant";
import { TENANT_ID } from "./fakes/entra";
import { profile, type FakeProfile, type RecordedRequest } from "./fakes/graph";
import { expect, signIn, test } from "./fixtures";

// A partner (Contoso, the home tenant) and two customers whose Intune each has a write limit of its own, far below
// Intune's: Fabrikam takes 2 writes per 4 s and says when it takes one again (Retry-After); Northwind takes 3 per 6 s
// and answers 429 without Retry-After, as Intune does.
const FABRIKAM = { id: "0b9d4c1e-6f2a-4d3b-8c5e-7a1f2b3c4d5e", name: "Fabrikam" };
const NORTHWIND = { id: "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f", name: "Northwind Traders" };
const CONTOSO = { id: TENANT_ID, name: "Contoso (partner)" };
const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

/** Four profiles due for renewal (two expired, two expiring in 3 days) and one that is fine. */
const fleet = (prefix: string): FakeProfile[] => [
  profile({ kind: "dedicated", displayName: `${prefix} kiosks`, tokenValue: "T1", tokenExpirationDateTime: inDays(3) }),
  profile({
    kind: "dedicated",
    displayName: `${prefix} scanners`,
    tokenValue: "T2",
    tokenExpirationDateTime: inDays(-1),
  }),
  profile({
    kind: "aospUserless",
    displayName: `${prefix} headsets`,
    tokenValue: "T3",
    tokenExpirationDateTime: inDays(2),
  }),
  profile({ displayName: `${prefix} lobby`, tokenValue: "T4", tokenExpirationDateTime: inDays(-5) }),
  profile({
    kind: "dedicated",
    displayName: `${prefix} signage`,
    tokenValue: "T5",
    tokenExpirationDateTime: inDays(90),
  }),
];

const isCreate = (request: RecordedRequest) =>
  request.method === "POST" && new URL(request.url).pathname.endsWith("/createToken");
const creates = (tenant: FakeTenant) => tenant.requests.filter(isCreate);

async function readOverview(page: Page) {
  await page.goto("./?view=tenants");
  await signIn(page);
  await expect(page.getByRole("status").filter({ hasText: /^Read 3 of 3 tenants$/ })).toBeVisible();
}

test.describe("renewing across tenants", () => {
  // Each fake tenant's write limit answers 429, which Chromium logs.
  test.use({ expectedConsoleErrors: [/^Failed to load resource: the server responded with a status of 429\b/] });

  let fabrikam: FakeTenant;
  let northwind: FakeTenant;

  test.beforeEach(async ({ useEntraConfig, entra, graph, page }) => {
    for (const { id } of [FABRIKAM, NORTHWIND]) entra.addTenant({ id, answer: "ok" });
    fabrikam = graph.addTenant(FABRIKAM.id, fleet("Fabrikam"));
    northwind = graph.addTenant(NORTHWIND.id, fleet("Northwind"));
    fabrikam.writeLimit = { perApp: 2, perTenant: 2, windowMs: 4_000 };
    fabrikam.retryAfterWhenThrottled = true;
    northwind.writeLimit = { perApp: 3, perTenant: 3, windowMs: 6_000 };
    await useEntraConfig({ tenants: [CONTOSO, FABRIKAM, NORTHWIND] });
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  test("two tenants throttled each on its own: each paced and held alone, its progress, its own token", async ({
    page,
    graph,
  }) => {
    test.setTimeout(90_000);
    await readOverview(page);
    await page.getByRole("checkbox", { name: "Fabrikam" }).check();
    await page.getByRole("checkbox", { name: "Northwind Traders" }).check();
    await expect(page.getByText("2 tenants selected: 8 profiles expired or expiring within 7 days")).toBeVisible();

    await page.getByRole("button", { name: "Renew expiring tokens…" }).click();
    const dialog = page.getByRole("dialog", { name: "Renew the tokens of 8 profiles in 2 tenants" });
    await expect(dialog.getByRole("list", { name: "Per tenant" }).getByRole("listitem")).toHaveText([
      "Fabrikam: 4 profiles with 0 enrolled devices",
      "Northwind Traders: 4 profiles with 0 enrolled devices",
    ]);
    await expect(dialog).toContainText("at most 40 tokens per 20 seconds in each");
    await dialog.getByRole("button", { name: "Renew 8 tokens" }).click();
    await expect(dialog).toHaveCount(0);

    const panel = page.getByRole("region", { name: "Bulk renewal across tenants" });
    const part = (name: string) => panel.getByRole("region", { name });
    await expect(panel.getByRole("progressbar", { name: "Bulk renewal progress in Fabrikam" })).toBeVisible();
    await expect(panel.getByRole("progressbar", { name: "Bulk renewal progress in Northwind Traders" })).toBeVisible();
    // Fabrikam's Retry-After holds Fabrikam, and says so there only.
    await expect(part("Fabrikam").getByText(/Intune is throttling requests: the run waits/)).toBeVisible();
    await page.screenshot({ path: "test-results/screens/renew-across-tenants.png", fullPage: true });
    for (const name of ["Fabrikam", "Northwind Traders"]) {
      await expect(part(name)).toContainText("Renewed 4 of 4 tokens. 0 failed.", { timeout: 60_000 });
    }
    await expect(panel).toContainText("2 tenants: done 8 · failed 0 · left 0");

    // One executed createToken per due profile, in its own tenant, with that tenant's token; none for the others.
    for (const tenant of [fabrikam, northwind]) {
      const due = tenant.profiles.filter((p) => !p.displayName!.endsWith("signage"));
      expect(due.map((p) => tenant.createdFor.get(p.id) ?? 0)).toEqual([1, 1, 1, 1]);
      expect(tenant.createdFor.size).toBe(4);
      expect(tenant.throttledWrites).toBeGreaterThan(0);
    }
    expect(creates(fabrikam).every((r) => r.caller?.tenantId === FABRIKAM.id)).toBe(true);
    expect(creates(northwind).every((r) => r.caller?.tenantId === NORTHWIND.id)).toBe(true);
    expect(creates(graph.tenant)).toEqual([]);

    // While Fabrikam sat out its Retry-After (its longest quiet spell), Northwind kept sending: each held alone.
    const sent = creates(fabrikam).map((r) => r.receivedAt);
    const [quietFrom, quietTo] = sent
      .slice(1)
      .map((at, i) => [sent[i]!, at] as const)
      .reduce((longest, gap) => (gap[1] - gap[0] > longest[1] - longest[0] ? gap : longest));
    expect(quietTo - quietFrom).toBeGreaterThanOrEqual(2_000);
    expect(creates(northwind).some((r) => r.receivedAt > quietFrom && r.receivedAt < quietTo)).toBe(true);
  });

  test("the CSV of the tenants ticked has a Tenant column; the reminders name each event's tenant", async ({
    page,
  }) => {
    await readOverview(page);
    await page.getByRole("checkbox", { name: "Fabrikam" }).check();
    await page.getByRole("checkbox", { name: "Northwind Traders" }).check();

    const csvDownload = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export CSV" }).click();
    const csv = await readFile((await (await csvDownload).path())!, "utf8");
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toMatch(/^"Tenant","Name","Kind",/);
    expect(lines.slice(1).map((line) => line.split(",")[0])).toEqual([
      ...Array(5).fill('"Fabrikam"'),
      ...Array(5).fill('"Northwind Traders"'),
    ]);
    expect(csv).not.toMatch(/T[1-5]"/);

    await page.getByRole("button", { name: "Calendar reminders…" }).click();
    const reminders = page.getByRole("dialog", { name: "Calendar reminders" });
    const icsDownload = page.waitForEvent("download");
    await reminders.getByRole("button", { name: "Download .ics" }).click();
    const ics = (await readFile((await (await icsDownload).path())!, "utf8")).replace(/\r\n /g, "");
    expect(ics).toContain("SUMMARY:Renew the enrollment token of “Fabrikam signage” in Fabrikam");
    expect(ics).toContain("SUMMARY:Renew the enrollment token of “Northwind kiosks” in Northwind Traders");
    expect(ics).toContain(`?tenant=${NORTHWIND.id}&kind=dedicated&profile=`);
  });
});
