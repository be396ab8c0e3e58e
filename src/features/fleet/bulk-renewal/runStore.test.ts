import { GraphError } from "../../../graph/GraphError";
import { isThrottled, MAX_AUTOMATIC_WAIT_SECONDS, throttleWaitMs } from "../../../graph/retryPolicy";
import { blockSessionStorage } from "../../../test/blockedStorage";
import { createMemoryLocks } from "../../../test/memoryLocks";
import type { Clock } from "./clock";
import { createPacer } from "./pacer";
import { createRunLock, runLockName } from "./runLock";
import { SESSION_KEY_PREFIX } from "../../../storage/accountState";
import { createRunStore, RUN_KEY, type RunEngine } from "./runStore";
import { countItems, toStoredFailure, type RunItem, type RunOwner } from "./runState";

const RUN_STORAGE_KEY = `${SESSION_KEY_PREFIX}${RUN_KEY}`;

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

const item = (n: number): RunItem => ({
  key: `androidForWorkEnrollmentProfiles/p${n}`,
  kind: "legacy",
  id: `p${n}`,
  name: `Profile ${n}`,
  devices: n,
  tokenType: null,
  seconds: 604_800,
  planned: { tokenCreationDateTime: null, tokenExpirationDateTime: "2026-12-01T00:00:00Z" },
  status: "pending",
  throttled: 0,
  failure: null,
});

/** A clock whose sleeps end at once (time jumps), so paced runs finish immediately in tests. */
function instantClock(): Clock & { slept: number[] } {
  let now = 0;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (ms, signal) => {
      signal?.throwIfAborted();
      slept.push(ms);
      now += ms;
      await Promise.resolve();
      signal?.throwIfAborted();
    },
  };
}

/** A Graph the test answers: each send waits for the test's verdict for that profile. */
function manualGraph() {
  const calls: { id: string; resolve: () => void; reject: (error: unknown) => void }[] = [];
  const send = (target: RunItem) =>
    new Promise<void>((resolve, reject) => calls.push({ id: target.id, resolve, reject }));
  return { calls, send };
}

const OWNER: RunOwner = { accountId: "oid-1.tenant-1", tenantId: "tenant-1", clientId: "client-1" };

/**
 * The run's collaborators, as the console wires them, with Graph answered by the test. Each engine is a page of
 * its own: with locks of its own unless `more.lock` shares a browser's; a re-read shows the planned token (nobody
 * renewed it meanwhile) unless `more.reread` says otherwise.
 */
