import { FakeTenant } from "./fakeTenant";
import { GRAPH_HOST, type Caller, type FakeAnswer } from "./fakeHttp";
import { parseFilter, tokenEvent, actorOf, FilterError, type FakeAuditEvent } from "./auditLog";
import { profile } from "./profiles";

const ROOT = `${GRAPH_HOST}/beta/deviceManagement`;
const AUDIT = `${ROOT}/auditEvents`;
const ADMIN: Caller = {
  appId: "console",
  appDisplayName: "Enrollment Token Console",
  userId: "u1",
  userPrincipalName: "adele.vance@contoso.example",
  tenantId: "t1",
  scopes: "https://graph.microsoft.com/DeviceManagementConfiguration.ReadWrite.All",
};
const AUDIT_READER: Caller = { ...ADMIN, scopes: "https://graph.microsoft.com/DeviceManagementApps.Read.All" };

async function call(tenant: FakeTenant, method: string, url: string, caller: Caller, body: unknown = null) {
  const answer = (await tenant.handle({
    method,
    url,
    headers: { authorization: "Bearer t" },
    body: body === null ? null : JSON.stringify(body),
    caller,
  })) as FakeAnswer;
  return { status: answer.status, json: answer.body === null ? null : JSON.parse(answer.body) };
}

const query = (params: Record<string, string>) => `${AUDIT}?${new URLSearchParams(params)}`;

function setup() {
  const kiosk = profile({ kind: "dedicated", id: "kiosk-1", displayName: "Kiosks", tokenValue: "OLDKIOSKTOKEN" });
  const aosp = profile({ kind: "aospUserless", id: "aosp-1", displayName: "Headsets" });
  let now = Date.parse("2026-12-01T10:00:00Z");
  const tenant = new FakeTenant({ profiles: [kiosk, aosp], now: () => now, newToken: () => "NEWTOKENVALUE" });
  const later = (minutes: number) => (now += minutes * 60_000);
  return { tenant, kiosk, aosp, later };
}

