import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import type { Download, Page } from "@playwright/test";
import { ADMIN, TENANT_ID } from "./fakes/entra";
import { profile, type FakeGraph } from "./fakes/graph";
import { expect, requestToken, signIn, test } from "./fixtures";

const DAY = 86_400_000;
const HOSTILE = '=HYPERLINK("https://evil.example","Open")';
const text = async (download: Download) => readFile((await download.path())!, "utf8");

/** Every token the tenant holds or held: none may reach a report or an export. */
const everyToken = (graph: FakeGraph) => [
  ...graph.profiles.map((p) => p.tokenValue).filter((value): value is string => Boolean(value)),
  ...graph.tenant.auditEvents
    .flatMap((event) => event.resources.flatMap((r) => r.modifiedProperties.flatMap((m) => [m.oldValue, m.newValue])))
    .filter((value): value is string => Boolean(value)),
];

async function save(page: Page, group: string, button: string) {
  const download = page.waitForEvent("download");
  await page.getByRole("group", { name: group }).getByRole("button", { name: button }).click();
  return download;
}

test.describe("a report of each run, and the tenant's recent token activity", () => {
  test.use({ expectedConsoleErrors: [/status of 503/] });

  test.beforeEach(async ({ useEntraConfig, page, graph }) => {
    await useEntraConfig();
    await page.setViewportSize({ width: 1440, height: 900 });
    const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();
    graph.profiles = [
      profile({
        kind: "dedicated",
        displayName: HOSTILE,
        tokenValue: "OLDTOKENHOSTILE",
        tokenExpirationDateTime: inDays(3),
      }),
      profile({
        kind: "dedicated",
        displayName: "Lobby kiosks",
        tokenValue: "OLDTOKENLOBBY",
        tokenExpirationDateTime: inDays(5),
      }),
      profile({
        kind: "aospUserless",
        displayName: "Headsets",
        tokenValue: "OLDTOKENHEADSETS",
        tokenExpirationDateTime: inDays(1),
      }),
    ];
  });

  test("after a bulk renewal: CSV and JSON with when, who, tenant, kind, expiries, result, request-id; escaped; no token; then the activity across profiles", async ({
    page,
    graph,
  }) => {
    const before = new Map(graph.profiles.map((p) => [p.displayName, p.tokenExpirationDateTime]));
    graph.failNext("POST", /createToken$/, 503, "ServiceUnavailable", "Intune is busy.");
    await page.goto("./");
    await signIn(page);
    await page.getByRole("checkbox", { name: "Select all 3 shown" }).check();
    await page.getByRole("button", { name: "Renew tokens…" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Renew 3 tokens" }).click();
    await expect(page.getByRole("region", { name: "Bulk renewal" })).toContainText("2 of 3");

    const csv = await text(await save(page, "Report of this run:", "Download CSV"));
    const json = JSON.parse(await text(await save(page, "Report of this run:", "Download JSON")));
    const writes = graph.createTokenRequests;
    expect(json.by).toBe(ADMIN.upn);
    expect(json.tenant.id).toBe(TENANT_ID);
    expect(json.profiles).toHaveLength(3);
    const failed = json.profiles.filter((line: { result: string }) => line.result === "Failed");
    expect(failed).toHaveLength(1);
    expect(failed[0].requestId).toBe(writes[0]!.requestId);
    for (const line of json.profiles.filter((l: { result: string }) => l.result === "Done")) {
      const sent = writes.find((w) => w.requestId === line.requestId);
      expect(sent, `the request-id of ${line.profile}`).toBeDefined();
      expect(line.oldExpiry).toBe(new Date(before.get(line.profile)!).toISOString());
      expect(Date.parse(line.newExpiry)).toBeGreaterThan(Date.now());
    }
    expect(json.profiles.map((l: { kind: string }) => l.kind).sort()).toEqual([
      "AOSP userless",
      "Dedicated",
      "Dedicated",
    ]);

    const lines = csv
      .replace(/^\uFEFF/, "")
      .split("\r\n")
      .filter(Boolean);
    expect(lines).toHaveLength(4);
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"",""Open"")"`);
    expect(csv).toContain(`"${ADMIN.upn}"`);
    for (const token of everyToken(graph)) {
      expect(csv).not.toContain(token);
      expect(JSON.stringify(json)).not.toContain(token);
    }

    // The same writes in the tenant's recent token activity, across profiles, by the admin.
    const activity = page.getByRole("region", { name: "Recent token activity" });
    await activity.getByRole("button", { name: "Show recent token activity" }).click();
    const events = activity.getByRole("list", { name: "Token events across profiles" }).getByRole("listitem");
    await expect(events).toHaveCount(2);
    await expect(events.first()).toContainText(`Who${ADMIN.upn}`);
    await expect(activity.getByRole("combobox", { name: "Person" })).toContainText(ADMIN.upn);
    await page.screenshot({ path: "test-results/screens/recent-activity-1440.png", animations: "disabled" });
    const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(axe.violations).toEqual([]);
    const exported = await (async () => {
      const download = page.waitForEvent("download");
      await activity.getByRole("button", { name: "Export activity as CSV" }).click();
      return text(await download);
    })();
    expect(
      exported
        .replace(/^\uFEFF/, "")
        .split("\r\n")
        .filter(Boolean),
    ).toHaveLength(3);
    expect(exported).toContain("Token created (or replaced)");
    for (const token of everyToken(graph)) expect(exported).not.toContain(token);
  });

  test("a single create, reported on request", async ({ page, graph }) => {
    await page.goto("./");
    await signIn(page);
    await page.getByRole("link", { name: "Lobby kiosks" }).click();
    await requestToken(page);
    await expect(page.getByText(/Token created for “Lobby kiosks”/)).toBeVisible();
    const json = JSON.parse(await text(await save(page, "Report of this change:", "Download JSON")));
    expect(json.profiles).toEqual([
      expect.objectContaining({
        profile: "Lobby kiosks",
        action: "Token created",
        result: "Done",
        requestId: graph.createTokenRequests[0]!.requestId,
        newExpiry: new Date(graph.profiles[1]!.tokenExpirationDateTime).toISOString(),
      }),
    ]);
    for (const token of everyToken(graph)) expect(JSON.stringify(json)).not.toContain(token);
  });
});
