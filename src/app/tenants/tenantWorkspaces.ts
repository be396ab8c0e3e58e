import { createContext, useContext } from "react";
import type { QueryClient } from "@tanstack/react-query";
import type { TenantRuntime } from "../../tenants/tenantRuntime";

/**
 * A query cache per tenant, kept while the account is signed in: a tenant's workspace and the overview of every
 * tenant read into the same one, so a tenant read by the overview opens with its list at once.
 */
export interface TenantQueryClients {
  of(tenantId: string): QueryClient;
  clear(): void;
}

export function createTenantQueryClients(createQueryClient: () => QueryClient): TenantQueryClients {
  const clients = new Map<string, QueryClient>();
  return {
    of(tenantId) {
      const key = tenantId.toLowerCase();
      let client = clients.get(key);
      if (!client) clients.set(key, (client = createQueryClient()));
      return client;
    },
    clear: () => clients.forEach((client) => client.clear()),
  };
}

/** Provided by TenantScope for a signed-in admin of several tenants: a Graph client per tenant, signing in to one. */
export const TenantRuntimeContext = createContext<TenantRuntime | null>(null);

export const useTenantRuntime = () => useContext(TenantRuntimeContext);
