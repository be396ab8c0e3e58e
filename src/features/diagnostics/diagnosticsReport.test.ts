import { QueryClient } from "@tanstack/react-query";
import { WIFI_PASSWORD, WIFI_SSID, everyKind, profile } from "../../fake-tenant/profiles";
import { createGraphClient } from "../../graph/client";
import { serveFakeTenant } from "../../test/fakeTenant";
import { GRAPH_HOST } from "../../test/render";
import { createAospIdForms } from "../../domain/profiles/aospIdForm";
import { createToken } from "../../domain/profiles/tokenAction";
import { getProfileQuery } from "../../queries/getProfile";
import { listCollectionQuery } from "../../queries/listProfiles";
import { COLLECTION_ORDER, PROFILE_KINDS } from "../../domain/profileKinds";
import { collectDiagnostics, diagnostics } from "./diagnosticsReport";

const ACCESS_TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.secret-access-token";

/** A console that has listed a tenant, read an AOSP profile, renewed its token and failed one read. */
async function consoleAfterAWhile() {
  const tenant = serveFakeTenant({
    profiles: [...everyKind(), profile({ displayName: "Lobby kiosks", description: "Front desk tablets" })],
    pageSize: 3,
  });
  tenant.aospWriteIds = "bareOnly";
  const graph = createGraphClient({ graphHost: GRAPH_HOST, getAccessToken: async () => ACCESS_TOKEN });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  for (const collection of COLLECTION_ORDER) await queryClient.fetchQuery(listCollectionQuery(graph, collection));
  const aosp = tenant.profiles.find((p) => p.kind === "aospUserAssociated")!;
  const kind = PROFILE_KINDS.aospUserAssociated;
  await queryClient.fetchQuery(getProfileQuery(graph, queryClient, kind, aosp.id));
  await createToken(
    graph,
    { kind, profileId: aosp.id, rule: kind.token, validitySeconds: 86_400 },
    createAospIdForms("t1"),
  );
  await queryClient.fetchQuery({ ...getProfileQuery(graph, queryClient, kind, aosp.id), staleTime: 0 });
  const legacy = tenant.profiles.find((p) => p.kind === "legacy")!;
  tenant.failNext("GET", /Profiles\/[^/]+$/, 503, "ServiceUnavailable", "Busy.");
  await queryClient
    .fetchQuery(getProfileQuery(graph, queryClient, PROFILE_KINDS.legacy, legacy.id))
    .catch(() => undefined);
  const sources = {
    queryClient,
    calls: graph.calls,
    cloud: "global",
    tenantId: "t1",
    userAgent: "TestBrowser/1",
    now: new Date(),
  };
  return { tenant, sources, aosp };
}

