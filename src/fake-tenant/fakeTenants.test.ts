import { FakeTenant } from "./fakeTenant";
import type { Caller, FakeAnswer, FakeRequest } from "./fakeHttp";
import { FakeTenants } from "./fakeTenants";
import { profile } from "./profiles";

const PARTNER = "72f988bf-86f1-41af-91ab-2d7cd011db47";
const FABRIKAM = "0b9d4c1e-6f2a-4d3b-8c5e-7a1f2b3c4d5e";
const LIST = "https://graph.microsoft.com/beta/deviceManagement/androidForWorkEnrollmentProfiles";
const CUSTOMERS = "https://graph.microsoft.com/v1.0/tenantRelationships/delegatedAdminCustomers";

const caller = (tenantId: string, scopes?: string): Caller => ({ appId: "console", userId: "admin", tenantId, scopes });
const get = (url: string, who: Caller | null): FakeRequest => ({
  method: "GET",
  url,
  headers: {},
  body: null,
  caller: who,
});

async function json(graph: FakeTenants, request: FakeRequest) {
  const answer = (await graph.handle(request)) as FakeAnswer;
  return { status: answer.status, body: JSON.parse(answer.body ?? "null") as Record<string, unknown> };
}

function setup() {
  const graph = new FakeTenants(
    PARTNER,
    new FakeTenant({ profiles: [profile({ id: "p-partner", displayName: "Partner" })] }),
  );
  graph.add(FABRIKAM, new FakeTenant({ profiles: [profile({ id: "p-fabrikam", displayName: "Fabrikam" })] }));
  return graph;
}

describe("FakeTenants", () => {
  it("answers each request from the tenant its token was issued in", async () => {
    const graph = setup();
    const ids = async (tenant: string) =>
      ((await json(graph, get(LIST, caller(tenant)))).body.value as Array<{ id: string }>).map((p) => p.id);
    expect(await ids(PARTNER)).toEqual(["p-partner"]);
    expect(await ids(FABRIKAM.toUpperCase())).toEqual(["p-fabrikam"]);
    expect(graph.get(FABRIKAM)!.requests).toHaveLength(1);
    expect((await json(graph, get(LIST, caller("c0ffee00-0000-4000-8000-000000000000")))).status).toBe(403);
    expect((await json(graph, get(LIST, null))).status).toBe(401);
  });

  it("lists the partner's customers in pages, to a partner token with DelegatedAdminRelationship.Read.All only", async () => {
    const graph = setup();
    graph.customers = [
      { tenantId: FABRIKAM, displayName: "Fabrikam" },
      { tenantId: "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f", displayName: "Northwind" },
    ];
    const scope = "https://graph.microsoft.com/DelegatedAdminRelationship.Read.All";
    const first = await json(graph, get(`${CUSTOMERS}?$top=1`, caller(PARTNER, scope)));
    expect(first.body.value).toEqual([{ id: FABRIKAM, tenantId: FABRIKAM, displayName: "Fabrikam" }]);
    const second = await json(graph, get(first.body["@odata.nextLink"] as string, caller(PARTNER, scope)));
    expect(second.body).not.toHaveProperty("@odata.nextLink");
    expect(second.body.value).toHaveLength(1);
    const intuneOnly = "https://graph.microsoft.com/DeviceManagementConfiguration.ReadWrite.All";
    expect((await json(graph, get(CUSTOMERS, caller(PARTNER, intuneOnly)))).status).toBe(403);
    expect((await json(graph, get(CUSTOMERS, caller(FABRIKAM, scope)))).status).toBe(403);
    graph.mayListCustomers = false;
    const refused = await json(graph, get(CUSTOMERS, caller(PARTNER, scope)));
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ error: { code: "Authorization_RequestDenied" } });
  });
});
