import { contentSecurityPolicy, CLOUD_HOSTS } from "../deploy/csp.mjs";
import { CLIENT_ID, FakeEntra, TENANT_ID } from "./fakes/entra";
import { FakeGraph } from "./fakes/graph";
import { expect, signIn, test } from "./fixtures";

/**
 * Each national cloud: the build's pages rewritten for that cloud as `node deploy/csp.mjs --cloud <c> --write`
 * does at deployment (meta tag and header), config.json naming the cloud, and fakes of that cloud's own login
 * and Graph hosts. Sign-in, the scope and createToken must all go to that cloud, and nowhere else.
 */
for (const cloud of ["usgov", "usgovdod", "china"] as const) {
  test(`${cloud}: sign-in and createToken against the cloud's own hosts`, async ({ context, page, baseURL }) => {
    const { loginHost, graphHost } = CLOUD_HOSTS[cloud];
    const entra = new FakeEntra([new URL("redirect.html", baseURL).href], loginHost, TENANT_ID);
    const graph = new FakeGraph(entra, undefined, graphHost);
    await entra.install(context);
    await graph.install(context);
    const elsewhere: string[] = [];
    await context.route(/^https:\/\/(login\.microsoftonline\.com|graph\.microsoft\.com)\//, (route) => {
      elsewhere.push(route.request().url());
      return route.abort();
    });
    await context.route("**/config.json", (route) =>
      route.fulfill({ json: { clientId: CLIENT_ID, tenantId: TENANT_ID, cloud, demo: false } }),
    );
    const meta = contentSecurityPolicy({ loginHost, graphHost, forMeta: true });
    const header = contentSecurityPolicy({ loginHost, graphHost });
    await context.route(/\/(|index\.html|redirect\.html|relay\.html)(\?.*)?$/, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(
        /(http-equiv="Content-Security-Policy" content=")[^"]*/,
        `$1${meta}`,
      );
      await route.fulfill({
        response,
        body: html,
        headers: { ...response.headers(), "content-security-policy": header },
      });
    });

    await page.goto("./");
    await signIn(page);
    const scope = entra.authorizeRequests[0]!.searchParams.get("scope");
    expect(scope).toContain(`${graphHost}/DeviceManagementConfiguration.ReadWrite.All`);
    expect(new URL(entra.authorizeRequests[0]!.href).origin).toBe(loginHost);
    await page.getByRole("link", { name: "Digital signage" }).click();
    await page.getByRole("button", { name: "Create token" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Token created" })).toBeVisible();
    expect(graph.executedCreateTokens).toBe(1);
    expect(new URL(graph.createTokenRequests[0]!.url).origin).toBe(graphHost);
    expect(elsewhere).toEqual([]);
    expect(entra.errors).toEqual([]);
  });
}

test("a config.json naming a cloud the page's policy does not allow is reported, not left to fail", async ({
  context,
  page,
}) => {
  await context.route("**/config.json", (route) =>
    route.fulfill({ json: { clientId: CLIENT_ID, tenantId: TENANT_ID, cloud: "usgov", demo: false } }),
  );
  await page.goto("./");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("does not allow the usgov cloud");
  await expect(alert).toContainText("node deploy/csp.mjs --cloud usgov --write");
});
