import { FakeTenant } from "../fake-tenant/fakeTenant";
import { GRAPH_HOST, isNetworkFailure, type Caller, type FakeOutcome, type FakeRequest } from "../fake-tenant/fakeHttp";
import { demoHistory } from "./demoHistory";
import { DEMO_SEED, seedProfiles } from "./demoTenant";

export const DEMO_GRAPH_HOST = GRAPH_HOST;
const PAGE_SIZE = 5;
const LARGE_PAGE_SIZE = 500;

/** Whoever holds the demo's access token: the console, as the demo admin, in the demo tenant. */
export const DEMO_CALLER: Caller = {
  appId: "demo-console",
  appDisplayName: "Enrollment Token Console",
  userId: "demo-admin",
  userPrincipalName: "megan.bowen@contoso-demo.example",
  tenantId: "contoso-demo",
};

/**
 * The demo tenant: the dozen seeded profiles, or `profileCount` generated ones (another `seed`, another tenant), with
 * a history in its audit log.
 */
export function createDemoTenant(profileCount: number | null = null, seed = DEMO_SEED) {
  const now = Date.now();
  const profiles = seedProfiles(profileCount, now, seed);
  return new FakeTenant({
    profiles,
    pageSize: profileCount === null ? PAGE_SIZE : LARGE_PAGE_SIZE,
    auditEvents: demoHistory(profiles, now, seed),
  });
}

export interface DemoGraphOptions {
  latencyMs?: () => number;
  /** Who holds a bearer token; by default any token is the demo admin's in the demo tenant. */
  callerOf?: (token: string) => Caller | null;
}

/** The User Timing name of a demo Graph request: `demo-graph <tenant> <METHOD> <path and query>`. */
export const DEMO_GRAPH_MEASURE = "demo-graph";

/**
 * The fake tenant (or tenants) as the page's fetch: what the Graph client sends goes to `tenant`, after a little
 * latency, and comes back as a Response (a network failure as fetch's TypeError).
 * The demo's Graph is not the network, so neither DevTools' Network panel nor a test's network hooks see its requests:
 * each becomes a User Timing measure instead (DevTools' Performance panel, `performance.getEntriesByType("measure")`;
 * the bench counts and times them), from the call to the answer, with the status in `detail`. A measure is a few
 * numbers kept by the browser: cheap next to the simulated latency.
 */
export function createDemoGraphFetch(
  tenant: { handle(request: FakeRequest): Promise<FakeOutcome> },
  { latencyMs = () => 250 + Math.random() * 350, callerOf = () => DEMO_CALLER }: DemoGraphOptions = {},
): typeof fetch {
  return async (input, init) => {
    const start = performance.now();
    await new Promise((resolve) => setTimeout(resolve, latencyMs()));
    const request = new Request(input, init);
    const headers = Object.fromEntries(request.headers);
    const body = request.method === "GET" ? "" : await request.text();
    const caller = /^Bearer \S/.test(headers["authorization"] ?? "")
      ? callerOf(headers["authorization"]!.slice(7))
      : null;
    const outcome = await tenant.handle({
      method: request.method,
      url: request.url,
      headers,
      body: body === "" ? null : body,
      caller,
    });
    const { pathname, search } = new URL(request.url);
    performance.measure(`${DEMO_GRAPH_MEASURE} ${caller?.tenantId ?? "-"} ${request.method} ${pathname}${search}`, {
      start,
      end: performance.now(),
      detail: { status: isNetworkFailure(outcome) ? 0 : outcome.status },
    });
    if (isNetworkFailure(outcome)) throw new TypeError("Failed to fetch");
    return new Response(outcome.body, { status: outcome.status, headers: outcome.headers });
  };
}
