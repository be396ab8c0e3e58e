import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { ADMIN, TENANT_ID } from "./fakes/entra";
import type { FakeGraph } from "./fakes/graph";
import { expect, formatInPage, test } from "./fixtures";

const axe = (page: Page) => new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);

/**
 * Latin words on screen that are neither data (Graph's profiles, the account, the tenant) nor names that stay
 * in English in Microsoft's Japanese UI (Microsoft Graph, Intune, Android, the permission's name, UTC, QR, the
 * language named in itself).
 */
async function englishWords(page: Page, graph: FakeGraph): Promise<string[]> {
  let text = await page.locator("body").innerText();
  const data = [
    ...graph.profiles.flatMap((profile) => [profile.displayName, profile.description, profile.tokenValue]),
    ADMIN.name,
    ADMIN.upn,
    TENANT_ID,
    "DeviceManagementConfiguration.ReadWrite.All",
  ].filter((value): value is string => typeof value === "string");
  for (const value of data.sort((a, b) => b.length - a.length)) text = text.replaceAll(value, " ");
  // Product and format names stay as they are in Microsoft's Japanese UI.
  text = text.replaceAll("Android for Work", " ");
  const kept = new Set([
    ...["Microsoft", "Graph", "Intune", "Android", "Enterprise", "Entra", "AOSP"],
    ...["UTC", "JST", "QR", "CSV", "JSON", "English"],
  ]);
  return [...text.matchAll(/[A-Za-z]{2,}/g)].map((match) => match[0]).filter((word) => !kept.has(word));
}

