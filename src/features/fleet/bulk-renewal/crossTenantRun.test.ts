import { GraphError } from "../../../graph/GraphError";
import { isThrottled, throttleWaitMs } from "../../../graph/retryPolicy";
import { createTenantRuntime } from "../../../tenants/tenantRuntime";
import type { Tenant } from "../../../tenants/tenant";
import { profile as fakeProfile } from "../../../fake-tenant/profiles";
import type { ListedProfile } from "../../../domain/profile";
import { PROFILE_KINDS } from "../../../domain/profileKinds";
import { createMemoryLocks } from "../../../test/memoryLocks";
import { QueryClient } from "@tanstack/react-query";
import { FakeTenant } from "../../../fake-tenant/fakeTenant";
import { FakeTenants } from "../../../fake-tenant/fakeTenants";
import { serveFakeTenants, tenantTokenOf } from "../../../test/fakeTenant";
import { GRAPH_HOST } from "../../../fake-tenant/fakeHttp";
import { SESSION_KEY_PREFIX } from "../../../storage/accountState";
import type { Clock } from "./clock";
import {
  CROSS_RUN_KEY,
  createCrossTenantRun,
  crossRunScope,
  crossTenantEngines,
  planAcrossTenants,
  type CrossTenantRun,
} from "./crossTenantRun";
import { createPacer } from "./pacer";
import { createRunLock, runLockName } from "./runLock";
import { RUN_KEY, type RunEngine } from "./runStore";
import { countItems, toStoredFailure, type RunItem } from "./runState";

const CONTOSO: Tenant = { id: "72f988bf-86f1-41af-91ab-2d7cd011db47", name: "Contoso" };
const FABRIKAM: Tenant = { id: "0b9d4c1e-6f2a-4d3b-8c5e-7a1f2b3c4d5e", name: "Fabrikam" };
const NORTHWIND: Tenant = { id: "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f", name: "Northwind Traders" };
const TENANTS = [CONTOSO, FABRIKAM, NORTHWIND];
const ACCOUNT = "oid-1.home";
const WEEK = 604_800;

const listed = (id: string, kind: ListedProfile["kind"] = "dedicated", extra: Partial<ListedProfile> = {}) =>
  ({
    id,
    kind,
    collection: PROFILE_KINDS[kind].collection,
    displayName: `Profile ${id}`,
    enrolledDeviceCount: 1,
    tokenExpirationDateTime: "2026-12-01T00:00:00Z",
    ...extra,
  }) as ListedProfile;

const graphError = (status: number, retryAfterSeconds: number | null = null) =>
  new GraphError({
    status,
    code: status === 429 ? "TooManyRequests" : "ServiceUnavailable",
    graphMessage: "nope",
    requestId: `rid-${status}`,
    clientRequestId: "crid",
    date: null,
    retryAfterSeconds,
  });

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Time that passes only when nothing else can run: each sleep ends at its own moment, in order, whoever sleeps, so
 * two tenants' pacers wait side by side as they would in a browser.
 */
function virtualClock(): Clock & { run(): Promise<void> } {
  let now = 0;
  const timers: { at: number; wake: () => void }[] = [];
  return {
    now: () => now,
    sleep: (ms, signal) =>
      new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const timer = { at: now + ms, wake: resolve };
        timers.push(timer);
        signal?.addEventListener("abort", () => {
          timers.splice(timers.indexOf(timer), 1);
          reject(signal.reason);
        });
      }),
    async run() {
      for (;;) {
        for (let i = 0; i < 5; i++) await flush();
        if (timers.length === 0) return;
        timers.sort((a, b) => a.at - b.at);
        const next = timers.shift()!;
        now = Math.max(now, next.at);
        next.wake();
      }
    },
  };
}

