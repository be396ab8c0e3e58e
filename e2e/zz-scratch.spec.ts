import { expect, signIn, test } from "./fixtures";
test("hidden iframe renewal", async ({ page, context, entra, useEntraConfig }) => {
  await useEntraConfig();
  await page.goto("./");
  await signIn(page);
  await expect(page.getByRole("link", { name: "Hospital carts" })).toBeVisible();
  const keys = await page.evaluate(() => Object.keys(sessionStorage));
  console.log(keys);
  await context.route((url) => url.origin === "https://login.microsoftonline.com" && url.pathname.endsWith("/oauth2/v2.0/token"), async (route, request) => {
    if (new URLSearchParams(request.postData() ?? "").get("grant_type") === "refresh_token") {
      return route.fulfill({ status: 400, contentType: "application/json", headers: { "access-control-allow-origin": request.headers()["origin"] ?? "*" },
        body: JSON.stringify({ error: "invalid_grant", error_description: "AADSTS700082: expired", error_codes: [700082], suberror: "bad_token" }) });
    }
    return route.fallback();
  });
  const frames: string[] = [];
  page.on("frameattached", (f) => frames.push("attached"));
  page.on("framenavigated", (f) => frames.push(f.url()));
  await page.evaluate(() => { for (const k of Object.keys(sessionStorage)) if (/accesstoken/i.test(k)) sessionStorage.removeItem(k); });
  await page.reload();
  await expect(page.getByRole("link", { name: "Hospital carts" })).toBeVisible();
  console.log(entra.authorizeRequests.map((u) => `${u.searchParams.get("prompt")} ${u.searchParams.get("redirect_uri")}`));
  console.log(entra.tokenRequests.map((b) => b.get("grant_type")));
  console.log(frames);
});
