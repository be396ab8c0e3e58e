import { t } from "../../../i18n";
import { useTenantChoice } from "../../../tenants/TenantContext";
import type { Tenant } from "../../../tenants/tenant";
import { safeFileName } from "../model/fileName";

/**
 * A file's name with its tenant in front (its name, else its id, made safe), so that the exports of a partner's
 * customers neither mix up nor overwrite each other in a downloads folder; with no tenant, the name as it is.
 */
export const tenantFileName = (tenant: Tenant | null, name: string): string =>
  tenant === null
    ? name
    : t("tenants.fileName", { tenant: safeFileName(tenant.name, safeFileName(tenant.id, "tenant")), name });

/** tenantFileName for the workspace's tenant when the console works in several; otherwise the name unchanged. */
export function useTenantFileName(): (name: string) => string {
  const tenant = useTenantChoice()?.current ?? null;
  return (name) => tenantFileName(tenant, name);
}
