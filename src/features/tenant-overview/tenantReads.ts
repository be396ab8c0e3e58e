import type { QueryClient } from "@tanstack/react-query";
import type { ListedProfile } from "../../domain/profile";
import type { GraphClient } from "../../graph/client";
import { readEveryCollection } from "../../queries/listProfiles";
import type { Tenant } from "../../tenants/tenant";
import { createBoundedQueue } from "./boundedQueue";
import type { TenantProgress, TenantRead } from "./tenantSummary";

/** Tenants read at once. Each reads its two collections side by side: at most 8 requests out. */
export const TENANTS_AT_ONCE = 4;

/** What reading any tenant needs (the app's TenantScope provides it). */
export interface TenantSource {
  /** The tenant's own query cache, which its workspace shows. */
  queryClientOf(tenantId: string): QueryClient;
  graphOf(tenantId: string): GraphClient;
  /** Signs in to the tenant interactively (a step-up there): from the admin's click only. */
  reauthenticate(tenantId: string): Promise<void>;
}

const keyOf = (tenant: Tenant) => tenant.id.toLowerCase();

/** A read that failed as a whole (signing in to the tenant failed): the tenant's failure, nothing counted. */
const failed = (failure: unknown): TenantRead => ({ profiles: [], failure });

function toRead(results: PromiseSettledResult<ListedProfile[]>[]): TenantRead {
  const failure = results.find((result) => result.status === "rejected")?.reason ?? null;
  return { profiles: results.flatMap((result) => (result.status === "fulfilled" ? result.value : [])), failure };
}

/**
 * Reads tenants' profiles, TENANTS_AT_ONCE tenants at a time, into each tenant's own query cache, and keeps where
 * each read stands (an external store for useSyncExternalStore). Each tenant's profiles are the arrays the cache
 * holds (no copy): what a later action on several tenants takes.
 */
export function createTenantReads(source: TenantSource) {
  const queue = createBoundedQueue(TENANTS_AT_ONCE);
  const listeners = new Set<() => void>();
  let progress: ReadonlyMap<string, TenantProgress> = new Map();
  let round = new AbortController();

  function set(tenant: Tenant, next: TenantProgress) {
    progress = new Map(progress).set(keyOf(tenant), next);
    listeners.forEach((listener) => listener());
  }

  function read(tenant: Tenant, fresh: boolean) {
    const { signal } = round;
    set(tenant, { step: "waiting" });
    queue
      .run(async () => {
        set(tenant, { step: "reading" });
        const graph = source.graphOf(tenant.id);
        return toRead(await readEveryCollection(source.queryClientOf(tenant.id), graph, { fresh }));
      }, signal)
      .then(
        (result) => {
          if (!signal.aborted) set(tenant, { step: "read", read: result });
        },
        // Dropped by a newer round, which reads the tenant again.
        () => undefined,
      );
  }

  return {
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    progress: () => progress,
    /** Reads the tenants not read yet (at first every one, then those discovered since), from the cache where fresh. */
    readNew(tenants: readonly Tenant[]) {
      for (const tenant of tenants) if (!progress.has(keyOf(tenant))) read(tenant, false);
    },
    /** Reads every tenant again, from Graph: Refresh. A round still going is dropped. */
    readAll(tenants: readonly Tenant[]) {
      round.abort();
      round = new AbortController();
      for (const tenant of tenants) read(tenant, true);
    },
    /** Reads one tenant again, from Graph. */
    readAgain: (tenant: Tenant) => read(tenant, true),
    /** Signs in to the tenant (from the admin's click), then reads it again; a failed sign-in is its failure. */
    async signIn(tenant: Tenant) {
      try {
        await source.reauthenticate(tenant.id);
      } catch (failure) {
        set(tenant, { step: "read", read: failed(failure) });
        return;
      }
      read(tenant, true);
    },
    /**
     * No tenant is started any more; reads already out finish into their tenants' caches. The tenants not answered
     * are forgotten: readNew reads them again.
     */
    stop() {
      round.abort();
      round = new AbortController();
      progress = new Map([...progress].filter(([, where]) => where.step === "read"));
    },
  };
}
