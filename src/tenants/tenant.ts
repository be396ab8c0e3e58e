import type { AppConfig } from "../config/schema";

/** A tenant the admin works in: its id as configured or discovered (a GUID or a domain) and its name. */
export interface Tenant {
  id: string;
  name: string;
}

/** Tenant ids (GUIDs and domains) compare without regard to case. */
export const sameTenant = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The tenants config.json lists, in its order. */
export const configuredTenants = (config: AppConfig): Tenant[] => config.tenants ?? [];

/** Whether the admin may list the partner's customers through GDAP and work in them (`"tenantDiscovery": "gdap"`). */
export const discoversTenants = (config: AppConfig): boolean => config.tenantDiscovery === "gdap";

/**
 * Whether the admin works in more than one tenant: two or more listed, or GDAP discovery on. Otherwise the console
 * works in the signed-in tenant only, exactly as a single-tenant console.
 */
export const isMultiTenant = (config: AppConfig): boolean =>
  configuredTenants(config).length > 1 || discoversTenants(config);

/** `tenants` and then those of `more` not among them yet. */
export function mergeTenants(tenants: readonly Tenant[], more: readonly Tenant[]): Tenant[] {
  const merged = [...tenants];
  for (const tenant of more) if (!merged.some((known) => sameTenant(known.id, tenant.id))) merged.push(tenant);
  return merged;
}

/**
 * The tenants to choose from: the signed-in (home) tenant first when it is one of them and not listed already (with
 * GDAP discovery), the listed ones in their order, then the discovered ones.
 */
export function tenantsToChoose(listed: readonly Tenant[], home: Tenant | null, discovered: readonly Tenant[]) {
  const own = home === null || listed.some((tenant) => sameTenant(tenant.id, home.id)) ? listed : [home, ...listed];
  return mergeTenants(own, discovered);
}
