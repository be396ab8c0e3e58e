import { tenantFileName } from "../../domain/tenantFileName";
import { useTenantChoice } from "../../tenants/TenantContext";

/** tenantFileName for the workspace's tenant when the console works in several; otherwise the name unchanged. */
export function useTenantFileName(): (name: string) => string {
  const tenant = useTenantChoice()?.current ?? null;
  return (name) => tenantFileName(tenant, name);
}
