import { GraphError } from "../../../graph/GraphError";
import { isThrottled, retryDelayMs } from "../../../graph/retryPolicy";
import type { Clock } from "./clock";
import { createPacer } from "./pacer";
import { createRunStore, RUN_STORAGE_KEY, type RunEngine } from "./runStore";
import { countItems, toStoredFailure, type RunItem } from "./runState";

const graphError = (status: number, retryAfterSeconds: number | null = null) =>
  new GraphError({
    status,
    code: status === 429 ? "TooManyRequests" : "ServiceUnavailable",
    message: "nope",
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

function engine(send: RunEngine["send"], clock = instantClock(), onSettled = vi.fn()): RunEngine {
  return {
    createPacer: () => createPacer({ maxWrites: 40, windowMs: 20_000, clock }),
    concurrency: 3,
    send,
    isThrottled,
    throttleDelayMs: (attempt, error) => retryDelayMs(attempt, error, () => 0.5),
    maxThrottles: 4,
    toFailure: toStoredFailure,
    onSettled,
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
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
    await vi.waitFor(() => expect(store.getSnapshot().active).toBe(false));
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
    await vi.waitFor(() => expect(store.getSnapshot().active).toBe(false));
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
    await vi.waitFor(() => expect(store.getSnapshot().active).toBe(false));
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
    await vi.waitFor(() => expect(store.getSnapshot().active).toBe(false));
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

  it("ignores a stored run it cannot read", () => {
    sessionStorage.setItem(RUN_STORAGE_KEY, '{"version":1,"items":[{"key":1}]}');
    expect(createRunStore(engine(vi.fn())).getSnapshot().run).toBeNull();
    sessionStorage.setItem(RUN_STORAGE_KEY, "not json");
    expect(createRunStore(engine(vi.fn())).getSnapshot().run).toBeNull();
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
