import { useState } from "react";
import { act, screen, waitFor, within } from "@testing-library/react";
import { FakeTenant } from "../../../fake-tenant/fakeTenant";
import { FakeTenants } from "../../../fake-tenant/fakeTenants";
import { GRAPH_HOST } from "../../../fake-tenant/fakeHttp";
import { profile } from "../../../fake-tenant/profiles";
import { listCollectionQuery } from "../../../queries/listProfiles";
import { COLLECTION_ORDER } from "../../../domain/profileKinds";
import { createTenantRuntime } from "../../../tenants/tenantRuntime";
import type { Tenant } from "../../../tenants/tenant";
import { serveFakeTenants, tenantTokenOf } from "../../../test/fakeTenant";
import { createTestQueryClient, renderWithProviders } from "../../../test/render";
import type { TenantProfiles } from "../tenantProfiles";
import AcrossTenants from "../AcrossTenants";
import { createRunLock, runLockName } from "./runLock";

const CONTOSO: Tenant = { id: "72f988bf-86f1-41af-91ab-2d7cd011db47", name: "Contoso" };
const FABRIKAM: Tenant = { id: "0b9d4c1e-6f2a-4d3b-8c5e-7a1f2b3c4d5e", name: "Fabrikam" };
const TENANTS = [CONTOSO, FABRIKAM];
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/**
 * Contoso and Fabrikam behind one fake Graph, each with its own profiles (the same ids in both) and its own write
 * limit; every tenant's lists read into its own cache, as the overview of all tenants reads them.
 */
async function setup() {
  const profiles = () => [
    profile({
      kind: "dedicated",
      id: "p1",
      displayName: "Kiosks",
      enrolledDeviceCount: 4,
      tokenExpirationDateTime: inDays(3),
    }),
    profile({
      kind: "dedicated",
      id: "p2",
      displayName: "Scanners",
      enrolledDeviceCount: 6,
      tokenExpirationDateTime: inDays(-2),
    }),
    profile({
      kind: "aospUserless",
      id: "a1",
      displayName: "Headsets",
      enrolledDeviceCount: 1,
      tokenExpirationDateTime: inDays(5),
    }),
  ];
  const graph = new FakeTenants(CONTOSO.id, new FakeTenant({ profiles: profiles() }));
  graph.add(FABRIKAM.id, new FakeTenant({ profiles: profiles() }));
  serveFakeTenants(graph);
  const runtime = createTenantRuntime({
    listed: TENANTS,
    graphHost: GRAPH_HOST,
    getAccessToken: async (tenantId) => tenantTokenOf(tenantId),
    signIn: async () => undefined,
  });
  const caches = new Map(TENANTS.map((tenant) => [tenant.id, createTestQueryClient()]));
  const queryClientOf = (tenantId: string) => caches.get(tenantId)!;
  const selection: TenantProfiles[] = await Promise.all(
    TENANTS.map(async (tenant) => ({
      tenant,
      profiles: (
        await Promise.all(
          COLLECTION_ORDER.map((collection) =>
            queryClientOf(tenant.id).fetchQuery(listCollectionQuery(runtime.graphFor(tenant.id), collection)),
          ),
        )
      ).flat(),
    })),
  );
  return { graph, runtime, queryClientOf, selection, fake: (tenant: Tenant) => graph.get(tenant.id)! };
}

type Setup = Awaited<ReturnType<typeof setup>>;

/** What the overview of all tenants shows for the tenants ticked (here: every tenant, all its profiles due). */
function Overview({ runtime, queryClientOf, selection }: Pick<Setup, "runtime" | "queryClientOf" | "selection">) {
  const [source] = useState(() => ({ graphOf: runtime.graphFor, queryClientOf }));
  const [now] = useState(() => new Date());
  return <AcrossTenants tenants={runtime.listed} source={source} selection={selection} now={now} />;
}

const tenantPart = (tenant: Tenant) => {
  const panel = screen.getByRole("region", { name: "Bulk renewal across tenants" });
  return within(panel).getByRole("region", { name: tenant.name });
};

async function startRenewal(user: ReturnType<typeof renderWithProviders>["user"]) {
  await user.click(screen.getByRole("button", { name: "Renew expiring tokens…" }));
  const dialog = await screen.findByRole("dialog", { name: "Renew the tokens of 6 profiles in 2 tenants" });
  await user.click(within(dialog).getByRole("button", { name: "Renew 6 tokens" }));
  await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
}

beforeEach(() => sessionStorage.clear());

