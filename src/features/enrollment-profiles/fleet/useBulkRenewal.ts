import { useEffect, useState, useSyncExternalStore } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { useAppConfig } from "../../../config/ConfigContext";
import { useGraphClient } from "../../../graph/GraphContext";
import { isThrottled, retryDelayMs } from "../../../graph/retryPolicy";
import { useAospIdForms } from "../api/aospIdForm";
import { createToken } from "../api/createToken";
import { profileKeys } from "../api/profileKeys";
import { PROFILE_KINDS, tokenRuleOf } from "../model/profileKinds";
import { createPacer } from "./pacer";
import { createRunStore, type RunStore } from "./runStore";
import { toStoredFailure } from "./runState";

/** Requests in flight at once: a few, so one slow answer does not stall the run. */
export const BULK_CONCURRENCY = 4;
/** 429s one profile may meet in a run before it is listed as failed. */
const MAX_THROTTLES = 8;
const WINDOW_MS = 20_000;

/**
 * Bulk renewal: one createToken per selected profile, paced under Intune's write limit (config.json
 * bulkWritesPer20s), kept in session storage so a reload shows what was done. Afterwards the renewed profiles'
 * collections and details are read again.
 */
export function useBulkRenewal() {
  const graph = useGraphClient();
  const queryClient = useQueryClient();
  const { bulkWritesPer20s } = useAppConfig();
  // The id form an AOSP write found is kept for the tenant: the single writes and the run share it.
  const idForms = useAospIdForms();
  const [store] = useState<RunStore>(() =>
    createRunStore({
      createPacer: () => createPacer({ maxWrites: bulkWritesPer20s, windowMs: WINDOW_MS }),
      concurrency: BULK_CONCURRENCY,
      send: (item) => {
        const kind = PROFILE_KINDS[item.kind];
        return createToken(
          graph,
          {
            kind,
            profileId: item.id,
            rule: tokenRuleOf(kind, { enrollmentTokenType: item.tokenType }),
            validitySeconds: item.seconds,
          },
          idForms,
        );
      },
      isThrottled,
      throttleDelayMs: (attempt, error) => retryDelayMs(attempt, error),
      maxThrottles: MAX_THROTTLES,
      toFailure: toStoredFailure,
      onSettled: (run) => {
        const renewed = run.items.filter((item) => item.status === "done");
        for (const collection of new Set(renewed.map((item) => PROFILE_KINDS[item.kind].collection))) {
          void queryClient.invalidateQueries({ queryKey: profileKeys.list(collection) });
        }
        for (const item of renewed) {
          void queryClient.invalidateQueries({ queryKey: profileKeys.detail(PROFILE_KINDS[item.kind], item.id) });
        }
      },
    }),
  );
  // Tied to this workspace, which is this account's: a switch or sign-out stops the run where it is.
  useEffect(() => {
    store.attach();
    return () => store.dispose();
  }, [store]);
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  return { ...snapshot, store, writesPer20s: bulkWritesPer20s };
}