describe("the fake tenant's audit log", () => {
  it("records each executed createToken and revokeToken with the caller as actor and the id as addressed", async () => {
    const { tenant, later } = setup();
    await call(tenant, "POST", `${ROOT}/androidDeviceOwnerEnrollmentProfiles/kiosk-1/createToken`, ADMIN, {
      tokenValidityInSeconds: 86_400,
    });
    later(5);
    await call(tenant, "POST", `${ROOT}/androidDeviceOwnerEnrollmentProfiles/AOSP-aosp-1/createToken`, ADMIN, {
      tokenValidityInSeconds: 86_400,
    });
    later(5);
    await call(tenant, "POST", `${ROOT}/androidDeviceOwnerEnrollmentProfiles/kiosk-1/revokeToken`, ADMIN);
    // A refused write leaves nothing.
    await call(tenant, "POST", `${ROOT}/androidDeviceOwnerEnrollmentProfiles/kiosk-1/createToken`, ADMIN, {
      tokenValidityInSeconds: 5,
    });

    const { status, json } = await call(tenant, "GET", query({ $orderby: "activityDateTime desc" }), AUDIT_READER);
    expect(status).toBe(200);
    const events = json.value as FakeAuditEvent[];
    expect(events.map((e) => [e.activityType, e.resources[0]!.resourceId, e.activityDateTime])).toEqual([
      ["revokeToken AndroidDeviceOwnerEnrollmentProfile", "kiosk-1", "2026-12-01T10:10:00.000Z"],
      ["createToken AndroidDeviceOwnerEnrollmentProfile", "AOSP-aosp-1", "2026-12-01T10:05:00.000Z"],
      ["createToken AndroidDeviceOwnerEnrollmentProfile", "kiosk-1", "2026-12-01T10:00:00.000Z"],
    ]);
    expect(events[0]!.actor).toMatchObject({
      userPrincipalName: "adele.vance@contoso.example",
      applicationDisplayName: "Enrollment Token Console",
    });
    expect(events[0]).toMatchObject({
      category: "Enrollment",
      activityResult: "Success",
      activityOperationType: "Action",
    });
    // The token is in modifiedProperties (inferred for Intune): what the console must never show.
    expect(events[2]!.resources[0]!.modifiedProperties).toEqual([
      { displayName: "TokenValue", oldValue: "OLDKIOSKTOKEN", newValue: "NEWTOKENVALUE" },
    ]);
  });

  it("answers 403 to a token without DeviceManagementApps.Read.All (or ReadWrite.All), for events and types", async () => {
    const { tenant } = setup();
    for (const url of [AUDIT, `${AUDIT}/getAuditActivityTypes(category='Enrollment')`]) {
      const refused = await call(tenant, "GET", url, ADMIN);
      expect(refused.status).toBe(403);
      expect(JSON.parse(refused.json.error.message).Message).toMatch(/DeviceManagementApps\.Read\.All/);
    }
    const writer = { ...ADMIN, scopes: "https://graph.microsoft.com/DeviceManagementApps.ReadWrite.All" };
    expect((await call(tenant, "GET", AUDIT, writer)).status).toBe(200);
    const unscoped: Caller = { appId: "a", userId: "u", tenantId: "t" };
    expect((await call(tenant, "GET", AUDIT, unscoped)).status).toBe(200);
  });

  it("lists the Enrollment category's activity types (getAuditActivityTypes), none for an unknown category", async () => {
    const { tenant } = setup();
    const types = await call(tenant, "GET", `${AUDIT}/getAuditActivityTypes(category='Enrollment')`, AUDIT_READER);
    expect(types.json.value).toEqual(
      expect.arrayContaining([
        "createToken AndroidDeviceOwnerEnrollmentProfile",
        "revokeToken AndroidForWorkEnrollmentProfile",
      ]),
    );
    const other = await call(tenant, "GET", `${AUDIT}/getAuditActivityTypes(category='Device')`, AUDIT_READER);
    expect(other.json.value).toEqual([]);
  });

  it("filters by resource (either id form, with or), by time, by category and type, and pages with nextLink", async () => {
    const { tenant, kiosk, aosp } = setup();
    const at = (iso: string, resourceId: string, action: "createToken" | "revokeToken" = "createToken") =>
      tokenEvent({
        action,
        kind: "dedicated",
        resourceId,
        displayName: null,
        actor: actorOf(ADMIN),
        at: new Date(iso),
      });
    tenant.auditEvents = [
      at("2026-10-01T00:00:00Z", kiosk.id),
      at("2026-11-20T00:00:00Z", `AOSP-${aosp.id}`),
      at("2026-11-21T00:00:00Z", aosp.id, "revokeToken"),
      at("2026-11-22T00:00:00Z", kiosk.id, "revokeToken"),
    ];
    const ids = async (params: Record<string, string>) => {
      const { json } = await call(tenant, "GET", query(params), AUDIT_READER);
      return (json.value as FakeAuditEvent[]).map(
        (e) => `${e.resources[0]!.resourceId} ${e.activityDateTime.slice(0, 10)}`,
      );
    };
    expect(
      await ids({
        $filter: `resources/any(r: r/resourceId eq '${aosp.id}') or resources/any(r: r/resourceId eq 'AOSP-${aosp.id}')`,
        $orderby: "activityDateTime desc",
      }),
    ).toEqual([`${aosp.id} 2026-11-21`, `AOSP-${aosp.id} 2026-11-20`]);
    expect(
      await ids({
        $filter:
          "category eq 'Enrollment' and activityDateTime ge 2026-11-01T00:00:00Z and (activityType eq 'revokeToken AndroidDeviceOwnerEnrollmentProfile')",
      }),
    ).toEqual([`${aosp.id} 2026-11-21`, `${kiosk.id} 2026-11-22`]);
    expect(await ids({ $filter: "actor/userPrincipalName eq 'nobody@contoso.example'" })).toEqual([]);

    tenant.auditPageSize = 3;
    const first = await call(tenant, "GET", query({ $orderby: "activityDateTime desc", $top: "2" }), AUDIT_READER);
    expect(first.json.value).toHaveLength(2);
    const second = await call(tenant, "GET", first.json["@odata.nextLink"], AUDIT_READER);
    expect(second.json.value).toHaveLength(2);
    expect(second.json["@odata.nextLink"]).toBeUndefined();
    expect((second.json.value as FakeAuditEvent[])[1]!.activityDateTime).toBe("2026-10-01T00:00:00.000Z");
  });

  it("answers 400 to a filter or an order it does not support", async () => {
    const { tenant } = setup();
    for (const params of <Record<string, string>[]>[
      { $filter: "activityDateTime ge 'yesterday'" },
      { $filter: "category eq 'Enrollment' and" },
      { $filter: "startswith(activityType, 'create')" },
      { $orderby: "displayName" },
    ]) {
      expect((await call(tenant, "GET", query(params), AUDIT_READER)).status).toBe(400);
    }
    expect(() => parseFilter("category eq 'it''s'")).not.toThrow();
    expect(() => parseFilter("resources/any(r: r/type eq 'x')")).toThrow(FilterError);
  });
});
