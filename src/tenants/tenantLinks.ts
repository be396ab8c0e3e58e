import type { Tenant } from "./tenant";

// The links of a multi-tenant console: a tenant's workspace, and the overview of every tenant. Apart from the rest
// of the current tenant's handling (currentTenant.ts), which loads with the tenant scope: the header needs these.

/** The query parameter that names the tenant in every link of a multi-tenant console. */
export const TENANT_PARAM = "tenant";
/** The query parameter of the overview of every tenant (`?view=tenants`); without it, the tenant's workspace. */
export const VIEW_PARAM = "view";
export const OVERVIEW = "tenants";

/** Whether a page's query string opens the overview of every tenant rather than one tenant's workspace. */
export const overviewFromSearch = (search: string) => new URLSearchParams(search).get(VIEW_PARAM) === OVERVIEW;

/** The link to a tenant's workspace. */
export const tenantHref = (tenant: Tenant) => `?${new URLSearchParams({ [TENANT_PARAM]: tenant.id }).toString()}`;

/** The link to the overview of every tenant, with the tenant the console works in. */
export const overviewHref = (tenant: Tenant) =>
  `?${new URLSearchParams({ [TENANT_PARAM]: tenant.id, [VIEW_PARAM]: OVERVIEW }).toString()}`;