function engine(
  send: RunEngine["send"],
  clock = instantClock(),
  onSettled = vi.fn(),
  more: Partial<RunEngine> = {},
): RunEngine {
  return {
    createPacer: () => createPacer({ maxWrites: 40, windowMs: 20_000, clock }),
    lock: createRunLock(runLockName(OWNER.tenantId), createMemoryLocks()),
    owner: OWNER,
    reread: async (target) => target.planned,
    concurrency: 3,
    send,
    isThrottled,
    throttleDelayMs: (attempt, error) => throttleWaitMs(attempt, error, () => 0.5),
    maxThrottles: 4,
    toFailure: toStoredFailure,
    onSettled,
    ...more,
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
/** Until a run that was started (once this tab held the lock) has stopped sending. */
const settled = (store: ReturnType<typeof createRunStore>) =>
  vi.waitFor(() => expect(store.getSnapshot()).toMatchObject({ run: expect.anything(), active: false }));
const statuses = (store: ReturnType<typeof createRunStore>) =>
  store.getSnapshot().run!.items.map((entry) => `${entry.id}:${entry.status}`);

beforeEach(() => sessionStorage.clear());

describe("a bulk renewal run", () => {
  it("sends each profile once, in order, at most `concurrency` at a time, and settles", async () => {
    let inFlight = 0;
    let most = 0;
    const sent: string[] = [];
    const onSettled = vi.fn();
    const store = createRunStore(
      engine(
        async (target) => {
          sent.push(target.id);
          most = Math.max(most, ++inFlight);
          await flush();
          inFlight -= 1;
        },
        instantClock(),
        onSettled,
      ),
    );
    store.start([1, 2, 3, 4, 5, 6, 7].map(item), 604_800);
    await settled(store);
    expect(sent).toEqual(["p1", "p2", "p3", "p4", "p5", "p6", "p7"]);
    expect(most).toBeLessThanOrEqual(3);
    expect(countItems(store.getSnapshot().run!.items)).toMatchObject({ done: 7, failed: 0, left: 0 });
    expect(onSettled).toHaveBeenCalledTimes(1);
  });

  it("after a 429 waits (Retry-After, or backoff when Intune sent none) and sends that profile again; done once", async () => {
    const clock = instantClock();
    const answers = [graphError(429, 3), graphError(429, null), null];
    const sent: string[] = [];
    const store = createRunStore(
      engine(async (target) => {
        sent.push(target.id);
        const answer = target.id === "p1" ? answers.shift() : null;
        if (answer) throw answer;
      }, clock),
    );
    store.start([item(1), item(2)], 604_800);
    await settled(store);
    expect(sent.filter((id) => id === "p1")).toHaveLength(3);
    const first = store.getSnapshot().run!.items[0]!;
    expect(first).toMatchObject({ status: "done", throttled: 2, failure: null });
    // Retry-After: 3 s; then backoff without it (2 s ceiling, half of it fixed, the rest jittered).
    expect(clock.slept).toEqual(expect.arrayContaining([3_000]));
  });

  it("lists a 5xx as failed with Graph's details and never sends it again on its own", async () => {
    const sent: string[] = [];
    const store = createRunStore(
      engine(async (target) => {
        sent.push(target.id);
        if (target.id === "p2") throw graphError(503);
      }),
    );
    store.start([1, 2, 3].map(item), 604_800);
    await settled(store);
    expect(sent.sort()).toEqual(["p1", "p2", "p3"]);
    expect(store.getSnapshot().run!.items[1]).toMatchObject({
      status: "failed",
      failure: { type: "graph", status: 503, requestId: "rid-503" },
    });
  });

  it("gives up on a profile after too many 429s", async () => {
    const store = createRunStore(
      engine(async () => {
        throw graphError(429, 1);
      }),
    );
    store.start([item(1)], 604_800);
    await settled(store);
    expect(store.getSnapshot().run!.items[0]).toMatchObject({ status: "failed", throttled: 4 });
  });

  it("Cancel stops new requests at once; the ones in flight finish and are reported", async () => {
    const graph = manualGraph();
    const store = createRunStore(engine(graph.send));
    store.start([1, 2, 3, 4, 5, 6].map(item), 604_800);
    await vi.waitFor(() => expect(graph.calls).toHaveLength(3));
    store.cancel();
    graph.calls[0]!.resolve();
    graph.calls[1]!.reject(graphError(500));
    graph.calls[2]!.resolve();
    await vi.waitFor(() => expect(store.getSnapshot().active).toBe(false));
    expect(graph.calls).toHaveLength(3);
    expect(statuses(store)).toEqual(["p1:done", "p2:failed", "p3:done", "p4:pending", "p5:pending", "p6:pending"]);
    expect(store.getSnapshot().run!.cancelled).toBe(true);

    // Resume sends only what was never sent.
    store.resume();
    await vi.waitFor(() => expect(graph.calls).toHaveLength(6));
    expect(graph.calls.slice(3).map((call) => call.id)).toEqual(["p4", "p5", "p6"]);
    graph.calls.slice(3).forEach((call) => call.resolve());
    await vi.waitFor(() => expect(store.getSnapshot().active).toBe(false));
    expect(countItems(store.getSnapshot().run!.items)).toMatchObject({ done: 5, failed: 1, left: 0 });
  });

  it("survives a reload: what was out is interrupted (never resent on its own); Resume sends the rest", async () => {
    const graph = manualGraph();
    const store = createRunStore(engine(graph.send));
    store.start([1, 2, 3, 4, 5].map(item), 604_800);
    await vi.waitFor(() => expect(graph.calls).toHaveLength(3));
    graph.calls[0]!.resolve();
    await vi.waitFor(() => expect(statuses(store)[0]).toBe("p1:done"));
    await vi.waitFor(() => expect(graph.calls).toHaveLength(4));

    // The page reloads: a new store reads the same session storage; nothing is sent until the admin resumes.
    const after = manualGraph();
    const reloaded = createRunStore(engine(after.send));
    expect(reloaded.getSnapshot().active).toBe(false);
    expect(statuses(reloaded)).toEqual(["p1:done", "p2:interrupted", "p3:interrupted", "p4:interrupted", "p5:pending"]);
    await flush();
    expect(after.calls).toHaveLength(0);

    reloaded.resume();
    await vi.waitFor(() => expect(after.calls.map((call) => call.id)).toEqual(["p5"]));
    after.calls[0]!.resolve();
    await vi.waitFor(() => expect(reloaded.getSnapshot().active).toBe(false));

    // Retry failed is the admin's call for the interrupted ones too.
    reloaded.retryFailed();
    await vi.waitFor(() => expect(after.calls.map((call) => call.id)).toEqual(["p5", "p2", "p3", "p4"]));
    after.calls.slice(1).forEach((call) => call.resolve());
    await vi.waitFor(() => expect(reloaded.getSnapshot().active).toBe(false));
    expect(countItems(reloaded.getSnapshot().run!.items)).toMatchObject({ done: 5, interrupted: 0 });
  });

  it("ignores a stored run it cannot read, and drops it", () => {
    sessionStorage.setItem(RUN_STORAGE_KEY, '{"version":1,"items":[{"key":1}]}');
    expect(createRunStore(engine(vi.fn())).getSnapshot().run).toBeNull();
    expect(sessionStorage.getItem(RUN_STORAGE_KEY)).toBeNull();
    sessionStorage.setItem(RUN_STORAGE_KEY, "not json");
    expect(createRunStore(engine(vi.fn())).getSnapshot().run).toBeNull();
  });

  it("takes over a run stored before the upgrade (a Graph failure's `message`), shows its failures and resumes it", async () => {
    const earlierFailure = {
      type: "graph",
      status: 503,
      code: "ServiceUnavailable",
      message: "Intune is busy",
      requestId: "rid-503",
      clientRequestId: "crid",
      date: null,
      retryAfterSeconds: null,
    };
    sessionStorage.setItem(
      RUN_STORAGE_KEY,
      JSON.stringify({
        version: 2,
        id: "run-1",
        startedAt: 0,
        chosenSeconds: 604_800,
        items: [{ ...item(1), status: "failed", failure: earlierFailure }, item(2)],
        cancelled: true,
        owner: OWNER,
        stoppedBy: { failure: { ...earlierFailure, status: 429, retryAfterSeconds: 3 }, until: 0 },
      }),
    );
    const sent: string[] = [];
    const store = createRunStore(engine(async (target) => void sent.push(target.id)));
    const { run } = store.getSnapshot();
    expect(run!.items[0]!.failure).toEqual({
      type: "graph",
      status: 503,
      code: "ServiceUnavailable",
      graphMessage: "Intune is busy",
      requestId: "rid-503",
      clientRequestId: "crid",
      date: null,
      retryAfterSeconds: null,
    });
    expect(run!.stoppedBy!.failure).toMatchObject({ status: 429, graphMessage: "Intune is busy" });
    store.resume();
    await vi.waitFor(() => expect(statuses(store)).toEqual(["p1:failed", "p2:done"]));
    await settled(store);
    expect(sent).toEqual(["p2"]);
    expect(sessionStorage.getItem(RUN_STORAGE_KEY)).toContain('"graphMessage":"Intune is busy"');
    expect(sessionStorage.getItem(RUN_STORAGE_KEY)).not.toContain('"message"');
  });

  it("keeps a tenant's run in that tenant's part of the account's state", async () => {
    const store = createRunStore(
      engine(async () => undefined),
      { scope: "tenant.t1." },
    );
    store.start([item(1)], 604_800);
    await settled(store);
    expect(sessionStorage.getItem(`${SESSION_KEY_PREFIX}tenant.t1.${RUN_KEY}`)).toContain('"status":"done"');
    expect(sessionStorage.getItem(RUN_STORAGE_KEY)).toBeNull();
    expect(createRunStore(engine(vi.fn()), { scope: "tenant.t2." }).getSnapshot().run).toBeNull();
    expect(createRunStore(engine(vi.fn()), { scope: "tenant.t1." }).getSnapshot().run).not.toBeNull();
  });

  it("runs where the browser refuses session storage (a cross-site frame), keeping the run for the page", async () => {
    const restore = blockSessionStorage();
    try {
      const store = createRunStore(engine(async () => undefined, instantClock()));
      store.start([item(1), item(2)], 604_800);
      await settled(store);
      expect(countItems(store.getSnapshot().run!.items)).toMatchObject({ done: 2 });
    } finally {
      restore();
    }
  });

  it("Dismiss forgets a settled run, in memory and in storage, but never one that is still sending", async () => {
    const graph = manualGraph();
    const store = createRunStore(engine(graph.send));
    store.start([item(1)], 604_800);
    await vi.waitFor(() => expect(graph.calls).toHaveLength(1));
    store.dismiss();
    expect(store.getSnapshot().run).not.toBeNull();
    graph.calls[0]!.resolve();
    await vi.waitFor(() => expect(store.getSnapshot().active).toBe(false));
    expect(sessionStorage.getItem(RUN_STORAGE_KEY)).toContain('"status":"done"');
    store.dismiss();
    expect(store.getSnapshot().run).toBeNull();
    expect(sessionStorage.getItem(RUN_STORAGE_KEY)).toBeNull();
  });

  it("once disposed (another account, or sign-out), sends nothing new and writes nothing to storage", async () => {
    const graph = manualGraph();
    const store = createRunStore(engine(graph.send));
    store.start([1, 2, 3, 4, 5].map(item), 604_800);
    await vi.waitFor(() => expect(graph.calls).toHaveLength(3));
    store.dispose();
    sessionStorage.clear();
    graph.calls.forEach((call) => call.resolve());
    await flush();
    await flush();
    expect(graph.calls).toHaveLength(3);
    expect(sessionStorage.getItem(RUN_STORAGE_KEY)).toBeNull();
  });

  it("keeps what was out as sending when the page goes away, so the next page shows it interrupted", async () => {
    const graph = manualGraph();
    const store = createRunStore(engine(graph.send));
    store.start([1, 2, 3].map(item), 604_800);
    await vi.waitFor(() => expect(graph.calls).toHaveLength(3));
    window.dispatchEvent(new Event("beforeunload"));
    // The browser cuts the requests off: they fail as a network error would.
    graph.calls.forEach((call) => call.reject(new TypeError("Failed to fetch")));
    await flush();
    const reloaded = createRunStore(engine(vi.fn()));
    expect(statuses(reloaded)).toEqual(["p1:interrupted", "p2:interrupted", "p3:interrupted"]);
  });

  it("stores a request that starts while the page is going away as sending, and an answer that came as done", async () => {
    const graph = manualGraph();
    const store = createRunStore(engine(graph.send));
    store.start([1, 2, 3, 4].map(item), 604_800);
    await vi.waitFor(() => expect(graph.calls).toHaveLength(3));
    window.dispatchEvent(new Event("beforeunload"));
    // The page runs on for a moment: p1's answer comes, and p4 goes out in its place.
    graph.calls[0]!.resolve();
    await vi.waitFor(() => expect(graph.calls).toHaveLength(4));
    graph.calls.slice(1).forEach((call) => call.reject(new TypeError("Failed to fetch")));
    await flush();
    const reloaded = createRunStore(engine(vi.fn()));
    expect(statuses(reloaded)).toEqual(["p1:done", "p2:interrupted", "p3:interrupted", "p4:interrupted"]);
  });
});

/** The session storage of another tab (jsdom has one); a duplicated tab starts with a copy of the first one's. */
function tabStorage(copyOf?: Storage): Storage {
  const entries = new Map<string, string>();
  for (let i = 0; copyOf && i < copyOf.length; i++) entries.set(copyOf.key(i)!, copyOf.getItem(copyOf.key(i)!)!);
  return {
    get length() {
      return entries.size;
    },
    key: (index: number) => [...entries.keys()][index] ?? null,
    getItem: (key: string) => entries.get(key) ?? null,
    setItem: (key: string, value: string) => void entries.set(key, String(value)),
    removeItem: (key: string) => void entries.delete(key),
    clear: () => entries.clear(),
  };
}

/** A device-owner profile, whose reads say when its token was created. */
const dedicated = (n: number): RunItem => ({
  ...item(n),
  key: `androidDeviceOwnerEnrollmentProfiles/d${n}`,
  kind: "dedicated",
  id: `d${n}`,
  planned: { tokenCreationDateTime: "2026-01-01T00:00:00Z", tokenExpirationDateTime: "2026-12-01T00:00:00Z" },
});

describe("one bulk run per tenant, across tabs", () => {
  it("a duplicated tab cannot resume while the first sends, hears when it stops, and then sends nothing renewed meanwhile", async () => {
    const browser = createMemoryLocks();
    const lockOfTab = () => createRunLock(runLockName(OWNER.tenantId), browser);
    // Graph's state: when each profile's token was created, as a read by id shows it.
    const created = new Map<string, string>();
    const reread = async (target: RunItem) => ({
      ...target.planned,
      tokenCreationDateTime: created.get(target.id) ?? target.planned.tokenCreationDateTime,
    });
    const first = manualGraph();
    const firstStorage = tabStorage();
    const tabA = createRunStore(engine(first.send, instantClock(), vi.fn(), { lock: lockOfTab(), reread }), {
      in: firstStorage,
    });
    tabA.start([1, 2, 3, 4].map(dedicated), 604_800);
    await vi.waitFor(() => expect(first.calls).toHaveLength(3));

    // "Duplicate tab": the second tab starts with a copy of the first one's session storage, run included.
    const second = manualGraph();
    const tabB = createRunStore(engine(second.send, instantClock(), vi.fn(), { lock: lockOfTab(), reread }), {
      in: tabStorage(firstStorage),
    });
    await vi.waitFor(() => expect(tabB.getSnapshot().lock).toBe("elsewhere"));
    expect(countItems(tabB.getSnapshot().run!.items)).toMatchObject({ interrupted: 3, left: 1 });
    tabB.resume();
    tabB.retryFailed();
    tabB.start([dedicated(9)], 604_800);
    await flush();
    expect(second.calls).toHaveLength(0);

    // The first tab finishes its run (Graph creates each token), and lets the lock go: the second tab hears it.
    for (let answered = 0; answered < 4; answered++) {
      await vi.waitFor(() => expect(first.calls.length).toBeGreaterThan(answered));
      created.set(first.calls[answered]!.id, "2026-06-01T10:00:00Z");
      first.calls[answered]!.resolve();
    }
    await vi.waitFor(() => expect(tabA.getSnapshot()).toMatchObject({ active: false }));
    expect(countItems(tabA.getSnapshot().run!.items)).toMatchObject({ done: 4 });
    await vi.waitFor(() => expect(tabB.getSnapshot().lock).toBe("free"));

    // Its copy still says 1 left and 3 interrupted; each is read again first, and none is sent a second token.
    tabB.resume();
    await vi.waitFor(() => expect(countItems(tabB.getSnapshot().run!.items)).toMatchObject({ skipped: 1 }));
    tabB.retryFailed();
    await vi.waitFor(() => expect(countItems(tabB.getSnapshot().run!.items)).toMatchObject({ skipped: 4 }));
    await flush();
    expect(second.calls).toHaveLength(0);
  });

  it("a resumed run sends a profile whose token is still the one it was planned with, and lists one it cannot read", async () => {
    const graph = manualGraph();
    const reread = async (target: RunItem) => {
      if (target.id === "d2") throw graphError(503);
      return target.planned;
    };
    const store = createRunStore(engine(graph.send, instantClock(), vi.fn(), { reread }));
    store.start([dedicated(1), dedicated(2), dedicated(3)], 604_800);
    await vi.waitFor(() => expect(graph.calls).toHaveLength(3));
    store.cancel();
    graph.calls.forEach((call) => call.reject(new TypeError("Failed to fetch")));
    await vi.waitFor(() => expect(store.getSnapshot().active).toBe(false));
    store.retryFailed();
    await vi.waitFor(() => expect(graph.calls.map((call) => call.id)).toEqual(["d1", "d2", "d3", "d1", "d3"]));
    graph.calls.slice(3).forEach((call) => call.resolve());
    await vi.waitFor(() => expect(store.getSnapshot().active).toBe(false));
    expect(statuses(store)).toEqual(["d1:done", "d2:failed", "d3:done"]);
    expect(store.getSnapshot().run!.items[1]!.failure).toMatchObject({ type: "graph", status: 503 });
  });

  it("where the browser has no Web Locks, sends nothing and says so", async () => {
    const send = vi.fn();
    const store = createRunStore(engine(send, instantClock(), vi.fn(), { lock: createRunLock("x", null) }));
    expect(store.getSnapshot().lock).toBe("unsupported");
    store.start([item(1)], 604_800);
    await flush();
    expect(send).not.toHaveBeenCalled();
    expect(store.getSnapshot().run).toBeNull();
  });
});

describe("a run belongs to its account", () => {
  it.each([
    ["another account", { ...OWNER, accountId: "oid-2.tenant-1" }],
    ["another tenant", { ...OWNER, tenantId: "tenant-2" }],
    ["another app registration", { ...OWNER, clientId: "client-2" }],
  ])("a stored run of %s is dropped: never shown, never sent", async (_, other) => {
    const graph = manualGraph();
    const theirs = createRunStore(engine(graph.send, instantClock(), vi.fn(), { owner: other }));
    theirs.start([item(1), item(2)], 604_800);
    await vi.waitFor(() => expect(graph.calls).toHaveLength(2));
    theirs.cancel();
    theirs.dispose();
    expect(sessionStorage.getItem(RUN_STORAGE_KEY)).not.toBeNull();

    const send = vi.fn();
    const mine = createRunStore(engine(send));
    expect(mine.getSnapshot().run).toBeNull();
    expect(sessionStorage.getItem(RUN_STORAGE_KEY)).toBeNull();
    mine.resume();
    mine.retryFailed();
    await flush();
    expect(send).not.toHaveBeenCalled();
  });

  it("the same account finds its run again after a reload", async () => {
    const graph = manualGraph();
    const store = createRunStore(engine(graph.send));
    store.start([item(1)], 604_800);
    await vi.waitFor(() => expect(graph.calls).toHaveLength(1));
    expect(createRunStore(engine(vi.fn())).getSnapshot().run?.owner).toEqual(OWNER);
  });

  it("signing out stops the run and forgets it: nothing new is sent, and nothing of it is written back", async () => {
    const graph = manualGraph();
    const store = createRunStore(engine(graph.send));
    store.start([1, 2, 3, 4, 5].map(item), 604_800);
    await vi.waitFor(() => expect(graph.calls).toHaveLength(3));
    store.abandon();
    expect(store.getSnapshot().run).toBeNull();
    expect(sessionStorage.getItem(RUN_STORAGE_KEY)).toBeNull();
    // The page goes on for a moment (or goes away, cutting the requests off): the answers write nothing.
    window.dispatchEvent(new Event("beforeunload"));
    graph.calls[0]!.resolve();
    graph.calls[1]!.reject(new TypeError("Failed to fetch"));
    graph.calls[2]!.reject(graphError(503));
    await vi.waitFor(() => expect(store.getSnapshot().active).toBe(false));
    await flush();
    expect(graph.calls).toHaveLength(3);
    expect(store.getSnapshot().run).toBeNull();
    expect(sessionStorage.getItem(RUN_STORAGE_KEY)).toBeNull();
    window.dispatchEvent(new PageTransitionEvent("pageshow", { persisted: true }));
  });
});

describe("a Retry-After longer than the console waits on its own", () => {
  it("stops the run (the throttled profile stays pending, nothing else is sent) and says until when", async () => {
    const clock = instantClock();
    const sent: string[] = [];
    let throttle = true;
    const store = createRunStore(
      engine(async (target) => {
        sent.push(target.id);
        if (throttle && target.id === "p1") throw graphError(429, 86_400);
      }, clock),
    );
    const before = Date.now();
    store.start([1, 2, 3, 4, 5, 6, 7, 8].map(item), 604_800);
    await settled(store);
    const run = store.getSnapshot().run!;
    expect(run.stoppedBy).toMatchObject({ failure: { type: "graph", status: 429, retryAfterSeconds: 86_400 } });
    expect(run.stoppedBy!.until).toBeGreaterThanOrEqual(before + 86_400_000);
    expect(run.items[0]).toMatchObject({ status: "pending", throttled: 1 });
    // What was already out finished; nothing started after the 429, and the pacer never slept a day.
    expect(sent.length).toBeLessThanOrEqual(3);
    expect(Math.max(0, ...clock.slept)).toBeLessThanOrEqual(MAX_AUTOMATIC_WAIT_SECONDS * 1000);

    throttle = false;
    store.resume();
    await vi.waitFor(() => expect(countItems(store.getSnapshot().run!.items)).toMatchObject({ done: 8, left: 0 }));
    expect(store.getSnapshot().run!.stoppedBy).toBeNull();
    expect(sent.filter((id) => id === "p1")).toHaveLength(2);
  });
});
