import type * as z from "zod/mini";
import { persisted, type Persisted, type PersistedPlace } from "../../../storage/persisted";
import type { TokenDates } from "../../../domain/tokenState";
import type { Pacer } from "./pacer";
import { renewedMeanwhile } from "./renewedMeanwhile";
import type { LockState, RunLock } from "./runLock";
import { runRenewals, type RenewalOptions } from "./runRenewals";
import { runStateSchema, sameOwner, type RunItem, type RunOwner, type RunState } from "./runState";

/** Session storage: a reload keeps the run (what was done, what is left); it belongs to this tab and account. */
export const RUN_KEY = "bulkRun";

export interface RunSnapshot {
  run: RunState | null;
  /** Requests are being sent (false after a reload until the admin resumes). */
  active: boolean;
  /** Whether a run of another tab holds the tenant's lock: then this tab cannot start or resume one. */
  lock: LockState;
}

export interface RunEngine extends Omit<
  RenewalOptions,
  "pacer" | "signal" | "update" | "renewedMeanwhile" | "onStopped"
> {
  createPacer: () => Pacer;
  /** One run per tenant across this browser's tabs, held while sending. */
  lock: RunLock;
  /** The signed-in account, tenant and app registration: a stored run of anyone else is dropped, never sent. */
  owner: RunOwner;
  /** Reads one profile again (its read by id), before a resumed run sends it. */
  reread: (item: RunItem) => Promise<TokenDates>;
  /** Called once a batch of sending has stopped (finished, or cancelled and drained). */
  onSettled: (run: RunState) => void;
}

export interface RunStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): RunSnapshot;
  /**
   * Plans a run and sends it once this tab holds the tenant's lock. Without the lock nothing is sent and, unless
   * `keepWhenLocked`, nothing changes; with it the run is kept as planned, not sent, and Resume sends it once the
   * lock is free (a run across tenants, whose other tenants go on meanwhile).
   */
  start(items: RunItem[], chosenSeconds: number, options?: { keepWhenLocked?: boolean }): void;
  cancel(): void;
  /** Sends what was not sent yet (after a cancel or a reload), each profile read again first. */
  resume(): void;
  /** Sends the failed and interrupted items again, each read again first: the admin's call, as they may have run. */
  retryFailed(): void;
  dismiss(): void;
  /**
   * The admin signs out: nothing new is sent, and the run is forgotten (in memory and in storage) before what the
   * console kept for the account is.
   */
  abandon(): void;
  /**
   * The workspace is going away (another account, or sign-out): nothing new is sent, and nothing is written to
   * storage any more, which now belongs to whoever comes next.
   */
  dispose(): void;
  /** The workspace is (again) on screen: React mounts effects twice in development. */
  attach(): void;
  /** Milliseconds Intune's throttling holds the run for now. */
  pausedFor(): number;
}

/** The stored run, if it is this owner's; anyone else's (or an unreadable one) is dropped. */
function load(kept: Persisted<RunState>, owner: RunOwner): RunState | null {
  const run = kept.read();
  if (!run || !sameOwner(run.owner, owner)) {
    kept.forget();
    return null;
  }
  // A request that was out when the page went away may have run: it is never sent again on its own.
  const items = run.items.map((item) =>
    item.status === "sending" ? { ...item, status: "interrupted" as const } : item,
  );
  return { ...run, items };
}

/** `run`, with the items `stored` has as sending still sending, unless they are done. */
function keepSending(run: RunState, stored: RunState): RunState {
  const wasSending = new Set(stored.items.filter((item) => item.status === "sending").map((item) => item.key));
  const items = run.items.map((item) =>
    wasSending.has(item.key) && item.status !== "done" ? { ...item, status: "sending" as const, failure: null } : item,
  );
  return { ...run, items };
}

/** Where the run is kept: this tab's session storage (or a test's tab), in the tenant's part of the account's. */
export type RunPlace = Pick<PersistedPlace, "in" | "scope">;

