import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { ADMIN } from "./fakes/entra";
import type { FakeGraph } from "./fakes/graph";
import { expect, formatInPage, requestToken, signIn, test } from "./fixtures";

const AUDIT_PERMISSION = "DeviceManagementApps.Read.All";

async function openProfile(page: Page, name: string) {
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { name, level: 2 })).toBeVisible();
}

/** Everything the page holds: its markup and every attribute. */
const pageText = (page: Page) =>
  page.evaluate(() =>
    [
      document.documentElement.outerHTML,
      ...[...document.querySelectorAll("*")].flatMap((el) => [...el.attributes].map((a) => a.value)),
    ].join("\n"),
  );

/** Every token the fake tenant ever held or issued, as the audit log's modifiedProperties carry them. */
const everyToken = (graph: FakeGraph) =>
  graph.tenant.auditEvents
    .flatMap((event) =>
      event.resources.flatMap((resource) =>
        resource.modifiedProperties.flatMap((property) => [property.oldValue, property.newValue]),
      ),
    )
    .filter((value): value is string => Boolean(value));

const auditRequests = (graph: FakeGraph) =>
  graph.requests.filter((r) => r.url.includes("/deviceManagement/auditEvents"));

test.describe("who did what to a token: Intune's audit log", () => {
  test.beforeEach(async ({ useEntraConfig, page }) => {
    await useEntraConfig();
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  test("a profile's History after a replace and a revoke in the same session: who and when, newest first, no token", async ({
    page,
    graph,
  }) => {
    await page.goto("./");
    await signIn(page);
    await openProfile(page, "Warehouse scanners");
    await requestToken(page);
    await expect(page.getByText(/Token created for “Warehouse scanners”/)).toBeVisible();
    await page.getByRole("button", { name: "Revoke token" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Revoke token" }).click();
    await expect(page.getByText("This profile has no token yet. Create one below.")).toBeVisible();
    expect(auditRequests(graph)).toHaveLength(0);

    const history = page.getByRole("region", { name: "History" });
    await history.getByRole("button", { name: "Show history" }).click();
    const events = history.getByRole("list", { name: "Events of this profile" }).getByRole("listitem");
    await expect(events).toHaveCount(2);
    const [created, revoked] = graph.tenant.auditEvents;
    for (const [item, event, words] of [
      [events.nth(0), revoked!, "Token revoked"],
      [events.nth(1), created!, "Token created (or replaced)"],
    ] as const) {
      const local = await formatInPage(page, event.activityDateTime);
      const utc = await formatInPage(page, event.activityDateTime, "UTC");
      await expect(item).toContainText(`When${local} · ${utc}`);
      await expect(item).toContainText(`Who${ADMIN.upn}`);
      await expect(item).toContainText(`What${words}`);
      await expect(item).toContainText("ResultSucceeded");
    }
    await page.screenshot({ path: "test-results/screens/history-1440.png", animations: "disabled" });
    const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(axe.violations).toEqual([]);
    // On a phone: no sideways scroll.
    await page.setViewportSize({ width: 390, height: 844 });
    await history.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: "test-results/screens/history-390.png", animations: "disabled" });
    await page.setViewportSize({ width: 1440, height: 900 });

    // Asked with a token that carries the audit log's permission, silently: no window opened.
    const read = auditRequests(graph).find((r) => new URL(r.url).searchParams.has("$filter"))!;
    expect(read.caller?.scopes).toContain(AUDIT_PERMISSION);
    expect(new URL(read.url).searchParams.get("$orderby")).toBe("activityDateTime desc");
    const tokens = everyToken(graph);
    expect(tokens.length).toBeGreaterThan(0);
    const text = await pageText(page);
    for (const token of tokens) expect(text).not.toContain(token);
  });

  test.describe("without the permission", () => {
    // Entra ID's token endpoint answers the silent requests for the permission 400 (AADSTS65001).
    test.use({ expectedConsoleErrors: [/status of 400/] });

    test("the permission refused: the reason is said, and the rest of the console works", async ({
      page,
      graph,
      entra,
    }) => {
      entra.consentNeeded.add(AUDIT_PERMISSION);
      entra.declineConsent = true;
      await page.goto("./");
      await signIn(page);
      await openProfile(page, "Warehouse scanners");

      const history = page.getByRole("region", { name: "History" });
      await history.getByRole("button", { name: "Show history" }).click();
      await expect(history).toContainText(`needs the Microsoft Graph permission ${AUDIT_PERMISSION}`);
      await expect(history).toContainText("Everything else in the console works without it.");
      expect(auditRequests(graph)).toHaveLength(0);

      // At top level, Allow access goes to Entra ID and back (a redirect); Entra refuses, and the page says so.
      await history.getByRole("button", { name: "Allow access to the audit log" }).click();
      await expect(page.getByRole("heading", { name: "Warehouse scanners", level: 2 })).toBeVisible();
      await page.getByRole("region", { name: "History" }).getByRole("button", { name: "Show history" }).click();
      await expect(page.getByRole("region", { name: "History" }).getByRole("alert")).toContainText(
        "Access was not granted",
      );
      expect(entra.authorizeRequests.at(-1)?.searchParams.get("scope")).toContain(AUDIT_PERMISSION);
      expect(auditRequests(graph)).toHaveLength(0);

      // Everything else works: a token is created as ever.
      await requestToken(page);
      await expect(page.getByText(/Token created for “Warehouse scanners”/)).toBeVisible();
      expect(graph.executedCreateTokens).toBe(1);
    });
  });
});
