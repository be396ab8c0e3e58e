import { graphErrorBody } from "./graphErrors";
import type { FakeOutcome, FakeRequest } from "./fakeHttp";
import type { FakeTenant } from "./fakeTenant";

/** A customer of the partner, as delegatedAdminCustomers lists it (Graph v1.0 reference). */
export interface FakeCustomer {
  tenantId: string;
  displayName: string;
}

const CUSTOMERS_PATH = "/v1.0/tenantRelationships/delegatedAdminCustomers";
const DISCOVERY_PERMISSION = "DelegatedAdminRelationship.Read.All";

/**
 * Microsoft Graph in front of several Intune tenants: each request goes to the tenant its bearer token was issued in
 * (the token's `tid`, as the adapter read it into the caller), and the partner's own tenant also lists its GDAP
 * customers. A tenant is a FakeTenant with its own profiles, write limit and failures: one parameter, not copies.
 */
export class FakeTenants {
  readonly tenants = new Map<string, FakeTenant>();
  /** The partner's customers, listed to a token of the partner's tenant that carries the discovery permission. */
  customers: FakeCustomer[] = [];
  customersPageSize = 300;
  /**
   * Whether the partner's tenant may list customers: a tenant that is no Microsoft partner's, or an admin without a
   * role that reads GDAP relationships, is refused with 403 Authorization_RequestDenied (inferred from Graph's answer
   * to a token without the permission).
   */
  mayListCustomers = true;
  /** The delegatedAdminCustomers requests received. */
  readonly customerRequests: string[] = [];

  constructor(
    readonly partnerTenantId: string,
    partner: FakeTenant,
  ) {
    this.add(partnerTenantId, partner);
  }

  add(tenantId: string, tenant: FakeTenant): FakeTenant {
    this.tenants.set(tenantId.toLowerCase(), tenant);
    return tenant;
  }

  /** The tenant with this id (GUID). */
  get(tenantId: string): FakeTenant | undefined {
    return this.tenants.get(tenantId.toLowerCase());
  }

  async handle(request: FakeRequest): Promise<FakeOutcome> {
    const url = new URL(request.url);
    const partner = this.get(this.partnerTenantId)!;
    // No token the fake accepts: the partner's tenant answers as any tenant would (401).
    if (!request.caller) return partner.handle(request);
    if (url.pathname === CUSTOMERS_PATH) return this.listCustomers(url, request);
    const tenant = this.get(request.caller.tenantId);
    if (!tenant) {
      return answer(403, graphErrorBody("Forbidden", "The tenant of this token has no Intune service here."));
    }
    return tenant.handle(request);
  }

  /** graph-docs: $top up to 300, @odata.nextLink with the whole URL; the permission is delegated and asked for. */
  private listCustomers(url: URL, request: FakeRequest): FakeOutcome {
    this.customerRequests.push(request.url);
    const caller = request.caller!;
    const scopes = caller.scopes?.split(" ").map((scope) => scope.split("/").pop()) ?? [DISCOVERY_PERMISSION];
    if (
      !scopes.includes(DISCOVERY_PERMISSION) ||
      caller.tenantId.toLowerCase() !== this.partnerTenantId.toLowerCase() ||
      !this.mayListCustomers
    ) {
      return answer(
        403,
        graphErrorBody("Authorization_RequestDenied", "Insufficient privileges to complete the operation."),
      );
    }
    const top = Math.min(Number(url.searchParams.get("$top") ?? this.customersPageSize), this.customersPageSize);
    const skip = Number(url.searchParams.get("$skiptoken") ?? 0);
    const page = this.customers.slice(skip, skip + top);
    const next = new URL(url);
    next.searchParams.set("$skiptoken", String(skip + top));
    return answer(200, {
      "@odata.context": `${url.origin}/v1.0/$metadata#tenantRelationships/delegatedAdminCustomers`,
      value: page.map((customer) => ({ id: customer.tenantId, ...customer })),
      ...(skip + top < this.customers.length ? { "@odata.nextLink": next.href } : {}),
    });
  }
}

const answer = (status: number, body: unknown): FakeOutcome => ({
  status,
  headers: { "content-type": "application/json", "request-id": crypto.randomUUID() },
  body: JSON.stringify(body),
});
