import { expect, requestToken, signIn, test } from "./fixtures";

test("access and enrollment tokens never reach local storage, the console, a URL or the page unless asked", async ({
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

  await page.goto("./");
  await signIn(page);
  const target = graph.profiles.find((p) => p.displayName === "Warehouse scanners")!;
  await page.getByRole("link", { name: "Warehouse scanners" }).click();
  await requestToken(page);
  await expect(page.getByRole("status").filter({ hasText: "Token created" })).toBeVisible();
  const enrollmentToken = target.tokenValue!;
  const accessTokens = [...entra.issuedAccessTokens];
  expect(accessTokens.length).toBeGreaterThan(0);

  // Masked until asked; copying works without showing it.
  await expect(page.locator("body")).not.toContainText(enrollmentToken);
  await page.getByRole("button", { name: "Copy token" }).click();
  await expect(page.getByText("Token copied to the clipboard")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(enrollmentToken);
  await expect(page.locator("body")).not.toContainText(enrollmentToken);

  const secrets = [enrollmentToken, ...accessTokens];
  const html = await page.content();
  const { local, session } = await page.evaluate(() => ({
    local: JSON.stringify({ ...localStorage }),
    session: JSON.stringify({ ...sessionStorage }),
  }));
  for (const secret of secrets) {
    expect(html).not.toContain(secret);
    expect(local).not.toContain(secret);
    expect(consoleText.join("\n")).not.toContain(secret);
    expect(urls.join("\n")).not.toContain(secret);
  }
  // The MSAL cache (and so the access token) lives in session storage, never in local storage.
  expect(session).toContain(accessTokens.at(-1)!);
  expect(local).not.toMatch(/accesstoken|refreshtoken|idtoken/i);

  await page.getByRole("button", { name: "Show token" }).click();
  await expect(page.getByText(enrollmentToken)).toBeVisible();
});
