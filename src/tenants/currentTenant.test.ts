import { initialTenant, settleTenant, switchTenantUrl, tenantFromSearch } from "./currentTenant";

const CONTOSO = { id: "72f988bf-86f1-41af-91ab-2d7cd011db47", name: "Contoso" };
const FABRIKAM = { id: "fabrikam.onmicrosoft.com", name: "Fabrikam" };
const TENANTS = [CONTOSO, FABRIKAM];

const at = (search: string) => window.history.replaceState(null, "", `/${search}`);

describe("the current tenant", () => {
  beforeEach(() => {
    window.localStorage.clear();
    window.sessionStorage.clear();
    at("");
  });

  it("is the link's tenant, whatever its case, but never the tenant of Entra's admin-consent answer", () => {
    expect(tenantFromSearch("?tenant=FABRIKAM.onmicrosoft.com", TENANTS)).toEqual(FABRIKAM);
    expect(tenantFromSearch("?admin_consent=True&tenant=fabrikam.onmicrosoft.com", TENANTS)).toBeNull();
    expect(tenantFromSearch("?tenant=other.onmicrosoft.com", TENANTS)).toBeNull();
  });

  it("opens the link's tenant, else the account's last, else the first listed", () => {
    expect(initialTenant(TENANTS, "account-1")).toEqual({ current: CONTOSO, requested: null });
    settleTenant(FABRIKAM, "account-1");
    expect(window.location.search).toBe("?tenant=fabrikam.onmicrosoft.com");
    at("");
    expect(initialTenant(TENANTS, "account-1")?.current).toEqual(FABRIKAM);
    expect(initialTenant(TENANTS, "account-2")?.current).toEqual(CONTOSO);
    at(`?tenant=${CONTOSO.id}`);
    expect(initialTenant(TENANTS, "account-1")).toEqual({ current: CONTOSO, requested: null });
  });

  it("keeps a link's tenant it does not know as asked for, and never takes it for another", () => {
    const unknown = "c0ffee00-0000-4000-8000-000000000000";
    at(`?tenant=${unknown}&profile=p1`);
    expect(initialTenant(TENANTS, "account-1")).toEqual({ current: CONTOSO, requested: unknown });
    at("?tenant=");
    expect(initialTenant(TENANTS, "account-1")).toEqual({ current: CONTOSO, requested: null });
    expect(initialTenant([], "account-1")).toBeNull();
  });

  it("drops Entra's admin-consent answer from the URL when it settles the tenant", () => {
    at("?admin_consent=True&tenant=fabrikam.onmicrosoft.com");
    settleTenant(CONTOSO, "account-1");
    expect(window.location.search).toBe(`?tenant=${CONTOSO.id}`);
  });

  it("keeps each tenant's selection across a switch and brings it back", () => {
    at(`?tenant=${CONTOSO.id}&kind=dedicated&profile=p1`);
    switchTenantUrl(CONTOSO, FABRIKAM);
    expect(Object.fromEntries(new URLSearchParams(window.location.search))).toEqual({ tenant: FABRIKAM.id });
    window.history.replaceState(null, "", `/?tenant=${FABRIKAM.id}&kind=legacy&profile=p2`);
    switchTenantUrl(FABRIKAM, CONTOSO);
    expect(Object.fromEntries(new URLSearchParams(window.location.search))).toEqual({
      tenant: CONTOSO.id,
      kind: "dedicated",
      profile: "p1",
    });
    switchTenantUrl(CONTOSO, FABRIKAM);
    expect(new URLSearchParams(window.location.search).get("profile")).toBe("p2");
  });
});