/** Each tenant's part as the console builds it, with Graph answered by `send` and time by `clock`. */
function enginesWith(
  send: (tenant: Tenant, item: RunItem) => Promise<void>,
  clock: Clock,
  locks = createMemoryLocks(),
): (tenant: Tenant) => RunEngine {
  return (tenant) => ({
    createPacer: () => createPacer({ maxWrites: 40, windowMs: 20_000, clock }),
    lock: createRunLock(runLockName(tenant.id), locks),
    owner: { accountId: ACCOUNT, tenantId: tenant.id, clientId: "client-1" },
    reread: async (item) => item.planned,
    concurrency: 4,
    send: (item) => send(tenant, item),
    isThrottled,
    throttleDelayMs: (attempt, error) => throttleWaitMs(attempt, error, () => 0.5),
    maxThrottles: 4,
    toFailure: toStoredFailure,
    onSettled: () => undefined,
  });
}

const ids = (prefix: string, count: number) => Array.from({ length: count }, (_, n) => listed(`${prefix}${n + 1}`));
const part = (run: CrossTenantRun, tenant: Tenant) =>
  run.getSnapshot().tenants.find((entry) => entry.tenant.id === tenant.id)!;
const statuses = (run: CrossTenantRun, tenant: Tenant) =>
  part(run, tenant).run.items.map((item) => `${item.id}:${item.status}`);

beforeEach(() => sessionStorage.clear());

describe("planAcrossTenants", () => {
  it("plans each tenant on its own, fitted to each kind, a tenant or profile named twice once, empty tenants left out", () => {
    const plans = planAcrossTenants(
      [
        { tenant: CONTOSO, profiles: [listed("c1"), listed("a1", "aospUserless")] },
        { tenant: FABRIKAM, profiles: [] },
        { tenant: { ...CONTOSO, id: CONTOSO.id.toUpperCase() }, profiles: [listed("c1"), listed("c2")] },
        { tenant: NORTHWIND, profiles: [listed("c1")] },
      ],
      2 * 31_557_600,
    );
    expect(plans.map((plan) => [plan.tenant.name, plan.items.map((item) => `${item.id}:${item.seconds}`)])).toEqual([
      ["Contoso", ["c1:63115200", "a1:7776000", "c2:63115200"]],
      ["Northwind Traders", ["c1:63115200"]],
    ]);
    expect(plans[0]!.adjustments).toMatchObject([{ kind: "aospUserless", count: 1, reason: "limited" }]);
  });
});