describe("the diagnostics report", () => {
  it("says which build, cloud, tenant and browser, how each collection answered, and how many profiles of each kind", async () => {
    const { tenant, sources } = await consoleAfterAWhile();
    const report = collectDiagnostics(sources);
    expect(report).toMatchObject({
      app: { version: expect.stringMatching(/^\d+\.\d+\.\d+/), builtAt: expect.stringMatching(/^\d{4}-/) },
      cloud: "global",
      tenantId: "t1",
      browser: "TestBrowser/1",
      profilesPerKind: { dedicated: 1, aospUserAssociated: 1, legacy: 2 },
      aospIdForm: "<id>",
    });
    const lastListPage = (collection: string) =>
      tenant.requests.filter((r) => r.method === "GET" && new URL(r.url).pathname.endsWith(collection)).at(-1)!;
    expect(report.collections).toEqual([
      {
        collection: "androidDeviceOwnerEnrollmentProfiles",
        outcome: "answered",
        status: 200,
        pages: 2,
        profiles: 6,
        requestId: lastListPage("androidDeviceOwnerEnrollmentProfiles").requestId,
      },
      {
        collection: "androidForWorkEnrollmentProfiles",
        outcome: "answered",
        status: 200,
        pages: 1,
        profiles: 2,
        requestId: lastListPage("androidForWorkEnrollmentProfiles").requestId,
      },
    ]);
  });

  it("lists the last Graph calls with their ids and status, each profile id replaced by its kind", async () => {
    const { tenant, sources } = await consoleAfterAWhile();
    const { graphCalls } = collectDiagnostics(sources);
    expect(graphCalls.map((call) => [call.method, call.path.replace(/\?.*/, ""), call.status])).toEqual([
      ["GET", "/beta/deviceManagement/androidDeviceOwnerEnrollmentProfiles", 200],
      ["GET", "/beta/deviceManagement/androidDeviceOwnerEnrollmentProfiles", 200],
      ["GET", "/beta/deviceManagement/androidForWorkEnrollmentProfiles", 200],
      ["GET", "/beta/deviceManagement/androidDeviceOwnerEnrollmentProfiles/{aospUserAssociated}", 200],
      [
        "POST",
        "/beta/deviceManagement/androidDeviceOwnerEnrollmentProfiles/AOSP-{aospUserAssociated}/createToken",
        404,
      ],
      ["POST", "/beta/deviceManagement/androidDeviceOwnerEnrollmentProfiles/{aospUserAssociated}/createToken", 204],
      ["GET", "/beta/deviceManagement/androidDeviceOwnerEnrollmentProfiles/{aospUserAssociated}", 200],
      ["GET", "/beta/deviceManagement/androidForWorkEnrollmentProfiles/{legacy}", 503],
    ]);
    expect(graphCalls[1]!.path).toMatch(/\?\$select=[\w,]+&\$skiptoken=…$/);
    expect(graphCalls.map((call) => [call.requestId, call.clientRequestId])).toEqual(
      tenant.requests.map((r) => [r.requestId, r.clientRequestId]),
    );
  });

  it("holds no token, QR code, Wi-Fi setting, access token, profile id, name or description: only request ids", async () => {
    const { tenant, sources } = await consoleAfterAWhile();
    const text = diagnostics(sources);
    const secrets = [
      ACCESS_TOKEN,
      WIFI_PASSWORD,
      WIFI_SSID,
      ...tenant.profiles.flatMap((p) => [
        p.id,
        p.displayName,
        p.description,
        p.tokenValue,
        p.qrCodeContent,
        p.qrCodeImage?.value,
      ]),
      ...tenant.requests.flatMap((r) => [r.body, r.authorization]),
    ].filter((secret): secret is string => typeof secret === "string" && secret.length > 0);
    expect(secrets.length).toBeGreaterThan(30);
    for (const secret of secrets) expect(text).not.toContain(secret);
    for (const request of tenant.requests) expect(text).toContain(request.requestId!);
  });

  it("names the fields Graph did not send, per collection and read, and says in words what it holds", async () => {
    const { tenant, sources } = await consoleAfterAWhile();
    tenant.omitFields.add("tokenExpirationDateTime");
    await sources.queryClient.refetchQueries();
    const report = collectDiagnostics(sources);
    expect(report.missingFields).toEqual(
      expect.arrayContaining([
        {
          collection: "androidDeviceOwnerEnrollmentProfiles",
          read: "list",
          field: "tokenExpirationDateTime",
          profiles: 6,
        },
        { collection: "androidForWorkEnrollmentProfiles", read: "list", field: "tokenExpirationDateTime", profiles: 2 },
        {
          collection: "androidDeviceOwnerEnrollmentProfiles",
          read: "byId",
          field: "tokenExpirationDateTime",
          profiles: 1,
        },
      ]),
    );
    const text = diagnostics(sources);
    expect(text.split("\n").slice(0, 10)).toEqual(
      expect.arrayContaining([
        "Cloud: global; tenant: t1",
        "Browser: TestBrowser/1",
        expect.stringMatching(
          /^androidDeviceOwnerEnrollmentProfiles: HTTP 200, 2 pages, last request-id [0-9a-f-]{36}$/,
        ),
        "Profiles per kind: dedicated 1, dedicatedSharedMode 1, fullyManaged 1, workProfile 1, aospUserless 1, aospUserAssociated 1, legacy 2",
        expect.stringMatching(/^Fields Microsoft Graph did not send \(profiles\): tokenExpirationDateTime \(6\), /),
        "AOSP profile id in createToken and revokeToken: <id>",
      ]),
    );
  });
});
