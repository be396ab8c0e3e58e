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

/**
 * Whether the admin works in more than one tenant: two or more listed. Otherwise the console works in the signed-in
 * tenant only, exactly as a single-tenant console.
 */
export const isMultiTenant = (config: AppConfig): boolean => configuredTenants(config).length > 1;

/** `tenants` and then those of `more` not among them yet. */
export function mergeTenants(tenants: readonly Tenant[], more: readonly Tenant[]): Tenant[] {
  const merged = [...tenants];
  for (const tenant of more) if (!merged.some((known) => sameTenant(known.id, tenant.id))) merged.push(tenant);
  return merged;
}