describe("a bulk renewal across tenants", () => {
  it("paces each tenant on its own: Fabrikam's 429 holds Fabrikam only, Contoso's writes keep their pace", async () => {
    const clock = virtualClock();
    const sent: { tenant: string; id: string; at: number }[] = [];
    let fabrikamThrottled = false;
    const run = createCrossTenantRun({
      tenants: TENANTS,
      engineFor: enginesWith(async (tenant, item) => {
        sent.push({ tenant: tenant.name, id: item.id, at: clock.now() });
        if (tenant === FABRIKAM && !fabrikamThrottled) {
          fabrikamThrottled = true;
          throw graphError(429, 5);
        }
      }, clock),
    });
    run.start(
      planAcrossTenants(
        [
          { tenant: CONTOSO, profiles: ids("c", 8) },
          { tenant: FABRIKAM, profiles: ids("f", 4) },
        ],
        WEEK,
      ),
      WEEK,
    );
    await clock.run();

    const times = (name: string) => sent.filter((entry) => entry.tenant === name).map((entry) => entry.at);
    // 40 per 20 s: one write every 500 ms, in Contoso from start to end.
    expect(times("Contoso")).toEqual([0, 500, 1000, 1500, 2000, 2500, 3000, 3500]);
    // Fabrikam's first write met a 429 with Retry-After: 5 s; nothing more went to Fabrikam until then.
    expect(times("Fabrikam")).toEqual([0, 5000, 5500, 6000, 6500]);
    // The throttled profile waits its turn again, behind those already waiting: sent again once, done once.
    expect(sent.filter((entry) => entry.tenant === "Fabrikam").map((entry) => entry.id)).toEqual([
      "f1",
      "f2",
      "f3",
      "f4",
      "f1",
    ]);
    expect(part(run, FABRIKAM).run.items[0]).toMatchObject({ status: "done", throttled: 1 });
    expect(countItems(part(run, CONTOSO).run.items)).toMatchObject({ done: 8, left: 0 });
    expect(run.getSnapshot().active).toBe(false);
  });

  it("a Retry-After longer than the console waits stops that tenant only; the others finish", async () => {
    const clock = virtualClock();
    const run = createCrossTenantRun({
      tenants: TENANTS,
      engineFor: enginesWith(async (tenant) => {
        if (tenant === FABRIKAM) throw graphError(429, 86_400);
      }, clock),
    });
    run.start(
      planAcrossTenants(
        [
          { tenant: CONTOSO, profiles: ids("c", 5) },
          { tenant: FABRIKAM, profiles: ids("f", 5) },
        ],
        WEEK,
      ),
      WEEK,
    );
    await clock.run();
    expect(countItems(part(run, CONTOSO).run.items)).toMatchObject({ done: 5, left: 0 });
    expect(part(run, CONTOSO).run.stoppedBy).toBeNull();
    expect(part(run, FABRIKAM).run.stoppedBy).toMatchObject({ failure: { status: 429, retryAfterSeconds: 86_400 } });
    expect(countItems(part(run, FABRIKAM).run.items)).toMatchObject({ done: 0, left: 5 });
  });

  it("a tenant whose lock another tab holds is kept as planned and not sent; the others go on; Resume sends it later", async () => {
    const clock = virtualClock();
    const browser = createMemoryLocks();
    // Another tab renews Fabrikam alone.
    const otherTab = createRunLock(runLockName(FABRIKAM.id), browser);
    const releaseOther = (await otherTab.acquire())!;
    const sent: string[] = [];
    const run = createCrossTenantRun({
      tenants: TENANTS,
      engineFor: enginesWith(async (tenant, item) => void sent.push(`${tenant.name}/${item.id}`), clock, browser),
    });
    run.start(
      planAcrossTenants(
        [
          { tenant: CONTOSO, profiles: ids("c", 2) },
          { tenant: FABRIKAM, profiles: ids("f", 2) },
        ],
        WEEK,
      ),
      WEEK,
    );
    await clock.run();
    expect(sent).toEqual(["Contoso/c1", "Contoso/c2"]);
    expect(part(run, FABRIKAM)).toMatchObject({ lock: "elsewhere", active: false });
    expect(statuses(run, FABRIKAM)).toEqual(["f1:pending", "f2:pending"]);
    run.resume();
    await clock.run();
    expect(sent).toHaveLength(2);

    releaseOther();
    await vi.waitFor(() => expect(part(run, FABRIKAM).lock).toBe("free"));
    run.resume();
    await clock.run();
    expect(sent).toEqual(["Contoso/c1", "Contoso/c2", "Fabrikam/f1", "Fabrikam/f2"]);
    expect(statuses(run, FABRIKAM)).toEqual(["f1:done", "f2:done"]);
  });

  it("survives a reload: every tenant's part is shown, nothing is sent until Resume, what was out is never resent", async () => {
    const calls: { tenant: string; id: string; answer: () => void }[] = [];
    const clock = virtualClock();
    const manual = (tenant: Tenant, item: RunItem) =>
      new Promise<void>((resolve) => calls.push({ tenant: tenant.name, id: item.id, answer: resolve }));
    const first = createCrossTenantRun({ tenants: TENANTS, engineFor: enginesWith(manual, clock) });
    first.start(
      planAcrossTenants(
        [
          { tenant: CONTOSO, profiles: ids("c", 6) },
          { tenant: FABRIKAM, profiles: ids("f", 2) },
        ],
        WEEK,
      ),
      WEEK,
    );
    await clock.run();
    // Four at a time in each tenant: Contoso c1–c4 and Fabrikam f1–f2 are out; c1 and f1 answer, c5 goes out.
    expect(calls.map((call) => call.id)).toEqual(["c1", "f1", "c2", "f2", "c3", "c4"]);
    calls.find((call) => call.id === "c1")!.answer();
    calls.find((call) => call.id === "f1")!.answer();
    await clock.run();
    expect(calls.map((call) => call.id)).toContain("c5");
    // The page goes away.
    window.dispatchEvent(new Event("beforeunload"));
    first.dispose();

    const sentAfter: string[] = [];
    const reloaded = createCrossTenantRun({
      tenants: TENANTS,
      engineFor: enginesWith(async (tenant, item) => void sentAfter.push(`${tenant.name}/${item.id}`), clock),
    });
    expect(reloaded.getSnapshot().tenants.map((entry) => entry.tenant.name)).toEqual(["Contoso", "Fabrikam"]);
    expect(reloaded.getSnapshot().active).toBe(false);
    expect(statuses(reloaded, CONTOSO)).toEqual([
      "c1:done",
      "c2:interrupted",
      "c3:interrupted",
      "c4:interrupted",
      "c5:interrupted",
      "c6:pending",
    ]);
    expect(statuses(reloaded, FABRIKAM)).toEqual(["f1:done", "f2:interrupted"]);
    await clock.run();
    expect(sentAfter).toEqual([]);

    reloaded.resume();
    await clock.run();
    expect(sentAfter).toEqual(["Contoso/c6"]);
    reloaded.retryFailed();
    await clock.run();
    expect(sentAfter.slice(1).sort()).toEqual(["Contoso/c2", "Contoso/c3", "Contoso/c4", "Contoso/c5", "Fabrikam/f2"]);
    window.dispatchEvent(new PageTransitionEvent("pageshow", { persisted: true }));
  });

  it("Cancel stops every tenant; Dismiss forgets the whole run; a tenant no longer listed is dropped on reload", async () => {
    const clock = virtualClock();
    const sent: string[] = [];
    const run = createCrossTenantRun({
      tenants: TENANTS,
      engineFor: enginesWith(async (tenant, item) => void sent.push(`${tenant.name}/${item.id}`), clock),
    });
    run.start(
      planAcrossTenants(
        [
          { tenant: CONTOSO, profiles: ids("c", 6) },
          { tenant: FABRIKAM, profiles: ids("f", 6) },
        ],
        WEEK,
      ),
      WEEK,
    );
    await flush();
    run.cancel();
    await clock.run();
    expect(run.getSnapshot().tenants.every((entry) => entry.run.cancelled && !entry.active)).toBe(true);
    const left = run.getSnapshot().tenants.map((entry) => countItems(entry.run.items).left);
    expect(left.every((count) => count > 0)).toBe(true);
    expect(sent.length).toBe(12 - left[0]! - left[1]!);

    const withoutFabrikam = createCrossTenantRun({ tenants: [CONTOSO], engineFor: enginesWith(vi.fn(), clock) });
    expect(withoutFabrikam.getSnapshot().tenants.map((entry) => entry.tenant.name)).toEqual(["Contoso"]);

    run.dismiss();
    expect(run.getSnapshot().tenants).toEqual([]);
    expect(Object.keys(sessionStorage).filter((key) => key.includes(RUN_KEY) || key.includes(CROSS_RUN_KEY))).toEqual(
      [],
    );
  });
});

