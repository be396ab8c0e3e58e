import { AuthFailure } from "../auth/AuthFailure";
import { GraphError } from "../graph/GraphError";
import { graphPath } from "../graph/graphPath";
import { createDemoPartnerRuntime, demoPartnerTenants } from "./demoPartner";

const LEGACY = graphPath`/deviceManagement/androidForWorkEnrollmentProfiles`;
const DEVICE_OWNER = graphPath`/deviceManagement/androidDeviceOwnerEnrollmentProfiles`;

describe("the demo partner", () => {
  it("is its own tenant and N customers of 3 to 60 profiles, the same on every load", () => {
    const tenants = demoPartnerTenants(12);
    expect(tenants).toEqual(demoPartnerTenants(12));
    expect(tenants).toHaveLength(13);
    expect(tenants[0]).toMatchObject({ name: "Contoso (demo)", profiles: null, state: "works" });
    const sizes = tenants.slice(1).map((tenant) => tenant.profiles!);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(3);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(60);
    expect(new Set(sizes).size).toBeGreaterThan(6);
    expect(new Set(tenants.map((tenant) => tenant.id.toLowerCase())).size).toBe(13);
    expect(new Set(tenants.map((tenant) => tenant.name)).size).toBe(13);
    for (const tenant of tenants) expect(tenant.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-/);
    expect(tenants.filter((tenant) => tenant.state !== "works").map((tenant) => tenant.state)).toEqual([
      "throttling",
      "notConsented",
      "noAccess",
    ]);
  });

  it("gives every customer P profiles when asked, the same tenants otherwise", () => {
    const sized = demoPartnerTenants(12, 200);
    expect(sized.slice(1).map((tenant) => tenant.profiles)).toEqual(Array(12).fill(200));
    expect(sized.map(({ id, name, seed, state }) => ({ id, name, seed, state }))).toEqual(
      demoPartnerTenants(12).map(({ id, name, seed, state }) => ({ id, name, seed, state })),
    );
  });

  it("names customers past the list with a number, each name once", () => {
    const names = demoPartnerTenants(40).map((tenant) => tenant.name);
    expect(new Set(names).size).toBe(41);
    expect(names).toContain("Fabrikam 2");
  });

  it("answers each tenant with its own profiles, and a failing customer as Entra ID would", async () => {
    const runtime = createDemoPartnerRuntime(4);
    const tenants = demoPartnerTenants(4);
    const byState = (state: string) => tenants.find((tenant) => tenant.state === state)!;
    const [partner, fourth] = [tenants[0]!, tenants[4]!];
    const countOf = async (id: string) => {
      const graph = runtime.graphFor(id);
      return (await graph.list(LEGACY)).length + (await graph.list(DEVICE_OWNER)).length;
    };
    expect(runtime.listed.map((tenant) => tenant.name)).toEqual(tenants.map((tenant) => tenant.name));
    expect(await countOf(partner.id)).toBe(12);
    expect(await countOf(fourth.id)).toBe(fourth.profiles);

    const consent = await runtime
      .graphFor(byState("notConsented").id)
      .list(LEGACY)
      .catch((error: unknown) => error);
    expect(consent).toBeInstanceOf(AuthFailure);
    expect(consent).toMatchObject({
      kind: "consent-required",
      tenant: byState("notConsented").id,
      consentUrl: `https://login.microsoftonline.com/${byState("notConsented").id}/adminconsent?client_id=00000000-0000-0000-0000-000000000000`,
    });
    const noAccess = await runtime
      .graphFor(byState("noAccess").id)
      .list(LEGACY)
      .catch((error: unknown) => error);
    expect(noAccess).toMatchObject({ kind: "no-access", consentUrl: null });
  });

  it("throttles the throttling customer's writes with Retry-After, and no other's", async () => {
    const runtime = createDemoPartnerRuntime(3);
    const writeTwice = async (id: string) => {
      const graph = runtime.graphFor(id);
      const legacy = await graph.list<{ id: string }>(LEGACY);
      const collection =
        legacy.length > 0 ? "androidForWorkEnrollmentProfiles" : "androidDeviceOwnerEnrollmentProfiles";
      const [profile] = legacy.length > 0 ? legacy : await graph.list<{ id: string }>(DEVICE_OWNER);
      const create = () =>
        graph.request(graphPath`/deviceManagement/${collection}/${profile!.id}/createToken`, {
          method: "POST",
          body: { tokenValidityInSeconds: 86_400 },
        });
      await create();
      return create().then(
        () => null,
        (error: unknown) => error,
      );
    };
    const tenants = demoPartnerTenants(3);
    const throttled = await writeTwice(tenants.find((tenant) => tenant.state === "throttling")!.id);
    expect(throttled).toBeInstanceOf(GraphError);
    expect(throttled).toMatchObject({ status: 429 });
    expect((throttled as GraphError).retryAfterSeconds).toBeGreaterThanOrEqual(9);
    expect(await writeTwice(tenants[0]!.id)).toBeNull();
  });
});
