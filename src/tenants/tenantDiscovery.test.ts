import { AuthFailure } from "../auth/AuthFailure";
import { permissionScopes, type Permission } from "../graph/permissions";
import { FakeTenant } from "../fake-tenant/fakeTenant";
import { FakeTenants } from "../fake-tenant/fakeTenants";
import { createGraphPermissions } from "../graph/graphPermissions";
import { GraphError } from "../graph/GraphError";
import { fakeTenantHandler } from "../test/fakeTenantHandler";
import { server } from "../test/server";
import { createTenantDiscovery, type DiscoverySnapshot } from "./tenantDiscovery";

const GRAPH = "https://graph.microsoft.com";
const PARTNER = "72f988bf-86f1-41af-91ab-2d7cd011db47";
const CUSTOMERS = Array.from({ length: 5 }, (_, i) => ({
  tenantId: `c0ffee0${i}-0000-4000-8000-000000000000`,
  displayName: `Customer ${i}`,
}));

/**
 * The partner's Graph (FakeTenants, pages of 2 customers) and the partner admin's Graph permissions: a token carries
 * a permission once it is granted; before, getting one fails as MSAL's silent flow does (consent_required).
 */
function partner({ grantAnswer }: { grantAnswer?: AuthFailure } = {}) {
  const graph = new FakeTenants(PARTNER, new FakeTenant());
  graph.customers = CUSTOMERS;
  graph.customersPageSize = 2;
  const granted = new Set<Permission>(["manage"]);
  server.use(
    fakeTenantHandler(graph, (token) => ({
      appId: "console",
      userId: "partner-admin",
      tenantId: PARTNER,
      scopes: permissionScopes(GRAPH, token as Permission).join(" "),
    })),
  );
  const grant = vi.fn(async (permission: Permission) => {
    if (grantAnswer) throw grantAnswer;
    granted.add(permission);
  });
  const permissions = createGraphPermissions({
    graphHost: GRAPH,
    getAccessToken: async (permission) => {
      if (!granted.has(permission)) throw new AuthFailure("consent-required", "consent_required");
      return permission;
    },
    grant,
  });
  return { graph, grant, permissions, granted };
}

/** The snapshots the discovery goes through until `done` holds. */
async function until(discovery: ReturnType<typeof createTenantDiscovery>, done: (s: DiscoverySnapshot) => boolean) {
  await vi.waitFor(() => expect(done(discovery.getSnapshot())).toBe(true));
  return discovery.getSnapshot();
}

describe("GDAP discovery", () => {
  beforeEach(() => sessionStorage.clear());

  it("tries silently, says the permission is not granted, and sends nothing to Graph without it", async () => {
    const { graph, permissions, grant } = partner();
    const discovery = createTenantDiscovery(permissions);
    discovery.open();
    const snapshot = await until(discovery, (s) => s.status.kind !== "finding");
    expect(snapshot).toEqual({ status: { kind: "notGranted", asked: false }, customers: [], open: true });
    expect(grant).not.toHaveBeenCalled();
    expect(graph.customerRequests).toEqual([]);
  });

  it("asks for the permission when allowed, then reads every page and keeps the customers for the session", async () => {
    const { graph, permissions, grant } = partner();
    const discovery = createTenantDiscovery(permissions);
    discovery.allow();
    expect(grant).toHaveBeenCalledWith("partnerCustomers");
    expect(discovery.getSnapshot().status).toEqual({ kind: "granting" });
    const snapshot = await until(discovery, (s) => s.status.kind === "found");
    expect(snapshot.status).toEqual({ kind: "found", count: 5 });
    expect(snapshot.customers.map((c) => c.name)).toEqual(CUSTOMERS.map((c) => c.displayName));
    expect(graph.customerRequests).toHaveLength(3);
    expect(graph.customerRequests[0]).toBe(`${GRAPH}/v1.0/tenantRelationships/delegatedAdminCustomers?$top=300`);

    // A new page (a reload) of the same session knows them, ids and names only.
    expect(createTenantDiscovery(permissions).getSnapshot().customers).toEqual(snapshot.customers);
    const kept = Object.entries(sessionStorage).filter(([key]) => key.includes("gdap"));
    expect(kept).toEqual([["etc.gdap.customers", JSON.stringify(snapshot.customers)]]);
  });

  it("says the permission was not granted when the window is declined, and leaves nothing pending", async () => {
    const declined = new AuthFailure("unknown", "access_denied");
    const { permissions, graph } = partner({ grantAnswer: declined });
    const discovery = createTenantDiscovery(permissions);
    discovery.allow();
    const snapshot = await until(discovery, (s) => s.status.kind !== "granting");
    expect(snapshot.status).toEqual({ kind: "notGranted", asked: true });
    expect(graph.customerRequests).toEqual([]);
    expect(sessionStorage.getItem("etc.gdap.granting")).toBeNull();
  });

  it("carries on after a sign-in window that left the page: the new page lists the customers, once", async () => {
    const { permissions, granted } = partner();
    sessionStorage.setItem("etc.gdap.granting", "true");
    granted.add("partnerCustomers");
    const discovery = createTenantDiscovery(permissions);
    discovery.resume();
    const snapshot = await until(discovery, (s) => s.status.kind === "found");
    expect(snapshot.open).toBe(true);
    expect(sessionStorage.getItem("etc.gdap.granting")).toBeNull();
    const again = createTenantDiscovery(permissions);
    again.resume();
    expect(again.getSnapshot().status).toEqual({ kind: "idle" });
  });

  it("a permission still missing after that window is said to be not granted after asking", async () => {
    const { permissions } = partner();
    sessionStorage.setItem("etc.gdap.granting", "true");
    const discovery = createTenantDiscovery(permissions);
    discovery.resume();
    expect((await until(discovery, (s) => s.status.kind !== "finding")).status).toEqual({
      kind: "notGranted",
      asked: true,
    });
  });

  it("tells Graph's refusal (403 Authorization_RequestDenied) from other failures", async () => {
    const { graph, permissions, granted } = partner();
    granted.add("partnerCustomers");
    // A token of another tenant than the partner's: Graph refuses to list customers.
    server.use(
      fakeTenantHandler(graph, () => ({
        appId: "console",
        userId: "admin",
        tenantId: "0b9d4c1e-6f2a-4d3b-8c5e-7a1f2b3c4d5e",
        scopes: permissionScopes(GRAPH, "partnerCustomers").join(" "),
      })),
    );
    const discovery = createTenantDiscovery(permissions);
    discovery.open();
    const { status } = await until(discovery, (s) => s.status.kind !== "finding");
    expect(status.kind).toBe("refused");
    expect(status.kind === "refused" && status.error).toBeInstanceOf(GraphError);
    expect(status.kind === "refused" && status.error.code).toBe("Authorization_RequestDenied");
  });
});
