import { useContext, useEffect, useState, useSyncExternalStore } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { useAuth } from "../../../auth/session";
import { useAppConfig } from "../../../config/ConfigContext";
import { useGraphClient } from "../../../graph/GraphContext";
import { isThrottled, throttleWaitMs } from "../../../graph/retryPolicy";
import { onLeaveAccount } from "../../../storage/accountState";
import { useAospIdForms } from "../../../queries/useAospIdForms";
import { createToken } from "../../../domain/profiles/tokenAction";
import { getProfileQuery } from "../../../queries/getProfile";
import { profileKeys } from "../../../domain/profiles/profileKeys";
import { PROFILE_KINDS, tokenRuleOf } from "../../../domain/profileKinds";
import { SessionKeyScope } from "../../../storage/sessionKeyScope";
import { createPacer } from "./pacer";
import { createRunLock, runLockName } from "./runLock";
import { createRunStore, type RunEngine, type RunPlace, type RunStore } from "./runStore";
import { toStoredFailure } from "./runState";

/** Requests in flight at once: a few, so one slow answer does not stall the run. */
export const BULK_CONCURRENCY = 4;
/** 429s one profile may meet in a run before it is listed as failed. */
const MAX_THROTTLES = 8;
const WINDOW_MS = 20_000;
/** The demo tenant has no app registration. */
const NO_CLIENT_ID = "demo";

const createRunStoreIn = (place: RunPlace, engine: RunEngine) => createRunStore(engine, place);

/**
 * Bulk renewal: one createToken per selected profile, paced under Intune's write limit (config.json
 * bulkWritesPer20s), kept in session storage so a reload shows what was done, and one run per tenant across this
 * browser's tabs. Afterwards the renewed profiles' collections and details are read again.
 */
export function useBulkRenewal() {
  const graph = useGraphClient();
  const queryClient = useQueryClient();
  const { bulkWritesPer20s, clientId = NO_CLIENT_ID } = useAppConfig();
  // The workspace is mounted for one signed-in account only (AccountScope): the run is that account's.
  const account = useAuth().account!;
  // The id form an AOSP write found is kept for the tenant: the single writes and the run share it.
  const idForms = useAospIdForms();
  // Working in several tenants, each keeps its own run.
  const scope = useContext(SessionKeyScope);
  const [store] = useState<RunStore>(() =>
    createRunStoreIn(
      { scope },
      {
        createPacer: () => createPacer({ maxWrites: bulkWritesPer20s, windowMs: WINDOW_MS }),
        lock: createRunLock(runLockName(account.tenant)),
        owner: { accountId: account.id, tenantId: account.tenant, clientId },
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
        reread: (item) =>
          queryClient.fetchQuery({
            ...getProfileQuery(graph, queryClient, PROFILE_KINDS[item.kind], item.id),
            staleTime: 0,
          }),
        isThrottled,
        throttleDelayMs: (attempt, error) => throttleWaitMs(attempt, error),
        maxThrottles: MAX_THROTTLES,
        toFailure: toStoredFailure,
        onSettled: (run) => {
          // Renewed here, or (skipped) elsewhere meanwhile: either way what the console shows of them is old.
          const changed = run.items.filter((item) => item.status === "done" || item.status === "skipped");
          for (const collection of new Set(changed.map((item) => PROFILE_KINDS[item.kind].collection))) {
            void queryClient.invalidateQueries({ queryKey: profileKeys.list(collection) });
          }
          for (const item of changed) {
            void queryClient.invalidateQueries({ queryKey: profileKeys.detail(PROFILE_KINDS[item.kind], item.id) });
          }
        },
      },
    ),
  );
  // Tied to this workspace, which is this account's: a switch or sign-out stops the run where it is, and a
  // sign-out forgets it before the rest of what the console kept.
  useEffect(() => {
    store.attach();
    const unsubscribe = onLeaveAccount(store.abandon);
    return () => {
      unsubscribe();
      store.dispose();
    };
  }, [store]);
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  return { ...snapshot, store, writesPer20s: bulkWritesPer20s };
}
