import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { decodeQR } from "qr/decode.js";
import { WIFI_PASSWORD, profile, type FakeGraph } from "./fakes/graph";
import { expect, formatInPage, signIn, test } from "./fixtures";

const TOKEN_KEY = "com.google.android.apps.work.clouddpc.EXTRA_ENROLLMENT_TOKEN";
const BUNDLE_KEY = "android.app.extra.PROVISIONING_ADMIN_EXTRAS_BUNDLE";
const QR_ALT = "QR code that enrolls a device with this token";
const DAY = 86_400_000;

async function openProfile(page: Page, name: string) {
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { name, level: 2 })).toBeVisible();
}

/** Everything the page holds that an attacker could read without asking: its markup and every attribute. */
const pageText = (page: Page) =>
  page.evaluate(() =>
    [
      document.documentElement.outerHTML,
      ...[...document.querySelectorAll("*")].flatMap((el) => [...el.attributes].map((a) => a.value)),
    ].join("\n"),
  );

const axeViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()).violations;

const revokeRequests = (graph: FakeGraph) =>
  graph.requests.filter((r) => r.method === "POST" && r.url.endsWith("/revokeToken"));

test.describe("the token lifecycle: replace, revoke, export, print, expiry at a glance", () => {
  test.beforeEach(async ({ useEntraConfig, page }) => {
    await useEntraConfig();
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  test("replace asks first: what happens to devices, the expiries, Cancel sends nothing, confirm sends one POST", async ({
    page,
    graph,
  }) => {
    const target = graph.profiles.find((p) => p.displayName === "Warehouse scanners")!;
    const oldExpiry = target.tokenExpirationDateTime;
    await page.goto("./");
    await signIn(page);
    await openProfile(page, "Warehouse scanners");

    const replace = page.getByRole("button", { name: "Replace token" });
    await replace.click();
    const dialog = page.getByRole("dialog", { name: "Replace the token of “Warehouse scanners”?" });
    await expect(dialog).toBeVisible();
    const local = await formatInPage(page, oldExpiry);
    const utc = await formatInPage(page, oldExpiry, "UTC");
    await expect(dialog).toContainText(`Current tokenValid until ${local} (${utc}), expires in 20 days`);
    await expect(dialog).toContainText(/New tokenValid for 7 days, until .+ UTC\)/);
    await expect(dialog).toContainText("Enrolled devices148");
    await expect(dialog).toContainText(
      "Devices already enrolled keep working. The current token and its QR code stop enrolling new devices",
    );
    await page.screenshot({ path: "test-results/screens/lifecycle-replace-1440.png", animations: "disabled" });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: "test-results/screens/lifecycle-replace-390.png", animations: "disabled" });
    await page.setViewportSize({ width: 1440, height: 900 });

    // Cancel, and Escape, send nothing; focus goes back to the button.
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toHaveCount(0);
    await expect(replace).toBeFocused();
    await replace.press("Enter");
    await expect(dialog).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(replace).toBeFocused();
    await page.waitForTimeout(300);
    expect(graph.createTokenRequests).toHaveLength(0);

    // Confirmed (twice, in a hurry): one POST.
    await replace.click();
    await dialog.getByRole("button", { name: "Replace token" }).dblclick();
    await expect(page.getByRole("status").filter({ hasText: "Token created" })).toContainText(
      "Token created for “Warehouse scanners”, replacing the previous one. It is valid until",
    );
    await expect(dialog).toHaveCount(0);
    expect(graph.createTokenRequests).toHaveLength(1);
    expect(graph.executedCreateTokens).toBe(1);
    expect(target.tokenExpirationDateTime).not.toBe(oldExpiry);
    // Focus goes to the result: the current token, now the new one.
    await expect(page.getByRole("heading", { name: "Current token" })).toBeFocused();

    // Without a token there is nothing to replace: one click creates.
    await openProfile(page, "Digital signage");
    await page.getByRole("button", { name: "Create token" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Token created for “Digital signage”." })).toBeVisible();
    expect(graph.createTokenRequests).toHaveLength(2);
    await expect(page.getByRole("dialog")).toHaveCount(0);
  });

  test("revoke: a confirm dialog, exactly one POST without a body, then the re-read shows no token and a toast says so", async ({
    page,
    graph,
  }) => {
    const target = graph.profiles.find((p) => p.displayName === "Warehouse scanners")!;
    await page.goto("./");
    await signIn(page);
    await openProfile(page, "Warehouse scanners");
    const revoke = page.getByRole("button", { name: "Revoke token" });
    await revoke.click();
    const dialog = page.getByRole("dialog", { name: "Revoke the token of “Warehouse scanners”?" });
    await expect(dialog).toContainText("The token and its QR code stop working at once");
    await expect(dialog).toContainText("Devices already enrolled are not affected.");
    await expect(dialog).toContainText("Enrolled devices148");
    await page.screenshot({ path: "test-results/screens/lifecycle-revoke-1440.png", animations: "disabled" });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: "test-results/screens/lifecycle-revoke-390.png", animations: "disabled" });
    await page.setViewportSize({ width: 1440, height: 900 });
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(revoke).toBeFocused();
    await page.waitForTimeout(300);
    expect(revokeRequests(graph)).toHaveLength(0);

    await revoke.click();
    await dialog.getByRole("button", { name: "Revoke token" }).dblclick();
    await expect(page.getByRole("status").filter({ hasText: "Token revoked" })).toContainText(
      "Token revoked for “Warehouse scanners”. New devices cannot enroll with this profile until a new token is created.",
    );
    const current = page.getByRole("region", { name: "Current token" });
    await expect(current).toContainText("This profile has no token yet.");
    await expect(current.getByRole("button", { name: "Show token" })).toHaveCount(0);
    await expect(current.getByRole("heading", { name: "Current token" })).toBeFocused();
    // Disabled, with the reason next to it.
    await expect(revoke).toBeDisabled();
    await expect(revoke).toHaveAccessibleDescription("There is no token to revoke, export or print.");
    await expect(page.getByRole("link", { name: "Warehouse scanners" })).toContainText("No token");
    await expect(page.getByRole("button", { name: "Create token" })).toBeVisible();

    const posts = revokeRequests(graph);
    expect(posts).toHaveLength(1);
    expect(graph.executedRevokeTokens).toBe(1);
    expect(new URL(posts[0]!.url).pathname).toBe(
      `/beta/deviceManagement/androidDeviceOwnerEnrollmentProfiles/${target.id}/revokeToken`,
    );
    expect(posts[0]!.body).toBeNull();
  });

  test.describe("revoke when Graph fails", () => {
    test.use({
      expectedConsoleErrors: [
        [/^Failed to load resource: the server responded with a status of (429|503)\b/],
        { scope: "test" },
      ],
    });

    test("a 503 is never retried and says the token may have been revoked; a 429 is retried and revokes once", async ({
      page,
      graph,
    }) => {
      await page.goto("./");
      await signIn(page);
      await openProfile(page, "Field service");
      graph.failNext("POST", /\/revokeToken$/, 503, "ServiceUnavailable", "Upstream failure");
      await page.getByRole("button", { name: "Revoke token" }).click();
      await page.getByRole("dialog").getByRole("button", { name: "Revoke token" }).click();
      const alert = page.getByRole("alert");
      await expect(alert).toContainText("The token was not revoked");
      await expect(alert).toContainText("The token may or may not have been revoked.");
      await page.waitForTimeout(1500);
      expect(revokeRequests(graph)).toHaveLength(1);
      expect(graph.executedRevokeTokens).toBe(0);

      // Try again asks again; a throttled attempt is repeated after Retry-After, and Graph revokes once.
      graph.failNext("POST", /\/revokeToken$/, 429, "TooManyRequests", "Too many requests", {
        headers: { "retry-after": "1" },
      });
      await alert.getByRole("button", { name: "Try again" }).click();
      await page.getByRole("dialog").getByRole("button", { name: "Revoke token" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Token revoked" })).toBeVisible();
      expect(revokeRequests(graph)).toHaveLength(3);
      expect(graph.executedRevokeTokens).toBe(1);
    });
  });

  test("export: the admin center's JSON holds the token and Graph's expiry and no Wi-Fi password field; Zero-touch and Knox JSON are copied", async ({
    page,
    context,
    graph,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const target = graph.profiles.find((p) => p.displayName === "Warehouse scanners")!;
    const extras = JSON.parse(target.qrCodeContent!) as Record<string, unknown>;
    await page.goto("./");
    await signIn(page);
    await openProfile(page, "Warehouse scanners");
    await page.getByRole("button", { name: "Export token" }).click();
    const dialog = page.getByRole("dialog", { name: "Export the token of “Warehouse scanners”" });
    await expect(dialog).toContainText("anyone who has it can enroll devices with this profile");
    await expect(dialog).not.toContainText("Wi-Fi");
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: "test-results/screens/lifecycle-export-1440.png", animations: "disabled" });

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      dialog.getByRole("button", { name: "Download JSON file" }).click(),
    ]);
    const fileName = download.suggestedFilename();
    expect(fileName).toMatch(/^Warehouse scanners enrollment token \d{4}-\d\d-\d\d\.json$/);
    expect(fileName).not.toContain(target.tokenValue!);
    const text = await readFile(await download.path(), "utf8");
    const file = JSON.parse(text) as { qrCodeContent: Record<string, Record<string, string>>; expirationDate: string };
    expect(Object.keys(file)).toEqual(["qrCodeContent", "expirationDate"]);
    expect(file.qrCodeContent).toEqual(extras);
    expect(file.qrCodeContent[BUNDLE_KEY]![TOKEN_KEY]).toBe(target.tokenValue);
    expect(file.expirationDate).toBe(target.tokenExpirationDateTime);
    expect(text).not.toMatch(/wifiPassword/i);
    expect(text).not.toContain(WIFI_PASSWORD);

    await dialog.getByRole("button", { name: "Copy DPC extras" }).click();
    await expect(dialog.getByRole("status")).toHaveText("Copied to the clipboard.");
    expect(JSON.parse(await page.evaluate(() => navigator.clipboard.readText()))).toEqual(extras);
    await dialog.getByRole("button", { name: "Copy custom JSON" }).click();
    expect(JSON.parse(await page.evaluate(() => navigator.clipboard.readText()))).toEqual({
      [TOKEN_KEY]: target.tokenValue,
    });
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect(page.getByRole("button", { name: "Export token" })).toBeFocused();
    // The file was made on the click: no link to it stays in the page.
    expect(await pageText(page)).not.toContain(target.tokenValue!);
  });

  test("export of an AOSP token: Graph's content as it is, the admin center's file only, and a plain warning that it is a secret", async ({
    page,
    graph,
  }) => {
    const target = graph.profiles.find((p) => p.displayName === "Field service")!;
    const extras = JSON.parse(Buffer.from(target.qrCodeContent!, "base64").toString("utf8")) as object;
    await page.goto("./");
    await signIn(page);
    await openProfile(page, "Field service");
    await page.getByRole("button", { name: "Export token" }).click();
    const dialog = page.getByRole("dialog", { name: "Export the token of “Field service”" });
    await expect(dialog).toContainText(
      "This file is a secret for one more reason: AOSP QR code content can hold the Wi-Fi network's password in plain text",
    );
    await expect(dialog.getByRole("button", { name: "Copy DPC extras" })).toHaveCount(0);
    await expect(dialog.getByRole("button", { name: "Copy custom JSON" })).toHaveCount(0);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: "test-results/screens/lifecycle-export-aosp-390.png", animations: "disabled" });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      dialog.getByRole("button", { name: "Download JSON file" }).click(),
    ]);
    const text = await readFile(await download.path(), "utf8");
    const file = JSON.parse(text) as { qrCodeContent: object; expirationDate: string };
    expect(file).toEqual({ qrCodeContent: extras, expirationDate: target.tokenExpirationDateTime });
    expect(text).toContain(target.tokenValue!);
    // What Graph put in qrCodeContent travels as it is; the profile's own wifiPassword field never does.
    expect(text).not.toContain('"wifiPassword"');
  });

  test("print: the QR code, name, kind, expiry and a warning on the sheet, nothing else on paper, and the browser's print", async ({
    page,
    graph,
  }) => {
    await page.addInitScript(() => {
      const calls: { src: string | null; loaded: boolean }[] = [];
      (window as unknown as { __printCalls: typeof calls }).__printCalls = calls;
      window.print = () => {
        const img = document.querySelector<HTMLImageElement>('[role="dialog"] img');
        calls.push({ src: img?.getAttribute("src") ?? null, loaded: !!img?.complete && img.naturalWidth > 0 });
      };
    });
    const target = graph.profiles.find((p) => p.displayName === "Warehouse scanners")!;
    await page.goto("./");
    await signIn(page);
    await openProfile(page, "Warehouse scanners");
    await page.getByRole("button", { name: "Print QR code" }).click();
    const dialog = page.getByRole("dialog", { name: "Print the QR code" });
    const sheet = dialog.getByRole("region", { name: "Warehouse scanners" });
    await expect(sheet.getByRole("heading", { name: "Warehouse scanners" })).toBeVisible();
    await expect(sheet).toContainText("Dedicated");
    const local = await formatInPage(page, target.tokenExpirationDateTime);
    const utc = await formatInPage(page, target.tokenExpirationDateTime, "UTC");
    const zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    await expect(sheet.getByText(`Valid until ${local} (${zone})`)).toBeVisible();
    await expect(sheet.getByText(utc, { exact: true })).toBeVisible();
    await expect(sheet).toContainText("Anyone who has this QR code can enroll a device");
    const qr = sheet.getByRole("img", { name: QR_ALT });
    await expect(qr).toHaveAttribute("src", `data:image/png;base64,${target.qrCodeImage!.value}`);
    await page.screenshot({ path: "test-results/screens/lifecycle-print-dialog-1440.png", animations: "disabled" });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: "test-results/screens/lifecycle-print-dialog-390.png", animations: "disabled" });
    await page.setViewportSize({ width: 1440, height: 900 });

    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole("button", { name: "Print", exact: true }).click();
    const calls = await page.evaluate(() => (window as unknown as { __printCalls: unknown[] }).__printCalls);
    expect(calls).toEqual([{ src: `data:image/png;base64,${target.qrCodeImage!.value}`, loaded: true }]);

    // On paper: the sheet alone, the QR code at least 5 cm wide.
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("list", { name: "Enrollment profiles" })).toBeHidden();
    await expect(page.getByRole("heading", { name: "Print the QR code" })).toBeHidden();
    await expect(dialog.getByRole("button", { name: "Print", exact: true })).toBeHidden();
    await expect(sheet).toBeVisible();
    const box = (await qr.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual((5 / 2.54) * 96);
    await page.screenshot({
      path: "test-results/screens/lifecycle-print-media.png",
      fullPage: true,
      animations: "disabled",
    });
    // Printed for real (Chromium's PDF): the sheet fits one A4 page.
    const pdf = (await page.pdf({ format: "A4" })).toString("latin1");
    expect(pdf.match(/\/Type\s*\/Page\b(?!s)/g)).toHaveLength(1);
    await page.emulateMedia({ media: "screen" });

    await dialog.getByRole("button", { name: "Close" }).click();
    await expect(page.getByRole("button", { name: "Print QR code" })).toBeFocused();
    await expect(page.locator('img[src^="data:"]')).toHaveCount(0);
  });

  test("print without Intune's image: the QR code is made from qrCodeContent by a chunk loaded only then, and it scans to the provisioning JSON", async ({
    page,
    graph,
    loadedChunks,
  }) => {
    const target = graph.profiles.find((p) => p.displayName === "Warehouse scanners")!;
    target.qrCodeImage = null;
    await page.goto("./");
    await signIn(page);
    await openProfile(page, "Warehouse scanners");
    expect(loadedChunks.filter((name) => name.startsWith("qr-"))).toEqual([]);

    await page.getByRole("button", { name: "Print QR code" }).click();
    const qr = page.getByRole("dialog").getByRole("img", { name: QR_ALT });
    await expect(qr).toHaveAttribute("src", /^data:image\/gif;base64,/);
    expect(loadedChunks.filter((name) => name.startsWith("qr-"))).toHaveLength(1);
    await expect(page.getByRole("dialog").getByRole("button", { name: "Print", exact: true })).toBeEnabled();

    // The GIF has 8 pixels per module: read it at 2, which is plenty for a decoder and a quarter of the work.
    const image = await qr.evaluate(async (img: HTMLImageElement) => {
      await img.decode();
      const canvas = document.createElement("canvas");
      canvas.width = img.naturalWidth / 4;
      canvas.height = img.naturalHeight / 4;
      const context = canvas.getContext("2d")!;
      context.imageSmoothingEnabled = false;
      context.drawImage(img, 0, 0, canvas.width, canvas.height);
      const { width, height, data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let binary = "";
      for (const byte of data) binary += String.fromCharCode(byte);
      return { width, height, data: btoa(binary) };
    });
    const scanned = decodeQR({ ...image, data: new Uint8ClampedArray(Buffer.from(image.data, "base64")) });
    expect(JSON.parse(scanned)).toEqual(JSON.parse(target.qrCodeContent!));
  });

  test("expiring soon: its own chip, in words such as “Expires in 2 days”, which stays distinct in forced colours", async ({
    page,
    graph,
  }) => {
    graph.profiles.push(
      profile({
        kind: "dedicated",
        displayName: "Loading dock",
        tokenValue: "DOCKTOKEN",
        tokenExpirationDateTime: new Date(Date.now() + 2 * DAY + 3 * 3_600_000).toISOString(),
      }),
    );
    const soon = graph.profiles.at(-1)!;
    await page.goto("./");
    await signIn(page);
    const local = await formatInPage(page, soon.tokenExpirationDateTime);
    const link = page.getByRole("link", { name: "Loading dock" });
    await expect(link).toContainText(`Expires in 2 days (${local})`);
    await expect(page.getByRole("link", { name: "Warehouse scanners" })).toContainText(/Valid until .+ \(in 20 days\)/);
    await expect(page.getByRole("link", { name: "Retail POS tablets" })).toContainText(/Expired 3 days ago \(/);
    await openProfile(page, "Loading dock");
    await expect(page.getByRole("region", { name: "Current token" })).toContainText(
      "Expires in 2 days: replace it before then, or new devices cannot enroll with this profile.",
    );

    const background = (name: string) =>
      page
        .getByRole("link", { name })
        .locator(".MuiChip-root")
        .evaluate((chip) => getComputedStyle(chip).backgroundColor);
    const soonColour = await background("Loading dock");
    expect(soonColour).not.toBe(await background("Warehouse scanners"));
    expect(soonColour).not.toBe(await background("Retail POS tablets"));
    await page
      .locator("main")
      .screenshot({ path: "test-results/screens/lifecycle-expiring-1440.png", animations: "disabled" });

    await page.emulateMedia({ forcedColors: "active" });
    const mark = await page.evaluate(() => {
      const probe = document.createElement("span");
      probe.style.backgroundColor = "Mark";
      document.body.append(probe);
      const colour = getComputedStyle(probe).backgroundColor;
      probe.remove();
      return colour;
    });
    // Polled: the chip's background eases into its new colour.
    await expect.poll(() => background("Loading dock")).toBe(mark);
    expect(await background("Warehouse scanners")).not.toBe(mark);
    await page
      .locator("main")
      .screenshot({ path: "test-results/screens/lifecycle-expiring-forced-colors.png", animations: "disabled" });
  });

  test("the token and its QR code are nowhere in the page, text or attributes, until the admin reveals them", async ({
    page,
    graph,
  }) => {
    const target = graph.profiles.find((p) => p.displayName === "Warehouse scanners")!;
    const secrets = [target.tokenValue!, target.qrCodeImage!.value, target.qrCodeContent!];
    await page.goto("./");
    await signIn(page);
    await openProfile(page, "Warehouse scanners");
    await expect(page.getByRole("button", { name: "Show QR code" })).toBeVisible();
    let text = await pageText(page);
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(text).not.toContain("data:image");

    await page.getByRole("button", { name: "Show QR code" }).click();
    await expect(page.getByRole("img", { name: QR_ALT })).toBeVisible();
    expect(await pageText(page)).toContain(target.qrCodeImage!.value);
    await page.getByRole("button", { name: "Hide QR code" }).click();
    await expect(page.getByRole("img", { name: QR_ALT })).toHaveCount(0);
    text = await pageText(page);
    for (const secret of secrets) expect(text).not.toContain(secret);

    await page.getByRole("button", { name: "Show token" }).click();
    await expect(page.getByText(target.tokenValue!)).toBeVisible();
    await page.getByRole("button", { name: "Hide token" }).click();
    await expect(page.getByText(target.tokenValue!)).toHaveCount(0);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({
      path: "test-results/screens/lifecycle-details-390.png",
      fullPage: true,
      animations: "disabled",
    });
  });
});
