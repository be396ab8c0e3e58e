import * as z from "zod/mini";
import { persisted } from "../storage/persisted";
import { sameTenant, type Tenant } from "./tenant";
import { OVERVIEW, TENANT_PARAM, VIEW_PARAM } from "./tenantLinks";

/** The selection's parameters (useSelectedProfile): each tenant keeps its own. */
const SELECTION_PARAMS = ["kind", "profile"];

/** Where a tenant keeps its part of the account's session state. */
export const tenantStateScope = (tenant: Pick<Tenant, "id">) => `tenant.${tenant.id.toLowerCase()}.`;

/** The last tenant, per account, across sessions of this browser (a tenant id is not a secret; no token is kept). */
const lastTenant = (accountId: string) =>
  persisted(`etc-lastTenant:${accountId}`, z.string(), { in: "local", asText: true });

/** A tenant's selection while another is open: its query parameters, as [name, value] pairs. */
const selectionSchema = z.array(
  z.tuple([z.string().check(z.refine((name) => SELECTION_PARAMS.includes(name))), z.string()]),
);
const keptSelection = (tenant: Tenant) => persisted("selection", selectionSchema, { scope: tenantStateScope(tenant) });

/**
 * The tenant id a page's query string names, known or not. Entra ID's admin-consent answer comes back with
 * `?admin_consent=True&tenant=…`: that tenant is where consent was granted, not a choice of the admin's, so it
 * names nothing here.
 */
export function linkedTenantId(search: string): string | null {
  const params = new URLSearchParams(search);
  if (params.has("admin_consent")) return null;
  return params.get(TENANT_PARAM) || null;
}

/** The tenant a page's query string names, among `tenants`. */
export function tenantFromSearch(search: string, tenants: readonly Tenant[]): Tenant | null {
  const id = linkedTenantId(search);
  return id === null ? null : (tenants.find((tenant) => sameTenant(tenant.id, id)) ?? null);
}

/** Where the console opens, and the tenant a link asked for that is not among the tenants (yet). */
export interface OpeningTenant {
  current: Tenant;
  /**
   * A link's tenant the console does not know (a customer not discovered in this session, or not the admin's):
   * while it is set the workspace says so and opens no tenant in its place; `current` is what the picker offers.
   */
  requested: string | null;
}

/** The link's tenant, else the account's last, else the first; a link's unknown tenant is `requested`. */
export function initialTenant(tenants: readonly Tenant[], accountId: string | null): OpeningTenant | null {
  const linked = linkedTenantId(window.location.search);
  const fromLink = linked === null ? null : (tenants.find((tenant) => sameTenant(tenant.id, linked)) ?? null);
  if (fromLink) return { current: fromLink, requested: null };
  const last = accountId === null ? null : lastTenant(accountId).read();
  const current = (last && tenants.find((tenant) => sameTenant(tenant.id, last))) || tenants[0];
  return current ? { current, requested: linked } : null;
}

/** Remembers the account's tenant, and puts it in the page's URL (replacing, not adding, a history entry). */
export function settleTenant(tenant: Tenant, accountId: string | null) {
  // Storage blocked: the tenant is still in the URL.
  if (accountId !== null) lastTenant(accountId).write(tenant.id);
  const url = new URL(window.location.href);
  if (url.searchParams.has("admin_consent")) {
    url.searchParams.delete("admin_consent");
    url.searchParams.delete(TENANT_PARAM);
  }
  if (url.searchParams.get(TENANT_PARAM) === tenant.id) return;
  url.searchParams.set(TENANT_PARAM, tenant.id);
  window.history.replaceState(window.history.state, "", url);
}

/**
 * Opens the overview of every tenant, or (`open` false) leaves it for the tenant's workspace: a history entry, the
 * tenant's selection kept in the URL, so Back returns to where the admin was.
 */
export function showOverviewUrl(open: boolean) {
  const url = new URL(window.location.href);
  if (open) url.searchParams.set(VIEW_PARAM, OVERVIEW);
  else url.searchParams.delete(VIEW_PARAM);
  navigate(url);
}

function navigate(url: URL) {
  window.history.pushState(null, "", url);
  window.dispatchEvent(new PopStateEvent("popstate"));
}

/**
 * Switches the page to `next`: the selection of the tenant left is kept for it (session storage, the account's),
 * and the one `next` had comes back, in its workspace. A history entry, so Back returns to the previous tenant.
 */
export function switchTenantUrl(previous: Tenant | null, next: Tenant) {
  const url = new URL(window.location.href);
  if (previous) {
    const kept = SELECTION_PARAMS.flatMap((name) => {
      const value = url.searchParams.get(name);
      return value === null ? [] : [[name, value] as [string, string]];
    });
    // Storage full or blocked: the tenant left starts without a selection next time.
    keptSelection(previous).write(kept);
  }
  for (const name of SELECTION_PARAMS) url.searchParams.delete(name);
  for (const [name, value] of keptSelection(next).read() ?? []) url.searchParams.set(name, value);
  url.searchParams.set(TENANT_PARAM, next.id);
  url.searchParams.delete(VIEW_PARAM);
  navigate(url);
}
