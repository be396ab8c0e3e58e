import { useEffect, useSyncExternalStore } from "react";
import { onLeaveAccount } from "../../../storage/accountState";

/** What a bulk run's store (one tenant's, or the run across tenants) offers the screen that shows it. */
interface AttachableRun<Snapshot> {
  attach(): void;
  abandon(): void;
  dispose(): void;
  subscribe(listener: () => void): () => void;
  getSnapshot(): Snapshot;
}

/**
 * A run tied to the screen that shows it, which is this account's: mounted, it picks up a stored run; a switch of
 * account or a sign-out stops it where it is (a sign-out forgets it before the rest of what the console kept);
 * unmounted, it sends nothing more. Its snapshot, kept current.
 */
export function useAttachedRun<Snapshot>(store: AttachableRun<Snapshot>): Snapshot {
  useEffect(() => {
    store.attach();
    const unsubscribe = onLeaveAccount(store.abandon);
    return () => {
      unsubscribe();
      store.dispose();
    };
  }, [store]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
