import { t } from "../i18n";
import type { Tenant } from "../tenants/tenant";
import { safeFileName } from "./fileName";

/**
 * A file's name with its tenant in front (its name, else its id, made safe), so that the exports of a partner's
 * customers neither mix up nor overwrite each other in a downloads folder; with no tenant, the name as it is.
 */
export const tenantFileName = (tenant: Tenant | null, name: string): string =>
  tenant === null
    ? name
    : t("tenants.fileName", { tenant: safeFileName(tenant.name, safeFileName(tenant.id, "tenant")), name });