export function createRunStore(engine: RunEngine, place: RunPlace = {}): RunStore {
  const { lock, owner } = engine;
  const kept = persisted(RUN_KEY, runStateSchema as z.ZodMiniType<RunState>, place);
  let snapshot: RunSnapshot = { run: load(kept, owner), active: false, lock: lock.state() };
  let controller: AbortController | null = null;
  let pacer: Pacer | null = null;
  // Between a press and the lock: a second press meanwhile does nothing.
  let starting = false;
  // Bumped by abandon and dispose: a start still waiting for the lock then does not go ahead.
  let generation = 0;
  let disposed = false;
  // The page is going away (a reload, say). The browser then cuts off the requests that are out, and they fail
  // as if the network had: what is stored keeps them as "sending" (unless their answer came), so the next page
  // knows they may have run. Everything else is still stored, a request that starts meanwhile included: the page
  // may go on running for a moment, or stay (a leave-page prompt answered No).
  let unloading = false;
  let stored = snapshot.run;
  const listeners = new Set<() => void>();

  function notify() {
    for (const listener of listeners) listener();
  }

  function set(run: RunState | null, active = snapshot.active) {
    if (disposed) return;
    snapshot = { ...snapshot, run, active };
    const toStore = unloading && run && stored ? keepSending(run, stored) : run;
    // Storage full: the run goes on; only a reload would lose it.
    if (toStore === null) kept.forget();
    if (toStore === null || kept.write(toStore)) stored = toStore;
    notify();
  }

  const lockChanged = () => {
    snapshot = { ...snapshot, lock: lock.state() };
    notify();
  };
  lock.subscribe(lockChanged);

  const leaving = () => {
    unloading = true;
  };
  // Back from the back/forward cache: the page lives on, and so does the run.
  const back = (event: Event) => {
    if ((event as PageTransitionEvent).persisted) unloading = false;
  };
  function listen(on: boolean) {
    const method = on ? "addEventListener" : "removeEventListener";
    window[method]("beforeunload", leaving);
    window[method]("pagehide", leaving);
    window[method]("pageshow", back);
    if (on) lock.watch();
    else lock.stopWatching();
  }
  listen(true);

  function update(key: string, patch: Partial<RunItem>) {
    const run = snapshot.run;
    if (!run) return;
    set({ ...run, items: run.items.map((item) => (item.key === key ? { ...item, ...patch } : item)) });
  }

  /**
   * Sends `items` once this tab holds the tenant's lock; `prepare` then writes what the run is about to do. Without
   * the lock (another tab's run, or no Web Locks) nothing is sent, and nothing changes unless `keepWhenLocked`: then
   * what `prepare` writes is kept, not sending.
   */
  async function send(items: RunItem[], resumed: boolean, prepare: () => RunState | null, keepWhenLocked = false) {
    if (snapshot.active || starting || items.length === 0) return;
    starting = true;
    const mine = generation;
    const release = await lock.acquire();
    starting = false;
    if (!release) {
      const planned = keepWhenLocked && mine === generation ? prepare() : null;
      if (planned) set(planned, false);
      return;
    }
    if (mine !== generation) return release();
    const run = prepare();
    if (!run) return release();
    const startedAt = run.startedAt;
    controller = new AbortController();
    pacer = engine.createPacer();
    set({ ...run, cancelled: false, stoppedBy: null }, true);
    try {
      await runRenewals(items, {
        ...engine,
        pacer,
        signal: controller.signal,
        update,
        renewedMeanwhile: resumed ? async (item) => renewedMeanwhile(item, await engine.reread(item), startedAt) : null,
        onStopped: (error) => {
          const failure = engine.toFailure(error);
          const wait = failure.type === "graph" ? (failure.retryAfterSeconds ?? 0) : 0;
          if (snapshot.run) set({ ...snapshot.run, stoppedBy: { failure, until: Date.now() + wait * 1000 } });
        },
      });
    } finally {
      release();
      controller = null;
      set(snapshot.run, false);
      if (snapshot.run) engine.onSettled(snapshot.run);
    }
  }

  const itemsWith = (statuses: RunItem["status"][]) =>
    (snapshot.run?.items ?? []).filter((item) => statuses.includes(item.status));

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    start(items, chosenSeconds, { keepWhenLocked = false } = {}) {
      void send(
        items,
        false,
        () => ({
          version: 2,
          id: crypto.randomUUID(),
          startedAt: Date.now(),
          chosenSeconds,
          items,
          cancelled: false,
          owner,
          stoppedBy: null,
        }),
        keepWhenLocked,
      );
    },
    cancel() {
      if (!snapshot.run) return;
      controller?.abort(new Error("cancelled"));
      set({ ...snapshot.run, cancelled: true });
    },
    resume() {
      void send(itemsWith(["pending"]), true, () => snapshot.run);
    },
    retryFailed() {
      const again = itemsWith(["failed", "interrupted"]).map((item) => ({
        ...item,
        status: "pending" as const,
        failure: null,
      }));
      const keys = new Set(again.map((item) => item.key));
      void send(again, true, () => {
        const run = snapshot.run;
        return (
          run && {
            ...run,
            items: run.items.map((item) => (keys.has(item.key) ? { ...item, status: "pending", failure: null } : item)),
          }
        );
      });
    },
    dismiss() {
      if (!snapshot.active) set(null);
    },
    pausedFor: () => pacer?.pausedFor() ?? 0,
    abandon() {
      generation += 1;
      controller?.abort(new Error("signed out"));
      set(null, snapshot.active);
    },
    dispose() {
      generation += 1;
      controller?.abort(new Error("disposed"));
      disposed = true;
      listen(false);
    },
    attach() {
      if (disposed) listen(true);
      disposed = false;
    },
  };
}
