import { SESSION_KEY_PREFIX } from "../../../ui/accountState";
import type { Pacer } from "./pacer";
import { runRenewals, type RenewalOptions } from "./runRenewals";
import { parseRunState, type RunItem, type RunState } from "./runState";

/** Session storage: a reload keeps the run (what was done, what is left); it belongs to this tab and account. */
export const RUN_STORAGE_KEY = `${SESSION_KEY_PREFIX}bulkRun`;

export interface RunSnapshot {
  run: RunState | null;
  /** Requests are being sent (false after a reload until the admin resumes). */
  active: boolean;
}

export interface RunEngine extends Omit<RenewalOptions, "pacer" | "signal" | "update"> {
  createPacer: () => Pacer;
  /** Called once a batch of sending has stopped (finished, or cancelled and drained). */
  onSettled: (run: RunState) => void;
}

export interface RunStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): RunSnapshot;
  start(items: RunItem[], chosenSeconds: number): void;
  cancel(): void;
  /** Sends what was not sent yet (after a cancel or a reload). */
  resume(): void;
  /** Sends the failed and interrupted items again: the admin's call, as they may have run. */
  retryFailed(): void;
  dismiss(): void;
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

function load(storage: Storage): RunState | null {
  const run = parseRunState(storage.getItem(RUN_STORAGE_KEY));
  if (!run) return null;
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

export function createRunStore(engine: RunEngine, storage: Storage = window.sessionStorage): RunStore {
  let snapshot: RunSnapshot = { run: load(storage), active: false };
  let controller: AbortController | null = null;
  let pacer: Pacer | null = null;
  let disposed = false;
  // The page is going away (a reload, say). The browser then cuts off the requests that are out, and they fail
  // as if the network had: what is stored keeps them as "sending" (unless their answer came), so the next page
  // knows they may have run. Everything else is still stored, a request that starts meanwhile included: the page
  // may go on running for a moment, or stay (a leave-page prompt answered No).
  let unloading = false;
  let stored = snapshot.run;
  const listeners = new Set<() => void>();

  function set(run: RunState | null, active = snapshot.active) {
    if (disposed) return;
    snapshot = { run, active };
    try {
      const toStore = unloading && run && stored ? keepSending(run, stored) : run;
      if (toStore) storage.setItem(RUN_STORAGE_KEY, JSON.stringify(toStore));
      else storage.removeItem(RUN_STORAGE_KEY);
      stored = toStore;
    } catch {
      // Storage full or blocked: the run goes on; only a reload would lose it.
    } finally {
      for (const listener of listeners) listener();
    }
  }

  const leaving = () => {
    unloading = true;
  };
  // Back from the back/forward cache: the page lives on, and so does the run.
  const back = (event: Event) => {
    if ((event as PageTransitionEvent).persisted) unloading = false;
  };
  function listenForUnload(on: boolean) {
    const method = on ? "addEventListener" : "removeEventListener";
    window[method]("beforeunload", leaving);
    window[method]("pagehide", leaving);
    window[method]("pageshow", back);
  }
  listenForUnload(true);

  function update(key: string, patch: Partial<RunItem>) {
    const run = snapshot.run;
    if (!run) return;
    set({ ...run, items: run.items.map((item) => (item.key === key ? { ...item, ...patch } : item)) });
  }

  async function send(items: RunItem[]) {
    if (snapshot.active || items.length === 0) return;
    controller = new AbortController();
    pacer = engine.createPacer();
    set(snapshot.run && { ...snapshot.run, cancelled: false }, true);
    try {
      await runRenewals(items, { ...engine, pacer, signal: controller.signal, update });
    } finally {
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
    start(items, chosenSeconds) {
      if (snapshot.active) return;
      set({ version: 1, id: crypto.randomUUID(), startedAt: Date.now(), chosenSeconds, items, cancelled: false });
      void send(items);
    },
    cancel() {
      if (!snapshot.run) return;
      controller?.abort(new Error("cancelled"));
      set({ ...snapshot.run, cancelled: true });
    },
    resume() {
      void send(itemsWith(["pending"]));
    },
    retryFailed() {
      const again = itemsWith(["failed", "interrupted"]).map((item) => ({
        ...item,
        status: "pending" as const,
        failure: null,
      }));
      const keys = new Set(again.map((item) => item.key));
      const run = snapshot.run;
      if (!run || snapshot.active || again.length === 0) return;
      set({
        ...run,
        items: run.items.map((item) => (keys.has(item.key) ? { ...item, status: "pending", failure: null } : item)),
      });
      void send(again);
    },
    dismiss() {
      if (!snapshot.active) set(null);
    },
    pausedFor: () => pacer?.pausedFor() ?? 0,
    dispose() {
      controller?.abort(new Error("disposed"));
      disposed = true;
      listenForUnload(false);
    },
    attach() {
      if (disposed) listenForUnload(true);
      disposed = false;
    },
  };
}
