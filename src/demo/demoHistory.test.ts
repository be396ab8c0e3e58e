import { createDemoTenant } from "./demoGraph";

describe("the demo tenant's history", () => {
  it("has each profile's creation and its current token's creation, by people and the automation, oldest first", () => {
    const tenant = createDemoTenant();
    const events = tenant.auditEvents;
    const times = events.map((event) => Date.parse(event.activityDateTime));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times.every((time) => time <= Date.now())).toBe(true);
    for (const profile of tenant.profiles) {
      const own = events.filter((event) =>
        event.resources.some((resource) => resource.resourceId.replace(/^AOSP-/, "") === profile.id),
      );
      expect(own[0]!.activityType).toMatch(/^Create /);
      if (profile.tokenValue !== null) {
        const created = own.filter(
          (event) => event.activityType.startsWith("createToken") && event.activityResult === "Success",
        );
        expect(created.at(-1)!.activityDateTime).toBe(profile.lastModifiedDateTime);
      }
    }
    expect(
      new Set(events.map((event) => event.actor.userPrincipalName ?? event.actor.applicationDisplayName)).size,
    ).toBeGreaterThan(3);
    // The AOSP profiles' writes name them as Microsoft's sample writes them.
    expect(events.some((event) => event.resources[0]!.resourceId.startsWith("AOSP-"))).toBe(true);
  });

  it("is the same on every load", () => {
    const strip = (tenant: ReturnType<typeof createDemoTenant>) =>
      tenant.auditEvents.map(({ activityType, resources, actor }) => [
        activityType,
        resources[0]!.resourceId,
        actor.userPrincipalName,
      ]);
    expect(strip(createDemoTenant())).toEqual(strip(createDemoTenant()));
  });
});
