import { FakeTenant } from "../fake-tenant/fakeTenant";
import { GRAPH_HOST, isNetworkFailure, type Caller } from "../fake-tenant/fakeHttp";
import { seedProfiles } from "./demoTenant";

export const DEMO_GRAPH_HOST = GRAPH_HOST;
const PAGE_SIZE = 5;
const LARGE_PAGE_SIZE = 500;

/** Whoever holds the demo's access token: the console, as the demo admin, in the demo tenant. */
const DEMO_CALLER: Caller = { appId: "demo-console", userId: "demo-admin", tenantId: "contoso-demo" };

/** The demo tenant: the dozen seeded profiles, or `profileCount` generated ones. */
export const createDemoTenant = (profileCount: number | null = null) =>
  new FakeTenant({
    profiles: seedProfiles(profileCount),
    pageSize: profileCount === null ? PAGE_SIZE : LARGE_PAGE_SIZE,
  });

/**
 * The fake tenant as the page's fetch: what the Graph client sends goes to `tenant`, after a little latency, and
 * comes back as a Response (a network failure as fetch's TypeError). Any bearer token is the demo admin's.
 */
export function createDemoGraphFetch(
  tenant: FakeTenant,
  { latencyMs = () => 250 + Math.random() * 350 }: { latencyMs?: () => number } = {},
): typeof fetch {
  return async (input, init) => {
    await new Promise((resolve) => setTimeout(resolve, latencyMs()));
    const request = new Request(input, init);
    const headers = Object.fromEntries(request.headers);
    const body = request.method === "GET" ? "" : await request.text();
    const outcome = await tenant.handle({
      method: request.method,
      url: request.url,
      headers,
      body: body === "" ? null : body,
      caller: /^Bearer \S/.test(headers["authorization"] ?? "") ? DEMO_CALLER : null,
    });
    if (isNetworkFailure(outcome)) throw new TypeError("Failed to fetch");
    return new Response(outcome.body, { status: outcome.status, headers: outcome.headers });
  };
}
