import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, requestToken, signIn, test } from "./fixtures";

/** Everything the page holds as text: the markup with every attribute (as serialised), and every form value. */
const pageText = (page: Page) =>
  page.evaluate(() => {
    const attributes = [...document.querySelectorAll("*")].flatMap((element) =>
      element.getAttributeNames().map((name) => element.getAttribute(name) ?? ""),
    );
    const values = [...document.querySelectorAll("input, textarea")].map(
      (field) => (field as HTMLInputElement | HTMLTextAreaElement).value,
    );
    return [document.documentElement.outerHTML, ...attributes, ...values].join("\n");
  });

const storage = (page: Page) =>
  page.evaluate(() => ({ local: JSON.stringify({ ...localStorage }), session: JSON.stringify({ ...sessionStorage }) }));

test("access and enrollment tokens never reach storage, the console, a URL or the page unless asked", async ({
  page,
  context,
  entra,
  graph,
  useEntraConfig,
}) => {
  await useEntraConfig();
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const consoleText: string[] = [];
  page.on("console", (message) => consoleText.push(message.text()));
  const urls: string[] = [];
  page.on("framenavigated", (frame) => urls.push(frame.url()));
  page.on("request", (request) => urls.push(request.url()));
  const downloads: string[] = [];
  page.on("download", (download) => downloads.push(download.suggestedFilename()));

  await page.goto("./");
  await signIn(page);
  const target = graph.profiles.find((p) => p.displayName === "Warehouse scanners")!;
  await page.getByRole("link", { name: "Warehouse scanners" }).click();
  await requestToken(page);
  await expect(page.getByRole("status").filter({ hasText: "Token created" })).toBeVisible();
  const enrollmentToken = target.tokenValue!;
  // Intune's QR code encodes the token: the image is as secret as the token itself.
  const qrCode = target.qrCodeImage!.value;
  const accessTokens = [...entra.issuedAccessTokens];
  expect(accessTokens.length).toBeGreaterThan(0);
  await expect(page.getByRole("button", { name: "Download QR code" })).toBeVisible();

  // Masked until asked; copying works without showing it.
  await page.getByRole("button", { name: "Copy token" }).click();
  await expect(page.getByText("Token copied to the clipboard")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(enrollmentToken);
  // The clipboard keeps it until something else replaces it: the console says so, and empties it when asked.
  await expect(page.getByText("The clipboard keeps it until you copy something else")).toBeVisible();
  await page.getByRole("button", { name: "Clear clipboard" }).click();
  await expect(page.getByText("Clipboard cleared.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("");

  const text = await pageText(page);
  const { local, session } = await storage(page);
  for (const secret of [enrollmentToken, qrCode, ...accessTokens]) {
    expect(text, "the page's text and attributes").not.toContain(secret);
    expect(local, "local storage").not.toContain(secret);
    expect(consoleText.join("\n"), "the console").not.toContain(secret);
    expect(urls.join("\n"), "a URL").not.toContain(secret);
  }
  for (const secret of [enrollmentToken, qrCode]) expect(session, "session storage").not.toContain(secret);
  expect(downloads, "nothing downloaded unasked").toEqual([]);
  // The MSAL cache (and so the access token) lives in session storage, never in local storage.
  expect(session).toContain(accessTokens.at(-1)!);
  expect(local).not.toMatch(/accesstoken|refreshtoken|idtoken/i);

  // Asked for: the download is Intune's image, byte for byte, and the page still holds neither the image nor the token.
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download QR code" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Warehouse scanners enrollment QR code \d{4}-\d\d-\d\d\.png$/);
  // From a Blob's URL, released after the click: a data: URL would be the image itself, kept in the download history.
  expect(file.url()).toMatch(/^blob:/);
  expect(readFileSync((await file.path())!)).toEqual(Buffer.from(qrCode, "base64"));
  expect(await pageText(page)).not.toContain(qrCode);

  await page.getByRole("button", { name: "Show QR code" }).click();
  await expect(page.getByRole("img", { name: "QR code that enrolls a device with this token" })).toBeVisible();
  expect(await pageText(page)).toContain(qrCode);
  await expect(page.locator("body")).not.toContainText(enrollmentToken);
  await page.getByRole("button", { name: "Show token" }).click();
  await expect(page.getByText(enrollmentToken)).toBeVisible();

  // Shown or not, neither reaches storage.
  const after = await storage(page);
  for (const secret of [enrollmentToken, qrCode]) {
    expect(after.session).not.toContain(secret);
    expect(after.local).not.toContain(secret);
  }
});
