import type { GraphClient } from "../graph/client";
import { graphPath, withQueryOptions } from "../graph/graphPath";
import type { Tenant } from "./tenant";

/** The largest page the API serves (Graph v1.0 reference: `$top` up to 300). */
const PAGE_SIZE = 300;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A customer's tenant id goes into a sign-in authority: only a GUID is taken. */
export const isTenantGuid = (id: string) => GUID.test(id);

interface DelegatedAdminCustomer {
  id?: unknown;
  tenantId?: unknown;
  displayName?: unknown;
}

/**
 * The signed-in partner's customer tenants, through GDAP: `GET /v1.0/tenantRelationships/delegatedAdminCustomers`
 * (a customer is listed while one of its relationships is active), every page followed (nextLink pinned to the
 * Graph host by the client). A customer's tenant id goes into a sign-in authority, so one that is not a GUID is
 * left out; its name is shown as text. `graph` is the client with the `partnerCustomers` permission.
 */
export async function discoverCustomers(graph: GraphClient, signal?: AbortSignal): Promise<Tenant[]> {
  const path = withQueryOptions(graphPath`/tenantRelationships/delegatedAdminCustomers`, {
    $top: [String(PAGE_SIZE)],
  });
  const customers = await graph.list<DelegatedAdminCustomer>(path, signal);
  const tenants: Tenant[] = [];
  for (const customer of customers) {
    // The sample has id equal to tenantId; tenantId is the documented field, id the fallback.
    const id = typeof customer.tenantId === "string" ? customer.tenantId : customer.id;
    if (typeof id !== "string" || !isTenantGuid(id)) continue;
    if (tenants.some((tenant) => tenant.id.toLowerCase() === id.toLowerCase())) continue;
    const name =
      typeof customer.displayName === "string" && customer.displayName.trim() !== "" ? customer.displayName : id;
    tenants.push({ id, name });
  }
  return tenants.sort((a, b) => a.name.localeCompare(b.name));
}
