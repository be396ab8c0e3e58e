import { createContext, useContext } from "react";
import type { Tenant } from "./tenant";
import type { DiscoveryStatus } from "./tenantDiscovery";

/** GDAP discovery of the partner's customers, as the header and the workspace offer it. */
export interface TenantDiscoveryChoice {
  status: DiscoveryStatus;
  /** Whether the admin has discovery open. */
  isOpen: boolean;
  open(): void;
  close(): void;
  /** Asks for the permission in a sign-in window, from the admin's click, then lists the customers. */
  allow(): void;
  /** Where an administrator of the partner's tenant grants the app's permissions for everyone. */
  adminConsentUrl: string;
}

export interface TenantChoice {
  tenants: Tenant[];
  current: Tenant;
  /**
   * The tenant a link names that is not among `tenants` (a customer not discovered yet in this session): the
   * workspace says so and opens no other tenant in its place until the admin chooses one.
   */
  requested: string | null;
  /** Opens `tenant`'s workspace (also the current tenant's, from the overview). */
  choose(tenant: Tenant): void;
  /** The overview of every tenant is shown (`?view=tenants`) rather than a tenant's workspace. */
  overview: boolean;
  showOverview(): void;
  /** Null unless config.json turns GDAP discovery on. */
  discovery: TenantDiscoveryChoice | null;
}

/** Provided by TenantScope (in the Entra runtime's chunk); the header's picker and the workspace read it. */
export const TenantContext = createContext<TenantChoice | null>(null);

/** The tenants to choose from and the one the console works in; null when it works in one tenant only. */
export const useTenantChoice = () => useContext(TenantContext);

/** Names a tenant by its id: its name among the tenants to choose from, else (one tenant, or unknown) the id. */
export function useTenantNames(): (tenantId: string) => string {
  const choice = useTenantChoice();
  // Ids compare without regard to case (sameTenant, not imported: this module is in the first screen's script).
  return (tenantId) =>
    choice?.tenants.find((tenant) => tenant.id.toLowerCase() === tenantId.toLowerCase())?.name ?? tenantId;
}
