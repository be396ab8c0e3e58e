import { randomUUID } from "node:crypto";
import type { BrowserContext, Request, Route } from "@playwright/test";
import { FakeTenant, type FakeTenantOptions } from "../../src/fake-tenant/fakeTenant";
import { GRAPH_HOST, isNetworkFailure, type Caller, type RecordedRequest } from "../../src/fake-tenant/fakeHttp";
import { FakeTenants } from "../../src/fake-tenant/fakeTenants";
import { sampleProfiles, type FakeProfile } from "../../src/fake-tenant/profiles";

// The tenant's data and helpers, for the specs: one fake tenant serves the demo, the unit tests and these.
export { GRAPH_HOST, type RecordedRequest } from "../../src/fake-tenant/fakeHttp";
export { NO_TOKEN } from "../../src/fake-tenant/intuneRules";
export {
  WIFI_PASSWORD,
  everyKind,
  profile,
  qrContentFor,
  sampleProfiles,
  type FakeProfile,
} from "../../src/fake-tenant/profiles";
export { graphErrorBody } from "../../src/fake-tenant/graphErrors";

/** Who may call: the fake Entra ID knows whom it issued each access token to, and in which tenant. */
export interface TokenIssuer {
  callerOf(accessToken: string): Caller | null;
  readonly homeTenantId: string;
}

/** The app id the writes of "another tool" in the tenant are counted under (writeTimes). */
export const ANOTHER_APP = "another-tool";

/**
 * Microsoft Graph (beta) at the browser's network boundary, as Playwright routes in front of the fake tenant
 * (src/fake-tenant): the cross-origin part (CORS, preflights), who holds the bearer token (only tokens the fake
 * Entra issued are accepted), and a cut connection for a network failure. What Graph does is the tenant's; the
 * fields below are kept for the specs and reach into it.
 */
export class FakeGraph {
  /** The home tenant's Intune: the one tenant of a single-tenant console. */
  readonly tenant: FakeTenant;
  /** Every tenant behind Graph, the home tenant's included, each answering the tokens issued in it. */
  readonly tenants: FakeTenants;

  constructor(
    private readonly entra: TokenIssuer,
    profiles: FakeProfile[] = sampleProfiles(),
    private readonly host = GRAPH_HOST,
    private readonly options: Omit<FakeTenantOptions, "profiles"> = {},
  ) {
    this.tenant = this.newTenant(profiles);
    this.tenants = new FakeTenants(entra.homeTenantId, this.tenant);
  }

  private newTenant(profiles: FakeProfile[]) {
    return new FakeTenant({
      profiles,
      pageSize: 2,
      newToken: () => `NEWTOKEN${randomUUID().replace(/-/g, "").slice(0, 12).toUpperCase()}`,
      ...this.options,
    });
  }

  /** Adds a customer tenant's Intune (its GUID), answering the tokens the fake Entra ID issues in it. */
  addTenant(tenantId: string, profiles: FakeProfile[] = sampleProfiles()): FakeTenant {
    return this.tenants.add(tenantId, this.newTenant(profiles));
  }

  async install(context: BrowserContext) {
    await context.route(`${this.host}/**`, (route, request) => this.handle(route, request));
  }

  get profiles() {
    return this.tenant.profiles;
  }
  set profiles(profiles: FakeProfile[]) {
    this.tenant.profiles = profiles;
  }
  get pageSize() {
    return this.tenant.pageSize;
  }
  set pageSize(size: number) {
    this.tenant.pageSize = size;
  }
  get requests(): RecordedRequest[] {
    return this.tenant.requests;
  }
  /** The createToken POSTs received, in order. */
  get createTokenRequests(): RecordedRequest[] {
    return this.tenant.createTokenRequests;
  }
  get hold() {
    return this.tenant.hold;
  }
  set hold(hold: FakeTenant["hold"]) {
    this.tenant.hold = hold;
  }
  /**
   * One write limit for every app: at most `max` writes per `windowMs` (sliding), counting another tool's writes
   * (writeTimes) too, beyond which a write is answered 429 without Retry-After and not executed. Intune's own limit
   * (100 per app, 200 per tenant, per 20 s) applies unless a spec sets this; null turns limits off.
   */
  set writeLimit(limit: { max: number; windowMs: number } | null) {
    this.tenant.writeLimit = limit && { perApp: limit.max, perTenant: limit.max, windowMs: limit.windowMs };
  }
  /** The limit an app's writes meet (Intune's: 100 per 20 s). */
  get writeLimit(): { max: number; windowMs: number } | null {
    const limit = this.tenant.writeLimit;
    return limit && { max: limit.perApp, windowMs: limit.windowMs };
  }
  /** When another tool's writes were accepted: a spec adds them to fill the window. */
  get writeTimes(): number[] {
    return this.tenant.writeTimesOf(ANOTHER_APP);
  }
  /** Writes answered 429 by the write limit. */
  get throttledWrites() {
    return this.tenant.throttledWrites;
  }
  /** createToken calls Graph executed (a refused or throttled POST is not executed). */
  get executedCreateTokens() {
    return this.tenant.executedCreateTokens;
  }
  get executedRevokeTokens() {
    return this.tenant.executedRevokeTokens;
  }
  /** createToken calls executed, per profile id. */
  get createdFor() {
    return this.tenant.createdFor;
  }
  /** A validity limit Intune enforces for a profile (by id) that differs from its kind's: tests the 400 path. */
  get maxValidityOverride() {
    return this.tenant.validityOverrides;
  }

  /** The next request matching `method` and `path` fails with a Graph-shaped error (or, with abort, no answer). */
  failNext(...args: Parameters<FakeTenant["failNext"]>) {
    this.tenant.failNext(...args);
  }

  private async handle(route: Route, request: Request) {
    const cors = {
      "access-control-allow-origin": request.headers()["origin"] ?? "*",
      "access-control-expose-headers": "request-id, client-request-id, retry-after, www-authenticate, date",
    };
    if (request.method() === "OPTIONS") {
      return route.fulfill({
        status: 204,
        headers: {
          ...cors,
          "access-control-allow-methods": "GET, POST, PATCH, DELETE",
          "access-control-allow-headers": "authorization, client-request-id, content-type, accept",
          "access-control-max-age": "600",
        },
      });
    }
    const headers = await request.allHeaders();
    const token = /^Bearer (.+)$/.exec(headers["authorization"] ?? "")?.[1];
    const outcome = await this.tenants.handle({
      method: request.method(),
      url: request.url(),
      headers,
      body: request.postData(),
      caller: token ? this.entra.callerOf(token) : null,
    });
    // The page may have gone meanwhile (a reload while a request was held): the answer has nowhere to go.
    if (isNetworkFailure(outcome)) return route.abort("connectionreset").catch(() => undefined);
    return route
      .fulfill({ status: outcome.status, headers: { ...cors, ...outcome.headers }, body: outcome.body ?? "" })
      .catch(() => undefined);
  }
}
