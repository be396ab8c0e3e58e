import { PROFILE_KINDS } from "../profileKinds";
import { keepableEvent, actorOf } from "./auditEvent";
import { activityTypesPath, auditEventsPath, profileHistoryFilter, recentTokenActivityFilter } from "./auditQuery";
import { activityOf, tokenActivityTypes } from "./tokenActivity";

describe("the audit log's queries", () => {
  it("filters a profile by its id, an AOSP profile by both id forms, quoting what it quotes", () => {
    expect(profileHistoryFilter(PROFILE_KINDS.dedicated, "a'b")).toBe("resources/any(r: r/resourceId eq 'a''b')");
    expect(profileHistoryFilter(PROFILE_KINDS.aospUserless, "x")).toBe(
      "resources/any(r: r/resourceId eq 'x') or resources/any(r: r/resourceId eq 'AOSP-x')",
    );
  });

  it("asks for the tenant's token activity since a date in the Enrollment category, or nothing without types", () => {
    const since = new Date("2026-11-07T00:00:00Z");
    expect(recentTokenActivityFilter(since, ["createToken X", "it's"])).toBe(
      "category eq 'Enrollment' and activityDateTime ge 2026-11-07T00:00:00.000Z and (activityType eq 'createToken X' or activityType eq 'it''s')",
    );
    expect(recentTokenActivityFilter(since, [])).toBeNull();
  });

  it("encodes each option whole: nothing in a filter adds an option or leaves the path", () => {
    const path = auditEventsPath("category eq 'a&$top=1'");
    const url = new URL(`https://graph.microsoft.com/beta${path}`);
    expect(url.pathname).toBe("/beta/deviceManagement/auditEvents");
    expect([...url.searchParams.keys()]).toEqual(["$filter", "$orderby", "$top"]);
    expect(url.searchParams.get("$filter")).toBe("category eq 'a&$top=1'");
    expect(url.searchParams.get("$orderby")).toBe("activityDateTime desc");
    expect(url.searchParams.get("$top")).toBe("25");
    expect(decodeURIComponent(activityTypesPath("Enrollment"))).toBe(
      "/deviceManagement/auditEvents/getAuditActivityTypes(category='Enrollment')",
    );
  });
});

describe("the activities a tenant names", () => {
  const known = tokenActivityTypes([
    "Create AndroidDeviceOwnerEnrollmentProfile",
    "createToken AndroidDeviceOwnerEnrollmentProfile",
    "Revoke Token AndroidForWorkEnrollmentProfile",
  ]);
  const event = (activityType: string | null) =>
    keepableEvent({ id: "e", activityDateTime: "2026-01-01T00:00:00Z", activityType });

  it("takes the token writes from the tenant's list, and names the rest as Intune writes them", () => {
    expect([...known]).toEqual([
      ["createToken AndroidDeviceOwnerEnrollmentProfile", "createToken"],
      ["Revoke Token AndroidForWorkEnrollmentProfile", "revokeToken"],
    ]);
    expect(activityOf(event("createToken AndroidDeviceOwnerEnrollmentProfile"), known)).toEqual({
      known: "createToken",
    });
    // Not in the tenant's list: raw, even if it looks like a token write.
    expect(activityOf(event("createToken SomethingElse"), known)).toEqual({ raw: "createToken SomethingElse" });
    expect(activityOf(event(null), known)).toBeNull();
  });
});

describe("what the console keeps of an event", () => {
  it("never modifiedProperties, an IP address or permissions; the actor as user, else app", () => {
    const kept = keepableEvent({
      id: "e1",
      activityDateTime: "2026-01-01T00:00:00Z",
      activityType: "revokeToken X",
      activityResult: "Success",
      actor: {
        userPrincipalName: null,
        applicationDisplayName: "Robot",
        applicationId: "app",
        ipAddress: "10.0.0.1",
        userPermissions: ["*"],
      },
      resources: [
        {
          resourceId: "p1",
          displayName: "Kiosks",
          type: "X",
          modifiedProperties: [{ displayName: "TokenValue", newValue: "SECRET" }],
        },
      ],
    });
    expect(JSON.stringify(kept)).not.toMatch(/SECRET|10\.0\.0\.1|modifiedProperties|userPermissions/);
    expect(kept.resources).toEqual([{ resourceId: "p1", displayName: "Kiosks", type: "X" }]);
    expect(actorOf(kept)).toEqual({ app: "Robot" });
    expect(
      actorOf(keepableEvent({ actor: { userPrincipalName: "a@b.example", applicationDisplayName: "Robot" } })),
    ).toEqual({ user: "a@b.example" });
    expect(actorOf(keepableEvent({ actor: null }))).toBeNull();
  });
});
