import type { QueryClient } from "@tanstack/react-query";
import type { GraphClient } from "../../../graph/client";
import { isThrottled, throttleWaitMs } from "../../../graph/retryPolicy";
import { getProfileQuery } from "../../../queries/getProfile";
import { createToken } from "../../../domain/profiles/tokenAction";
import type { AospIdForms } from "../../../domain/profiles/aospIdForm";
import { profileKeys } from "../../../domain/profiles/profileKeys";
import { PROFILE_KINDS, tokenRuleOf } from "../../../domain/profileKinds";
import { createPacer } from "./pacer";
import { createRunLock, runLockName } from "./runLock";
import type { RunEngine } from "./runStore";
import { toStoredFailure, type RunOwner, type RunState } from "./runState";

/** Requests in flight at once: a few, so one slow answer does not stall the run. */
export const BULK_CONCURRENCY = 4;
/** 429s one profile may meet in a run before it is listed as failed. */
const MAX_THROTTLES = 8;
/** Intune counts writes per 20 seconds [doc: learn.microsoft.com/graph/throttling-limits, Intune service limits]. */
const WINDOW_MS = 20_000;

export interface TenantEngineOptions {
  /** Whose run it is; its tenant names the lock. `graph`, `idForms` and `queryClient` must be that tenant's. */
  owner: RunOwner;
  graph: GraphClient;
  idForms: AospIdForms;
  /** The tenant's query cache: a resumed run reads each profile again through it, and what was renewed is read anew. */
  queryClient: QueryClient;
  /** config.json bulkWritesPer20s: the pace of this tenant's writes. */
  writesPer20s: number;
  /** The browser's Web Locks (a test's of its own). */
  locks?: LockManager | null;
}

/** What the console shows of the profiles a run renewed (or found renewed meanwhile) is old: read it again. */
function refreshRenewed(queryClient: QueryClient, run: RunState) {
  const changed = run.items.filter((item) => item.status === "done" || item.status === "skipped");
  for (const collection of new Set(changed.map((item) => PROFILE_KINDS[item.kind].collection))) {
    void queryClient.invalidateQueries({ queryKey: profileKeys.list(collection) });
  }
  for (const item of changed) {
    void queryClient.invalidateQueries({ queryKey: profileKeys.detail(PROFILE_KINDS[item.kind], item.id) });
  }
}

/**
 * A bulk run's collaborators in one tenant: its own pacer at the configured pace (Intune's write limit is per app and
 * tenant, so each tenant is paced on its own), its lock, createToken with its Graph client and AOSP id forms, and its
 * query cache.
 */
export function tenantEngine({
  owner,
  graph,
  idForms,
  queryClient,
  writesPer20s,
  locks,
}: TenantEngineOptions): RunEngine {
  return {
    createPacer: () => createPacer({ maxWrites: writesPer20s, windowMs: WINDOW_MS }),
    lock: createRunLock(runLockName(owner.tenantId), locks),
    owner,
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
    onSettled: (run) => refreshRenewed(queryClient, run),
  };
}