describe("renewing across tenants", { timeout: 30_000 }, () => {
  it("the dialog counts each tenant, fits the validity to each kind; each tenant is paced and throttled on its own", async () => {
    const { selection, fake, ...rest } = await setup();
    // Fabrikam takes two writes per 4 s, and says when a write is taken again; Contoso keeps Intune's limit.
    fake(FABRIKAM).writeLimit = { perApp: 2, perTenant: 2, windowMs: 4_000 };
    fake(FABRIKAM).retryAfterWhenThrottled = true;
    fake(CONTOSO).failNext("POST", /\/p2\/createToken$/, 503, "ServiceUnavailable", "Intune is busy", {
      requestId: "rid-contoso-503",
    });
    const { user } = renderWithProviders(<Overview selection={selection} {...rest} />);

    await user.click(screen.getByRole("button", { name: "Renew expiring tokens…" }));
    const dialog = await screen.findByRole("dialog", { name: "Renew the tokens of 6 profiles in 2 tenants" });
    const perTenant = within(dialog).getByRole("list", { name: "Per tenant" });
    expect(
      within(perTenant)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["Contoso: 3 profiles with 11 enrolled devices", "Fabrikam: 3 profiles with 11 enrolled devices"]);
    const slider = within(dialog).getByRole("slider", { name: "Token validity" });
    act(() => slider.focus());
    await user.keyboard("{End}");
    expect(dialog).toHaveTextContent("AOSP userless: 2 profiles, limited to 90 days");
    expect(dialog).toHaveTextContent(/at most 40 tokens per 20 seconds in each/);
    await user.click(within(dialog).getByRole("button", { name: "Renew 6 tokens" }));

    const fabrikam = await waitFor(() => tenantPart(FABRIKAM));
    await within(fabrikam).findByText(/Intune is throttling requests: the run waits/);
    expect(within(tenantPart(CONTOSO)).queryByText(/Intune is throttling/)).toBeNull();
    await waitFor(() => expect(fabrikam).toHaveTextContent("Renewed 3 of 3 tokens. 0 failed."), { timeout: 10_000 });
    const contoso = tenantPart(CONTOSO);
    expect(contoso).toHaveTextContent("Renewed 2 of 3 tokens. 1 failed.");
    expect(contoso).toHaveTextContent("Intune is busy");
    expect(contoso).toHaveTextContent("rid-contoso-503");
    expect(screen.getByText("2 tenants: done 5 · failed 1 · left 0")).toBeInTheDocument();

    // Each tenant's writes went with its own token: each profile once, in its own tenant.
    for (const tenant of TENANTS) {
      expect(fake(tenant).requests.every((request) => request.caller?.tenantId === tenant.id)).toBe(true);
    }
    expect(Object.fromEntries(fake(FABRIKAM).createdFor)).toEqual({ p1: 1, p2: 1, a1: 1 });
    expect(Object.fromEntries(fake(CONTOSO).createdFor)).toEqual({ p1: 1, a1: 1 });
    expect(fake(FABRIKAM).throttledWrites).toBeGreaterThan(0);
    expect(fake(CONTOSO).throttledWrites).toBe(0);
    const bodies = (tenant: Tenant) => fake(tenant).createTokenRequests.map((request) => JSON.parse(request.body!));
    for (const tenant of TENANTS) {
      expect(bodies(tenant)).toContainEqual({ tokenValidityInSeconds: 7_776_000 });
      expect(bodies(tenant)).toContainEqual({ tokenValidityInSeconds: 2_051_244_000 });
    }
  });

  it("a tenant held by another tab's run says so and sends nothing, while the other goes on; Resume sends it later", async () => {
    const { selection, fake, ...rest } = await setup();
    const otherTab = createRunLock(runLockName(FABRIKAM.id));
    const releaseOther = (await otherTab.acquire())!;
    const { user } = renderWithProviders(<Overview selection={selection} {...rest} />);
    await startRenewal(user);

    await waitFor(() => expect(tenantPart(CONTOSO)).toHaveTextContent("Renewed 3 of 3 tokens. 0 failed."), {
      timeout: 10_000,
    });
    const fabrikam = tenantPart(FABRIKAM);
    expect(fabrikam).toHaveTextContent("A bulk renewal for this tenant is running in another tab or window");
    expect(fabrikam).toHaveTextContent("Done 0 · Failed 0 · Left 3");
    expect(fake(FABRIKAM).createTokenRequests).toEqual([]);
    const resume = screen.getByRole("button", { name: "Resume (3 left)" });
    expect(resume).toHaveAttribute("aria-disabled", "true");

    act(() => releaseOther());
    await waitFor(() => expect(resume).not.toHaveAttribute("aria-disabled", "true"));
    await user.click(resume);
    await waitFor(() => expect(tenantPart(FABRIKAM)).toHaveTextContent("Renewed 3 of 3 tokens. 0 failed."), {
      timeout: 10_000,
    });
    expect(fake(FABRIKAM).executedCreateTokens).toBe(3);
    expect(fake(CONTOSO).executedCreateTokens).toBe(3);
  });

  it("a reload shows every tenant's part and sends nothing until Resume", async () => {
    const { selection, fake, ...rest } = await setup();
    const first = renderWithProviders(<Overview selection={selection} {...rest} />);
    await startRenewal(first.user);
    await waitFor(() => expect(fake(CONTOSO).createTokenRequests.length).toBeGreaterThan(0));
    await first.user.click(screen.getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.getByRole("button", { name: /^Resume/ })).toBeInTheDocument());
    first.unmount();
    const sent = TENANTS.map((tenant) => fake(tenant).createTokenRequests.length);

    const { user } = renderWithProviders(<Overview selection={selection} {...rest} />);
    expect(tenantPart(CONTOSO)).toHaveTextContent(/Cancelled: \d+ profiles? (was|were) not sent/);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(TENANTS.map((tenant) => fake(tenant).createTokenRequests.length)).toEqual(sent);

    await user.click(screen.getByRole("button", { name: /^Resume/ }));
    for (const tenant of TENANTS) {
      await waitFor(() => expect(tenantPart(tenant)).toHaveTextContent("Renewed 3 of 3 tokens. 0 failed."), {
        timeout: 10_000,
      });
      expect([...fake(tenant).createdFor.values()]).toEqual([1, 1, 1]);
    }
  });
});
