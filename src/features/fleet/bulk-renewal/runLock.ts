/**
 * free: no tab of this browser is running a bulk renewal for the tenant (as far as this tab knows);
 * elsewhere: another tab or window of this browser is; unsupported: the browser has no Web Locks, or refuses them
 * here (a cross-site frame whose third-party storage it blocks: SecurityError), so tabs cannot be coordinated, and
 * no run is started here.
 */
export type LockState = "free" | "elsewhere" | "unsupported";

/** One bulk run per tenant at a time, across the tabs and windows of this browser (a Web Lock). */
export interface RunLock {
  /** Takes the lock while no other tab holds it: resolves with its release, or null. */
  acquire(): Promise<(() => void) | null>;
  state(): LockState;
  subscribe(listener: () => void): () => void;
  /** Follows the lock: whether another tab holds it now, and when it lets go (until stopWatching). */
  watch(): void;
  stopWatching(): void;
}

/** The lock's name: one per tenant, whichever run (of one tenant, or across tenants) sends there. */
export const runLockName = (tenantId: string) => `enrollment-token-console/bulk-renewal/${tenantId.toLowerCase()}`;

/**
 * A run holds the lock (navigator.locks) while it sends; the browser lets it go when the run ends, or when its tab
 * closes or crashes. Another tab learns that the lock is taken from locks.query(), and that it was let go from a
 * shared request, which the browser grants only once nobody holds the lock (and which this tab lets go at once).
 */
export function createRunLock(name: string, locks: LockManager | null = navigator.locks ?? null): RunLock {
  let held = false;
  let elsewhere = false;
  let watching = false;
  let waiting: AbortController | null = null;
  // The browser has Web Locks but refused them to this document.
  let refused = false;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };

  function setElsewhere(value: boolean) {
    if (value === elsewhere) return;
    elsewhere = value;
    notify();
  }

  function refuse() {
    if (refused) return;
    refused = true;
    notify();
  }

  function waitForRelease() {
    if (!locks || waiting || !watching) return;
    const controller = new AbortController();
    waiting = controller;
    locks
      .request(name, { mode: "shared", signal: controller.signal }, () => undefined)
      .then(
        () => {
          waiting = null;
          setElsewhere(false);
        },
        () => {
          if (waiting === controller) waiting = null;
        },
      );
  }

  async function look() {
    if (!locks || held || refused) return;
    let holders: LockInfo[];
    try {
      ({ held: holders = [] } = await locks.query());
    } catch {
      return refuse();
    }
    if (held) return;
    const taken = holders.some((lock) => lock.name === name);
    setElsewhere(taken);
    if (taken) waitForRelease();
  }
  const lookWhenShown = () => {
    if (document.visibilityState === "visible") void look();
  };

  return {
    async acquire() {
      if (!locks || refused) return null;
      const release = await new Promise<(() => void) | null | "refused">((resolve) => {
        locks
          .request(name, { ifAvailable: true }, (lock) => {
            if (!lock) return resolve(null);
            held = true;
            return new Promise<void>((done) =>
              resolve(() => {
                held = false;
                done();
              }),
            );
          })
          .catch(() => resolve("refused"));
      });
      if (release === "refused") {
        refuse();
        return null;
      }
      setElsewhere(release === null);
      if (release === null) waitForRelease();
      return release;
    },
    state: () => (!locks || refused ? "unsupported" : elsewhere ? "elsewhere" : "free"),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    watch() {
      if (watching) return;
      watching = true;
      document.addEventListener("visibilitychange", lookWhenShown);
      void look();
    },
    stopWatching() {
      watching = false;
      document.removeEventListener("visibilitychange", lookWhenShown);
      waiting?.abort();
      waiting = null;
    },
  };
}
