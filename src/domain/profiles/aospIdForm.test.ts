import type { FakeTenant } from "../../fake-tenant/fakeTenant";
import { everyKind } from "../../fake-tenant/profiles";
import { createGraphClient } from "../../graph/client";
import { GraphError } from "../../graph/GraphError";
import { blockSessionStorage } from "../../test/blockedStorage";
import { serveFakeTenant } from "../../test/fakeTenant";
import { GRAPH_HOST } from "../../test/render";
import { forgetAccountState } from "../../storage/accountState";
import { PROFILE_KINDS } from "../profileKinds";
import { createAospIdForms } from "./aospIdForm";
import { createToken, revokeToken } from "./tokenAction";

const DAY = 86_400;
const graph = (timeoutMs?: number) =>
  createGraphClient({ graphHost: GRAPH_HOST, getAccessToken: async () => "t", ...(timeoutMs ? { timeoutMs } : {}) });

/** A tenant with one profile of every kind, and the path segments of the writes it received. */
function tenantWith(forms: FakeTenant["aospWriteIds"]) {
  const tenant = serveFakeTenant({ profiles: everyKind() });
  tenant.aospWriteIds = forms;
  const aosp = tenant.profiles.find((p) => p.kind === "aospUserAssociated")!;
  const writes = () =>
    tenant.requests
      .filter((r) => r.method === "POST")
      .map((r) => `${new URL(r.url).pathname.split("/").at(-2)} ${r.status}`);
  return { tenant, aosp, writes };
}

const create = (id: string, forms = createAospIdForms("t1"), client = graph()) =>
  createToken(
    client,
    {
      kind: PROFILE_KINDS.aospUserAssociated,
      profileId: id,
      rule: PROFILE_KINDS.aospUserAssociated.token,
      validitySeconds: DAY,
    },
    forms,
  );

describe("the AOSP id form of createToken and revokeToken", () => {
  it("writes with AOSP-<id> first, as Microsoft's sample does: one request where the tenant takes it", async () => {
    const { aosp, writes } = tenantWith("either");
    const forms = createAospIdForms("t1");
    await create(aosp.id, forms);
    expect(writes()).toEqual([`AOSP-${aosp.id} 204`]);
    expect(forms.known()).toBe("prefixed");
  });

  it("after a 404 (nothing written) tries the bare id once, remembers it, and sends one request from then on", async () => {
    const { tenant, aosp, writes } = tenantWith("bareOnly");
    const forms = createAospIdForms("t1");
    await create(aosp.id, forms);
    expect(writes()).toEqual([`AOSP-${aosp.id} 404`, `${aosp.id} 204`]);
    expect(forms.known()).toBe("bare");
    // Another store of the same tenant (the bulk run's) knows it too.
    await revokeToken(graph(), PROFILE_KINDS.aospUserAssociated, aosp.id, createAospIdForms("t1"));
    expect(writes().slice(2)).toEqual([`${aosp.id} 204`]);
    expect(tenant.createdFor.get(aosp.id)).toBe(1);
    expect(tenant.executedRevokeTokens).toBe(1);
  });

  it("goes back to the prefix when the form it knew gets a 404 and the prefix does not", async () => {
    const { aosp, writes } = tenantWith("prefixedOnly");
    sessionStorage.setItem("etc.aospIdForm.t1", "bare");
    const forms = createAospIdForms("t1");
    await create(aosp.id, forms);
    expect(writes()).toEqual([`${aosp.id} 404`, `AOSP-${aosp.id} 204`]);
    expect(forms.known()).toBe("prefixed");
  });

  it("tries each form once only: a profile gone from both answers the second 404, and nothing is remembered", async () => {
    const { tenant, aosp, writes } = tenantWith("either");
    tenant.profiles = tenant.profiles.filter((p) => p !== aosp);
    const forms = createAospIdForms("t1");
    await expect(create(aosp.id, forms)).rejects.toMatchObject({ status: 404 });
    expect(writes()).toEqual([`AOSP-${aosp.id} 404`, `${aosp.id} 404`]);
    expect(forms.known()).toBeNull();
  });

  it.each([
    ["a 5xx", 503, {}],
    ["a 429 (the caller retries it)", 429, {}],
    ["a 400", 400, {}],
    ["a network failure", 0, { abort: true }],
  ])("never sends the other form after %s: it may have written", async (_, status, options) => {
    const { tenant, aosp, writes } = tenantWith("bareOnly");
    tenant.failNext("POST", /createToken$/, status, "Failure", "No.", options);
    await expect(create(aosp.id)).rejects.toBeInstanceOf(GraphError);
    expect(writes()).toHaveLength(1);
  });

  it("never sends the other form after a timeout", async () => {
    const { tenant, aosp } = tenantWith("bareOnly");
    let release!: () => void;
    tenant.hold = {
      method: "POST",
      path: /createToken$/,
      release: new Promise<void>((resolve) => (release = resolve)),
    };
    await expect(create(aosp.id, createAospIdForms("t1"), graph(50))).rejects.toMatchObject({ code: "timeout" });
    release();
    expect(tenant.createTokenRequests).toHaveLength(1);
  });

  it("finds the form once for writes that start together (a bulk run): the others wait and send one request each", async () => {
    const tenant = serveFakeTenant({ profiles: [...everyKind(), ...everyKind(), ...everyKind()] });
    tenant.aospWriteIds = "bareOnly";
    const forms = createAospIdForms("t1");
    const ids = tenant.profiles.filter((p) => p.kind === "aospUserAssociated").map((p) => p.id);
    await Promise.all(ids.map((id) => create(id, forms)));
    expect(tenant.createTokenRequests.map((r) => r.status)).toEqual([404, 204, 204, 204]);
  });

  it("writes to any other kind by its bare id only", async () => {
    const { tenant, writes } = tenantWith("either");
    const dedicated = tenant.profiles.find((p) => p.kind === "dedicated")!;
    await revokeToken(graph(), PROFILE_KINDS.dedicated, dedicated.id, createAospIdForms("t1"));
    expect(writes()).toEqual([`${dedicated.id} 204`]);
  });

  it("is kept per tenant, and goes with the account's other kept state", () => {
    createAospIdForms("t1");
    sessionStorage.setItem("etc.aospIdForm.t1", "bare");
    expect(createAospIdForms("t1").known()).toBe("bare");
    expect(createAospIdForms("t2").known()).toBeNull();
    forgetAccountState();
    expect(createAospIdForms("t1").known()).toBeNull();
  });

  it("starts where the browser refuses session storage (a cross-site frame), and keeps the form for the page", async () => {
    const { aosp } = tenantWith("bareOnly");
    const restore = blockSessionStorage();
    try {
      const forms = createAospIdForms("t1");
      await create(aosp.id, forms);
      expect(forms.known()).toBe("bare");
    } finally {
      restore();
    }
  });
});
