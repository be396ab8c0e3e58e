import { http, HttpResponse } from "msw";
import { server } from "../test/server";
import { createGraphClient } from "../graph/client";
import { permissionScopes } from "../graph/permissions";
import { discoverCustomers } from "./gdapDiscovery";

const GRAPH = "https://graph.microsoft.com";
const CUSTOMERS = `${GRAPH}/v1.0/tenantRelationships/delegatedAdminCustomers`;
const FABRIKAM = "0b9d4c1e-6f2a-4d3b-8c5e-7a1f2b3c4d5e";
const NORTHWIND = "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f";

const v1Client = () => createGraphClient({ graphHost: GRAPH, getAccessToken: async () => "t", version: "v1.0" });

describe("discoverCustomers", () => {
  it("reads every page of the partner's customers from v1.0 with $top=300, sorted by name", async () => {
    const urls: string[] = [];
    server.use(
      http.get(CUSTOMERS, ({ request }) => {
        urls.push(request.url);
        const page = new URL(request.url).searchParams.get("$skiptoken");
        if (page === null) {
          return HttpResponse.json({
            value: [{ id: NORTHWIND, tenantId: NORTHWIND, displayName: "Northwind Traders" }],
            "@odata.nextLink": `${CUSTOMERS}?$top=300&$skiptoken=2`,
          });
        }
        return HttpResponse.json({ value: [{ id: FABRIKAM, tenantId: FABRIKAM, displayName: "Fabrikam" }] });
      }),
    );
    await expect(discoverCustomers(v1Client())).resolves.toEqual([
      { id: FABRIKAM, name: "Fabrikam" },
      { id: NORTHWIND, name: "Northwind Traders" },
    ]);
    expect(urls).toEqual([`${CUSTOMERS}?$top=300`, `${CUSTOMERS}?$top=300&$skiptoken=2`]);
  });

  it("leaves out a customer whose tenant id is not a GUID, and names one without a name by its id", async () => {
    server.use(
      http.get(CUSTOMERS, () =>
        HttpResponse.json({
          value: [
            { id: "x", tenantId: "../common", displayName: "Evil" },
            { id: FABRIKAM, tenantId: FABRIKAM, displayName: " " },
            { id: FABRIKAM, tenantId: FABRIKAM.toUpperCase(), displayName: "Twice" },
          ],
        }),
      ),
    );
    await expect(discoverCustomers(v1Client())).resolves.toEqual([{ id: FABRIKAM, name: FABRIKAM }]);
  });

  it("refuses a nextLink to another host: the token goes to Graph only", async () => {
    server.use(
      http.get(CUSTOMERS, () =>
        HttpResponse.json({ value: [], "@odata.nextLink": "https://graph.evil.example/v1.0/tenantRelationships" }),
      ),
    );
    await expect(discoverCustomers(v1Client())).rejects.toThrow(RangeError);
  });

  it("asks for DelegatedAdminRelationship.Read.All on the cloud's Graph host", () => {
    expect(permissionScopes("https://graph.microsoft.us", "partnerCustomers")).toEqual([
      "https://graph.microsoft.us/DelegatedAdminRelationship.Read.All",
    ]);
  });
});
