import { SESSION_KEY_PREFIX } from "../storage/accountState";
import { sessionStore } from "../storage/sessionStore";
import { sameTenant, type Tenant } from "./tenant";

/** The query parameter that names the tenant in every link of a multi-tenant console. */
export const TENANT_PARAM = "tenant";
/** The selection's parameters (useSelectedProfile): each tenant keeps its own. */
const SELECTION_PARAMS = ["kind", "profile"];
/** The last tenant, per account, across sessions of this browser (a tenant id is not a secret; no token is kept). */
const lastTenantKey = (accountId: string) => `etc-lastTenant:${accountId}`;
const selectionKey = (tenantId: string) => `${SESSION_KEY_PREFIX}tenant.${tenantId.toLowerCase()}.selection`;

/**
 * The tenant a page's query string names. Entra ID's admin-consent answer comes back with `?admin_consent=True&
 * tenant=…`: that tenant is where consent was granted, not a choice of the admin's, so it names nothing here.
 */
export function tenantFromSearch(search: string, tenants: readonly Tenant[]): Tenant | null {
  const params = new URLSearchParams(search);
  if (params.has("admin_consent")) return null;
  const id = params.get(TENANT_PARAM);
  return id === null ? null : (tenants.find((tenant) => sameTenant(tenant.id, id)) ?? null);
}

function readLast(accountId: string): string | null {
  try {
    return window.localStorage.getItem(lastTenantKey(accountId));
  } catch {
    return null;
  }
}

/** The tenant to open: the link's, else the account's last, else the first listed. */
export function initialTenant(tenants: readonly Tenant[], accountId: string | null): Tenant | null {
  const fromLink = tenantFromSearch(window.location.search, tenants);
  if (fromLink) return fromLink;
  const last = accountId === null ? null : readLast(accountId);
  return (last && tenants.find((tenant) => sameTenant(tenant.id, last))) || (tenants[0] ?? null);
}

/** Remembers the account's tenant, and puts it in the page's URL (replacing, not adding, a history entry). */
export function settleTenant(tenant: Tenant, accountId: string | null) {
  if (accountId !== null) {
    try {
      window.localStorage.setItem(lastTenantKey(accountId), tenant.id);
    } catch {
      // Storage blocked: the tenant is still in the URL.
    }
  }
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
 * Switches the page to `next`: the selection of the tenant left is kept for it (session storage, the account's),
 * and the one `next` had comes back. A history entry, so Back returns to the previous tenant.
 */
export function switchTenantUrl(previous: Tenant | null, next: Tenant) {
  const url = new URL(window.location.href);
  const store = sessionStore();
  try {
    if (previous) {
      const kept = SELECTION_PARAMS.flatMap((name) => {
        const value = url.searchParams.get(name);
        return value === null ? [] : [[name, value]];
      });
      store.setItem(selectionKey(previous.id), JSON.stringify(kept));
    }
  } catch {
    // Storage full or blocked: the tenant left starts without a selection next time.
  }
  for (const name of SELECTION_PARAMS) url.searchParams.delete(name);
  try {
    const restored: unknown = JSON.parse(store.getItem(selectionKey(next.id)) ?? "[]");
    if (Array.isArray(restored)) {
      for (const pair of restored) {
        if (Array.isArray(pair) && SELECTION_PARAMS.includes(pair[0]) && typeof pair[1] === "string") {
          url.searchParams.set(pair[0] as string, pair[1]);
        }
      }
    }
  } catch {
    // Unreadable: no selection.
  }
  url.searchParams.set(TENANT_PARAM, next.id);
  window.history.pushState(null, "", url);
  window.dispatchEvent(new PopStateEvent("popstate"));
}
