import { http, HttpResponse } from "msw";
import { server } from "../test/server";
import type { Permission } from "./permissions";
import { createTenantRuntime } from "../tenants/tenantRuntime";
import { graphPath } from "./graphPath";
import { createGraphPermissions } from "./graphPermissions";

const GRAPH = "https://graph.microsoft.com";

/** Answers every Graph GET with the version and the token it was sent with. */
function echoGraph() {
  server.use(
    http.get(`${GRAPH}/:version/*`, ({ request, params }) =>
      HttpResponse.json({ version: params.version, token: request.headers.get("authorization") }),
    ),
  );
}

describe("Graph with a permission asked for later", () => {
  it("sends each permission's calls with a token asked for that permission, on the permission's Graph version", async () => {
    echoGraph();
    const asked: Permission[] = [];
    const permissions = createGraphPermissions({
      graphHost: GRAPH,
      getAccessToken: async (permission) => {
        asked.push(permission);
        return `token-for-${permission}`;
      },
      grant: async () => undefined,
    });
    await expect(permissions.clientWith("manage").request(graphPath`/deviceManagement`)).resolves.toEqual({
      version: "beta",
      token: "Bearer token-for-manage",
    });
    await expect(
      permissions.clientWith("partnerCustomers").request(graphPath`/tenantRelationships/delegatedAdminCustomers`),
    ).resolves.toEqual({ version: "v1.0", token: "Bearer token-for-partnerCustomers" });
    expect(permissions.clientWith("auditLog")).toBe(permissions.clientWith("auditLog"));
    expect(asked).toEqual(["manage", "partnerCustomers"]);
  });

  it("in a tenant, asks for the token and the grant in that tenant", async () => {
    echoGraph();
    const signIns: string[] = [];
    const runtime = createTenantRuntime({
      listed: [],
      graphHost: GRAPH,
      getAccessToken: async (tenant, permission) => `${tenant}:${permission}`,
      signIn: async (tenant, permission) => void signIns.push(`${tenant}:${permission}`),
    });
    await expect(
      runtime
        .permissionsFor("fabrikam")
        .clientWith("auditLog")
        .request(graphPath`/deviceManagement/auditEvents`),
    ).resolves.toEqual({ version: "beta", token: "Bearer fabrikam:auditLog" });
    await runtime.permissionsFor("fabrikam").grant("auditLog");
    await runtime.reauthenticate("northwind");
    expect(signIns).toEqual(["fabrikam:auditLog", "northwind:manage"]);
    expect(runtime.graphFor("FABRIKAM")).toBe(runtime.permissionsFor("fabrikam").clientWith("manage"));
  });
});