describe("each tenant's items go out with that tenant's Graph client only", () => {
  // The same profile ids in both tenants: a write with the wrong tenant's token would land on the other's profile.
  const dedicated = (id: string) => fakeProfile({ id, kind: "dedicated", displayName: id });
  const aosp = (id: string) => fakeProfile({ id, kind: "aospUserless", displayName: id });

  function setup() {
    const graph = new FakeTenants(
      CONTOSO.id,
      new FakeTenant({ profiles: [dedicated("p1"), dedicated("p2"), aosp("a1")] }),
    );
    graph.add(FABRIKAM.id, new FakeTenant({ profiles: [dedicated("p1"), dedicated("p2"), aosp("a1")] }));
    serveFakeTenants(graph);
    // Each tenant takes its own AOSP id form.
    graph.get(CONTOSO.id)!.aospWriteIds = "prefixedOnly";
    graph.get(FABRIKAM.id)!.aospWriteIds = "bareOnly";
    const runtime = createTenantRuntime({
      listed: TENANTS,
      graphHost: GRAPH_HOST,
      getAccessToken: async (tenantId) => tenantTokenOf(tenantId),
      signIn: async () => undefined,
    });
    const caches = new Map(TENANTS.map((tenant) => [tenant.id, new QueryClient()]));
    const engineFor = crossTenantEngines({
      graphFor: runtime.graphFor,
      queryClientOf: (tenantId) => caches.get(tenantId)!,
      accountId: ACCOUNT,
      clientId: "client-1",
      writesPer20s: 80,
    });
    return { graph, engineFor };
  }

  const profilesOf = (graph: ReturnType<typeof setup>["graph"], tenant: Tenant) =>
    graph.get(tenant.id)!.profiles.map((entry) =>
      listed(entry.id, entry.kind as ListedProfile["kind"], {
        tokenCreationDateTime: entry.tokenCreationDateTime,
        tokenExpirationDateTime: entry.tokenExpirationDateTime,
      }),
    );

  it("every createToken of a tenant's profile is sent with that tenant's token, once, with its own AOSP id form", async () => {
    const { graph, engineFor } = setup();
    const run = createCrossTenantRun({ tenants: TENANTS, engineFor });
    run.start(
      planAcrossTenants(
        [CONTOSO, FABRIKAM].map((tenant) => ({ tenant, profiles: profilesOf(graph, tenant) })),
        WEEK,
      ),
      WEEK,
    );
    await vi.waitFor(
      () => expect(run.getSnapshot().tenants.map((entry) => countItems(entry.run.items).done)).toEqual([3, 3]),
      {
        timeout: 5_000,
      },
    );

    for (const tenant of [CONTOSO, FABRIKAM]) {
      const fake = graph.get(tenant.id)!;
      expect(fake.requests.every((request) => request.caller?.tenantId === tenant.id)).toBe(true);
      expect(Object.fromEntries(fake.createdFor)).toEqual({ p1: 1, p2: 1, a1: 1 });
      expect(countItems(part(run, tenant).run.items)).toMatchObject({ done: 3, failed: 0 });
    }
    const aospPaths = (tenant: Tenant) =>
      graph
        .get(tenant.id)!
        .createTokenRequests.filter((request) => request.url.includes("a1"))
        .map((request) => `${new URL(request.url).pathname.split("/").at(-2)}:${request.status}`);
    expect(aospPaths(CONTOSO)).toEqual(["AOSP-a1:204"]);
    expect(aospPaths(FABRIKAM)).toEqual(["AOSP-a1:404", "a1:204"]);
  });

  it("a tenant's stored part found in another tenant's place is dropped unseen, never sent with that tenant's client", async () => {
    const { graph, engineFor } = setup();
    const run = createCrossTenantRun({ tenants: TENANTS, engineFor });
    run.start(planAcrossTenants([{ tenant: CONTOSO, profiles: profilesOf(graph, CONTOSO) }], WEEK), WEEK);
    await vi.waitFor(() => expect(run.getSnapshot().active).toBe(true));
    run.cancel();
    await vi.waitFor(() => expect(run.getSnapshot().active).toBe(false));
    run.dispose();

    // Contoso's part, moved into Fabrikam's place, and the run said to be Fabrikam's.
    const key = (tenant: Tenant) => `${SESSION_KEY_PREFIX}${crossRunScope(tenant)}${RUN_KEY}`;
    sessionStorage.setItem(key(FABRIKAM), sessionStorage.getItem(key(CONTOSO))!);
    sessionStorage.removeItem(key(CONTOSO));
    sessionStorage.setItem(`${SESSION_KEY_PREFIX}${CROSS_RUN_KEY}`, JSON.stringify({ tenants: [FABRIKAM.id] }));
    const before = graph.get(FABRIKAM.id)!.requests.length;

    const reloaded = createCrossTenantRun({ tenants: TENANTS, engineFor });
    expect(reloaded.getSnapshot().tenants).toEqual([]);
    expect(sessionStorage.getItem(key(FABRIKAM))).toBeNull();
    reloaded.resume();
    reloaded.retryFailed();
    await flush();
    expect(graph.get(FABRIKAM.id)!.requests).toHaveLength(before);
  });
});
