import type { ListedProfile } from "../../domain/profile";
import type { Tenant } from "../../tenants/tenant";

/** A tenant and profiles of it (the overview of all tenants hands these over: the ones the admin chose). */
export interface TenantProfiles {
  tenant: Tenant;
  profiles: readonly ListedProfile[];
}

/** Whether the profiles come from more than one tenant: then exports name each profile's tenant. */
export const fromSeveralTenants = (selection: readonly TenantProfiles[]) =>
  selection.filter((entry) => entry.profiles.length > 0).length > 1;
