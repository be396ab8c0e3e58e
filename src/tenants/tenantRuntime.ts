import { createGraphClient, type GraphClient, type TokenRequest } from "../graph/client";
import type { Tenant } from "./tenant";

/** What the console needs to work in several tenants, whichever identity provider is behind it. */
export interface TenantRuntime {
  /** The tenants config.json lists (or the demo partner's customers), in its order. */
  listed: Tenant[];
  /** The Graph client that works in `tenantId`: one per tenant, with its own call log and tokens. */
  graphFor(tenantId: string): GraphClient;
  /** Signs in to the tenant interactively, from the admin's click: a step-up or consent there only. */
  reauthenticate(tenantId: string): Promise<void>;
}

export interface TenantRuntimeOptions {
  listed: Tenant[];
  graphHost: string;
  /** A verified token for `tenantId` (tenantAccess.ts). */
  getAccessToken(tenantId: string, request?: TokenRequest): Promise<string>;
  reauthenticate(tenantId: string): Promise<void>;
  /** The transport, as for a single Graph client (the demo's in-browser Graph). */
  fetch?: typeof fetch;
}

export function createTenantRuntime({
  listed,
  graphHost,
  getAccessToken,
  reauthenticate,
  fetch,
}: TenantRuntimeOptions): TenantRuntime {
  const clients = new Map<string, GraphClient>();
  return {
    listed,
    graphFor(tenantId) {
      const key = tenantId.toLowerCase();
      let client = clients.get(key);
      if (!client) {
        client = createGraphClient({
          graphHost,
          getAccessToken: (request) => getAccessToken(tenantId, request),
          ...(fetch ? { fetch } : {}),
        });
        clients.set(key, client);
      }
      return client;
    },
    reauthenticate,
  };
}
