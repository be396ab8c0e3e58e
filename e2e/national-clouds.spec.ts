import { CLOUDS } from "../deploy/csp.mjs";
import { startAppServer } from "./appServer";
import { CLIENT_ID, FakeEntra, TENANT_ID } from "./fakes/entra";
import { FakeGraph } from "./fakes/graph";
import { expect, signIn, test } from "./fixtures";

/**
 * Each national cloud with one key: the build and the server's header exactly as shipped, config.json naming the
 * cloud, and fakes of that cloud's own login and Graph hosts. Sign-in, the scope and createToken must all go to
 * that cloud, and nowhere else.
 */
for (const cloud of ["usgov", "usgovdod", "china"] as const) {
  test(`${cloud}: "cloud" in config.json is all it takes; sign-in and createToken go to the cloud's own hosts`, async ({
    context,
    page,
    baseURL,
  }) => {
    const { authorityHost, graphHost } = CLOUDS[cloud];
    const entra = new FakeEntra([new URL("redirect.html", baseURL).href], authorityHost, TENANT_ID);
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

    await page.goto("./");
    await signIn(page);
    const scope = entra.authorizeRequests[0]!.searchParams.get("scope");
    expect(scope).toContain(`${graphHost}/DeviceManagementConfiguration.ReadWrite.All`);
    expect(new URL(entra.authorizeRequests[0]!.href).origin).toBe(authorityHost);
    await page.getByRole("link", { name: "Digital signage" }).click();
    await page.getByRole("button", { name: "Create token" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Token created" })).toBeVisible();
    expect(graph.executedCreateTokens).toBe(1);
    expect(new URL(graph.createTokenRequests[0]!.url).origin).toBe(graphHost);
    expect(elsewhere).toEqual([]);
    expect(entra.errors).toEqual([]);
  });
}

test("a server header narrowed to another cloud is reported at start-up, not left to fail at sign-in", async ({
  context,
  page,
}) => {
  // The shipped <meta> policy allows every cloud; only the header (node deploy/csp.mjs --cloud global) excludes usgov.
  const server = await startAppServer({ CSP_CLOUD: "global" });
  try {
    await context.route("**/config.json", (route) =>
      route.fulfill({ json: { clientId: CLIENT_ID, tenantId: TENANT_ID, cloud: "usgov", demo: false } }),
    );
    const microsoft: string[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith(server.url)) microsoft.push(request.url());
    });
    await page.goto(server.url);
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("does not allow the usgov cloud");
    await expect(alert).toContainText("https://login.microsoftonline.us, https://graph.microsoft.us");
    await expect(alert).toContainText("node deploy/csp.mjs --cloud usgov");
    await expect(page.getByRole("button", { name: "Sign in" })).toHaveCount(0);
    expect(microsoft).toEqual([]);

    // The same server and config.json for the cloud the header allows: no complaint.
    await context.unroute("**/config.json");
    await context.route("**/config.json", (route) =>
      route.fulfill({ json: { clientId: CLIENT_ID, tenantId: TENANT_ID, cloud: "global", demo: false } }),
    );
    await page.reload();
    await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
    await expect(page.getByRole("alert")).toHaveCount(0);
  } finally {
    server.stop();
  }
});
