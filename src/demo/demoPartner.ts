import { AuthFailure } from "../auth/AuthFailure";
import { adminConsentUrl } from "../auth/tenantUrls";
import { FakeTenants } from "../fake-tenant/fakeTenants";
import { sameTenant, type Tenant } from "../tenants/tenant";
import { createTenantRuntime, type TenantRuntime } from "../tenants/tenantRuntime";
import { DEMO_CALLER, DEMO_GRAPH_HOST, createDemoGraphFetch, createDemoTenant } from "./demoGraph";
import { DEMO_SEED, random, stableId } from "./demoTenant";

/** How a demo customer answers: like any tenant, or with one of the failures a partner meets. */
export type DemoTenantState = "works" | "notConsented" | "noAccess" | "throttling";

export interface DemoTenant extends Tenant {
  /** Null: the demo tenant's hand-written dozen; otherwise that many generated profiles. */
  profiles: number | null;
  /** The generator's seed of its profiles. */
  seed: number;
  state: DemoTenantState;
}

/** The demo partner's own tenant, where the demo admin signs in (the demo tenant's account names it). */
const PARTNER_NAME = "Contoso (demo)";
/** Microsoft's fictitious companies, one per customer (a number is added past the last). */
const CUSTOMER_NAMES = [
  "Fabrikam",
  "Northwind Traders",
  "Tailspin Toys",
  "Woodgrove Bank",
  "Adventure Works",
  "Alpine Ski House",
  "Coho Winery",
  "Fourth Coffee",
  "Litware",
  "Lamna Healthcare",
  "Proseware",
  "Wingtip Toys",
  "Trey Research",
  "Wide World Importers",
  "Relecloud",
  "Humongous Insurance",
];
/** Which customers fail, by their place in the list: the first ones, so that a small partner shows them all. */
const FAILING: DemoTenantState[] = ["throttling", "notConsented", "noAccess"];
const SMALLEST = 3;
const LARGEST = 60;
/** The throttling customer accepts one write per 10 s and says when to come back (Retry-After). */
const THROTTLED_WRITES = { perApp: 1, perTenant: 1, windowMs: 10_000 };
/** The app the consent link names: the demo has no registration of its own. */
const DEMO_CLIENT_ID = "00000000-0000-0000-0000-000000000000";
const LOGIN_HOST = "https://login.microsoftonline.com";

/**
 * The demo partner's tenants: its own (the demo tenant's dozen profiles) and then `customers` customer tenants of
 * `profiles` generated profiles each (null: 3 to 60), each with a seed of its own; the same tenants, ids and
 * profiles on every load.
 */
export function demoPartnerTenants(customers: number, profiles: number | null = null): DemoTenant[] {
  const next = random(DEMO_SEED + 1);
  const partner: DemoTenant = {
    id: stableId(next),
    name: PARTNER_NAME,
    profiles: null,
    seed: DEMO_SEED,
    state: "works",
  };
  const others = Array.from({ length: customers }, (_, index): DemoTenant => {
    const name = CUSTOMER_NAMES[index % CUSTOMER_NAMES.length]!;
    const round = Math.floor(index / CUSTOMER_NAMES.length);
    const id = stableId(next);
    // Drawn either way, so that a size of its own changes no tenant's id.
    const size = SMALLEST + Math.floor(next() * (LARGEST - SMALLEST + 1));
    return {
      id,
      name: round === 0 ? name : `${name} ${round + 1}`,
      profiles: profiles ?? size,
      seed: DEMO_SEED + index + 2,
      state: FAILING[index] ?? "works",
    };
  });
  return [partner, ...others];
}

/** A customer that fails signs in as Entra ID would answer there: no consent (AADSTS65001) or no access (50020). */
function failureOf(tenant: DemoTenant): AuthFailure | null {
  if (tenant.state === "notConsented") {
    return new AuthFailure("consent-required", "consent_required", {
      id: tenant.id,
      consentUrl: adminConsentUrl(LOGIN_HOST, tenant.id, DEMO_CLIENT_ID),
    });
  }
  if (tenant.state === "noAccess")
    return new AuthFailure("no-access", "invalid_grant", { id: tenant.id, consentUrl: null });
  return null;
}

const TOKEN_PREFIX = "demo-access-token:";

/**
 * The demo partner ("demo": {"tenants": N, "profiles": P}) as the console's tenants: one fake Graph in front of all
 * of them, which answers each request in the tenant its demo token names, exactly as the end-to-end tests' fakes do.
 */
export function createDemoPartnerRuntime(customers: number, profiles: number | null = null): TenantRuntime {
  const tenants = demoPartnerTenants(customers, profiles);
  const [partner, ...others] = tenants;
  const graph = new FakeTenants(partner!.id, createDemoTenant(partner!.profiles, partner!.seed));
  for (const customer of others) {
    const tenant = graph.add(customer.id, createDemoTenant(customer.profiles, customer.seed));
    if (customer.state === "throttling") {
      tenant.writeLimit = THROTTLED_WRITES;
      tenant.retryAfterWhenThrottled = true;
    }
  }
  const fetch = createDemoGraphFetch(graph, {
    callerOf: (token) =>
      token.startsWith(TOKEN_PREFIX) ? { ...DEMO_CALLER, tenantId: token.slice(TOKEN_PREFIX.length) } : null,
  });
  return createTenantRuntime({
    listed: tenants.map(({ id, name }) => ({ id, name })),
    graphHost: DEMO_GRAPH_HOST,
    // The demo admin has every permission in the tenants that work.
    async getAccessToken(tenantId) {
      const tenant = tenants.find((known) => sameTenant(known.id, tenantId))!;
      const failure = failureOf(tenant);
      if (failure) throw failure;
      return `${TOKEN_PREFIX}${tenant.id}`;
    },
    // Signing in again changes nothing in the demo: a failing customer keeps failing, as it would until it is fixed.
    signIn: async () => undefined,
    fetch,
  });
}