test.describe("a browser in Japanese (ja-JP, Tokyo)", () => {
  test.use({ locale: "ja-JP", timezoneId: "Asia/Tokyo" });

  test("the whole token journey in Japanese; switch to English and back; a reload keeps the choice", async ({
    page,
    useEntraConfig,
    graph,
  }) => {
    // The whole journey, with axe four times and screenshots at two widths in both colour schemes.
    test.setTimeout(90_000);
    await useEntraConfig();
    await page.goto("./");
    const html = page.locator("html");
    await expect(html).toHaveAttribute("lang", "ja");
    await expect(page).toHaveTitle("登録トークン コンソール");
    await expect(page.getByRole("heading", { name: "登録トークンを発行するにはサインインしてください" })).toBeVisible();
    expect(await englishWords(page, graph)).toEqual([]);
    expect((await axe(page).analyze()).violations).toEqual([]);

    // Sign in (real MSAL, redirect) and pick a profile.
    await page.getByRole("button", { name: "サインイン" }).click();
    await expect(page.getByRole("button", { name: "サインアウト" })).toBeVisible();
    await expect(page.getByText("5件のプロファイル (全5件)")).toBeVisible();
    await expect(page.getByRole("link", { name: "Digital signage" })).toContainText("トークンなし");
    await expect(page.getByRole("link", { name: "Hospital carts" })).toContainText("登録済みデバイス: 54台");
    await page.getByRole("link", { name: "Warehouse scanners" }).click();
    await expect(page.getByRole("heading", { name: "Warehouse scanners", level: 2 })).toBeVisible();

    // The validity, in words; then create.
    const slider = page.getByRole("slider", { name: "トークンの有効期間" });
    await expect(slider).toHaveAttribute("aria-valuetext", "7日");
    await slider.focus();
    await page.keyboard.press("Home");
    await expect(slider).toHaveAttribute("aria-valuetext", "1時間");
    await page.keyboard.press("End");
    await expect(page.getByText("有効期間: 65年")).toBeVisible();
    // The profile has a token: the new one replaces it, once confirmed.
    await page.getByRole("button", { name: "トークンの置換" }).click();
    const dialog = page.getByRole("dialog", { name: "「Warehouse scanners」のトークンを置換しますか?" });
    expect((await axe(page).analyze()).violations).toEqual([]);
    await dialog.getByRole("button", { name: "トークンの置換" }).click();
    const toast = page.getByRole("status").filter({ hasText: "トークンを作成し" });
    await expect(toast).toContainText("「Warehouse scanners」のトークンを作成し、以前のトークンを置き換えました。");
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("heading", { name: "現在のトークン" })).toBeFocused();

    // The new expiry in Japanese, in Tokyo time (JST) and in UTC.
    const target = graph.profiles.find((profile) => profile.displayName === "Warehouse scanners")!;
    const local = await formatInPage(page, target.tokenExpirationDateTime);
    const utc = await formatInPage(page, target.tokenExpirationDateTime, "UTC");
    expect(local).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 \d{1,2}:\d\d JST$/);
    expect(utc).toMatch(/ UTC$/);
    await expect(page.getByText(`${local} まで有効 (${utc})`)).toBeVisible();
    await expect(toast).toContainText(`${local} まで有効です。`);
    await page.getByRole("button", { name: "トークンの表示" }).click();
    await page.getByRole("button", { name: "QR コードの表示" }).click();
    await expect(page.getByRole("img", { name: "このトークンでデバイスを登録する QR コード" })).toBeVisible();
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "QR コードのダウンロード" }).click();
    expect((await download).suggestedFilename()).toMatch(/^Warehouse scanners 登録 QR コード \d{4}-\d\d-\d\d\.png$/);
    expect(await englishWords(page, graph)).toEqual([]);
    expect((await axe(page).analyze()).violations).toEqual([]);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: "test-results/screens/ja-1440.png", fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: "test-results/screens/ja-390.png", fullPage: true });
    // Dark, by the switch in the account menu (a phone's header keeps it there): axe finds nothing there either.
    await page.getByRole("button", { name: `アカウント: ${ADMIN.name}` }).click();
    const accountMenu = page.getByRole("dialog", { name: "サインインしているアカウント" });
    await accountMenu.getByRole("combobox", { name: "テーマ" }).selectOption("dark");
    await page.keyboard.press("Escape");
    // Gone from the page, not only from the accessibility tree: axe would see its fading text.
    await expect(page.getByRole("dialog", { includeHidden: true })).toHaveCount(0);
    await expect(page.locator("html")).toHaveCSS("color-scheme", "dark");
    expect(await englishWords(page, graph)).toEqual([]);
    expect((await axe(page).analyze()).violations).toEqual([]);
    await page.screenshot({ path: "test-results/screens/ja-390-dark.png", fullPage: true });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: "test-results/screens/ja-1440-dark.png", fullPage: true });
    await page.getByRole("combobox", { name: "テーマ" }).selectOption("system");
    await page.setViewportSize({ width: 1280, height: 720 });

    // Switch to English: at once, without a reload; what was on screen stays.
    await page.getByRole("combobox", { name: "言語" }).selectOption("en");
    await expect(html).toHaveAttribute("lang", "en");
    await expect(page.getByRole("button", { name: "Replace token" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Warehouse scanners", level: 2 })).toBeVisible();
    await expect(page.getByRole("button", { name: "Hide token" })).toBeVisible();
    await expect(page).toHaveTitle("Enrollment Token Console");

    // The choice outlives a reload, over the browser's Japanese.
    await page.reload();
    await expect(page.getByRole("button", { name: "Replace token" })).toBeVisible();
    await expect(html).toHaveAttribute("lang", "en");

    // And back to Japanese, by keyboard this time; a reload keeps it too.
    await page.getByRole("combobox", { name: "Language" }).focus();
    await page.keyboard.press("ArrowDown");
    await expect(page.getByRole("button", { name: "トークンの置換" })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("button", { name: "トークンの置換" })).toBeVisible();
    await expect(html).toHaveAttribute("lang", "ja");
    expect(graph.createTokenRequests).toHaveLength(1);
  });

  test("the popup relay page (cross-site portals) is in Japanese too", async ({ page }) => {
    await page.goto("./relay.html");
    await expect(page.getByRole("heading", { name: "登録トークン コンソールへのサインイン" })).toBeVisible();
    await expect(page.getByRole("button", { name: "続行" })).toBeEnabled();
    await expect(page.getByRole("button", { name: "続行" })).toBeFocused();
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page).toHaveTitle("登録トークン コンソールへのサインイン");
    expect((await axe(page).analyze()).violations).toEqual([]);
  });

  test("the bad-config screen is in Japanese too", async ({ context, page }) => {
    await context.route("**/config.json", (route) =>
      route.fulfill({ contentType: "application/json", body: JSON.stringify({ clientId: "my-app", cloud: "mars" }) }),
    );
    await page.goto("./");
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("コンソールが正しく構成されていません");
    await expect(alert).toContainText("GUID");
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    expect((await axe(page).analyze()).violations).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: "test-results/screens/ja-config-error-390.png", fullPage: true });
  });
});
