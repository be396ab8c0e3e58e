import * as z from "zod/mini";
import type { QueryClient } from "@tanstack/react-query";
import type { GraphClient } from "../../../graph/client";
import { persisted } from "../../../storage/persisted";
import { tenantStateScope } from "../../../tenants/currentTenant";
import { sameTenant, type Tenant } from "../../../tenants/tenant";
import { profileKey, type ListedProfile } from "../../../domain/profile";
import { createAospIdForms } from "../../../domain/profiles/aospIdForm";
import type { TenantProfiles } from "../tenantProfiles";
import { adjustmentKey, planRenewal, type Adjustment, type RenewalPlan } from "./planRenewal";
import type { LockState } from "./runLock";
import { createRunStore, type RunEngine, type RunStore } from "./runStore";
import type { RunState } from "./runState";
import { tenantEngine } from "./tenantEngine";

/** One tenant's share of a run across tenants. */
export interface TenantPlan extends RenewalPlan {
  tenant: Tenant;
}

/**
 * One validity for profiles of several tenants, fitted to each kind's limit, tenant by tenant (a tenant named twice
 * is one, a profile named twice is planned once); tenants with nothing to renew are left out.
 */
export function planAcrossTenants(selection: readonly TenantProfiles[], chosenSeconds: number): TenantPlan[] {
  const byTenant: { tenant: Tenant; profiles: Map<string, ListedProfile> }[] = [];
  for (const { tenant, profiles } of selection) {
    let entry = byTenant.find((known) => sameTenant(known.tenant.id, tenant.id));
    if (!entry) byTenant.push((entry = { tenant, profiles: new Map() }));
    for (const profile of profiles) entry.profiles.set(profileKey(profile), profile);
  }
  return byTenant
    .filter((entry) => entry.profiles.size > 0)
    .map(({ tenant, profiles }) => ({ tenant, ...planRenewal([...profiles.values()], chosenSeconds) }));
}

/** What the plans of all tenants come to: profiles, enrolled devices, and where the validity was fitted. */
export function planTotals(plans: readonly TenantPlan[]): {
  profiles: number;
  devices: number;
  adjustments: Adjustment[];
} {
  const adjustments = new Map<string, Adjustment>();
  for (const adjustment of plans.flatMap((plan) => plan.adjustments)) {
    const key = adjustmentKey(adjustment);
    const known = adjustments.get(key);
    adjustments.set(key, known ? { ...known, count: known.count + adjustment.count } : adjustment);
  }
  return {
    profiles: plans.reduce((sum, plan) => sum + plan.items.length, 0),
    devices: plans.reduce((sum, plan) => sum + plan.devices, 0),
    adjustments: [...adjustments.values()],
  };
}

/** A tenant's part of the run: as a run of that tenant alone shows it. */
export interface TenantRun {
  tenant: Tenant;
  run: RunState;
  active: boolean;
  /** Whether another tab's run (of this tenant alone, or across tenants) holds the tenant: then it is not sent. */
  lock: LockState;
}

export interface CrossTenantSnapshot {
  /** The run's tenants, in the order they were planned. */
  tenants: TenantRun[];
  /** Some tenant is sending. */
  active: boolean;
}

export interface CrossTenantRun {
  subscribe(listener: () => void): () => void;
  getSnapshot(): CrossTenantSnapshot;
  /**
   * Starts each tenant's part at once, each with its own pacer, lock and Graph client. A tenant whose lock another
   * tab holds is kept as planned and not sent; Resume sends it once the lock is free.
   */
  start(plans: readonly TenantPlan[], chosenSeconds: number): void;
  cancel(): void;
  resume(): void;
  retryFailed(): void;
  dismiss(): void;
  abandon(): void;
  dispose(): void;
  attach(): void;
  /** Milliseconds Intune's throttling holds this tenant's part for now (the others are not held). */
  pausedFor(tenantId: string): number;
}

export interface CrossTenantRunOptions {
  /** The tenants the console works in: a stored run's tenant that is no longer among them is dropped. */
  tenants: readonly Tenant[];
  /** The collaborators of one tenant's part (crossTenantEngines in the app: all of them that tenant's). */
  engineFor: (tenant: Tenant) => RunEngine;
  /** This tab's session storage, or a test's tab. */
  in?: Storage;
}

/** Session storage (the account's): which tenants the run across tenants has. Each tenant's part is its own. */
export const CROSS_RUN_KEY = "bulkRunAcrossTenants";
const indexSchema = z.object({ tenants: z.array(z.string()) });

/** Where a tenant keeps its part of a run across tenants: in its own part of the account's session state. */
export const crossRunScope = (tenant: Pick<Tenant, "id">) => `${tenantStateScope(tenant)}acrossTenants.`;

interface Lane {
  tenant: Tenant;
  store: RunStore;
  unsubscribe: () => void;
}

/**
 * A bulk renewal across tenants: one run of each tenant (runStore, as a run of that tenant alone, with its guarantees),
 * all sending at once. Intune's write limit is per app and tenant (100 per 20 s; 200 per tenant for all apps), so
 * each tenant is paced on its own and a 429 holds only the tenant that answered it. A part is kept in its tenant's
 * part of the account's session state, so a reload shows the whole run and nothing is sent until Resume.
 */
export function createCrossTenantRun({ tenants, engineFor, in: storage }: CrossTenantRunOptions): CrossTenantRun {
  const index = persisted(CROSS_RUN_KEY, indexSchema, storage ? { in: storage } : {});
  const listeners = new Set<() => void>();
  let lanes: Lane[] = [];
  let snapshot: CrossTenantSnapshot = { tenants: [], active: false };

  function refresh() {
    const parts = lanes.flatMap(({ tenant, store }): TenantRun[] => {
      const { run, active, lock } = store.getSnapshot();
      return run ? [{ tenant, run, active, lock }] : [];
    });
    snapshot = { tenants: parts, active: parts.some((part) => part.active) };
    for (const listener of listeners) listener();
  }

  function open(tenant: Tenant): Lane {
    const store = createRunStore(engineFor(tenant), {
      scope: crossRunScope(tenant),
      ...(storage ? { in: storage } : {}),
    });
    return { tenant, store, unsubscribe: store.subscribe(refresh) };
  }

  function close(lane: Lane) {
    lane.unsubscribe();
    lane.store.dismiss();
    lane.store.dispose();
  }

  // A reload: each tenant's part comes back as it was, none of it sending.
  const stored = index.read()?.tenants ?? [];
  lanes = stored.flatMap((id) => {
    const tenant = tenants.find((known) => sameTenant(known.id, id));
    return tenant ? [open(tenant)] : [];
  });
  for (const lane of lanes.filter((lane) => lane.store.getSnapshot().run === null)) close(lane);
  lanes = lanes.filter((lane) => lane.store.getSnapshot().run !== null);
  if (lanes.length === 0) index.forget();
  refresh();

  const each = (action: (store: RunStore) => void) => lanes.forEach((lane) => action(lane.store));

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    start(plans, chosenSeconds) {
      if (snapshot.active) return;
      lanes.forEach(close);
      const parts = plans.filter((plan) => plan.items.length > 0);
      lanes = parts.map((plan) => open(plan.tenant));
      index.write({ tenants: lanes.map((lane) => lane.tenant.id) });
      parts.forEach((plan, at) => lanes[at]!.store.start(plan.items, chosenSeconds, { keepWhenLocked: true }));
      refresh();
    },
    cancel: () => each((store) => store.cancel()),
    resume: () => each((store) => store.resume()),
    retryFailed: () => each((store) => store.retryFailed()),
    dismiss() {
      if (snapshot.active) return;
      lanes.forEach(close);
      lanes = [];
      index.forget();
      refresh();
    },
    abandon() {
      each((store) => store.abandon());
      index.forget();
    },
    dispose: () => each((store) => store.dispose()),
    attach: () => each((store) => store.attach()),
    pausedFor: (tenantId) => lanes.find((lane) => sameTenant(lane.tenant.id, tenantId))?.store.pausedFor() ?? 0,
  };
}

export interface CrossTenantEngineOptions {
  /** Each tenant's Graph client, whose tokens are checked to be that tenant's (TenantRuntime.graphFor). */
  graphFor: (tenantId: string) => GraphClient;
  /** Each tenant's query cache. */
  queryClientOf: (tenantId: string) => QueryClient;
  /** MSAL's home account id: each part is this account's in its tenant. */
  accountId: string;
  clientId: string;
  writesPer20s: number;
  locks?: LockManager | null;
}

/**
 * The collaborators of each tenant's part, all taken from that tenant: its Graph client, its lock, its AOSP id forms,
 * its query cache, its pacer and the run's owner. A tenant's items are only ever in its own part, and its part is
 * only ever sent through these: no item of one tenant can go out with another's client.
 */
export function crossTenantEngines({
  graphFor,
  queryClientOf,
  accountId,
  clientId,
  writesPer20s,
  locks,
}: CrossTenantEngineOptions): (tenant: Tenant) => RunEngine {
  return (tenant) =>
    tenantEngine({
      owner: { accountId, tenantId: tenant.id, clientId },
      graph: graphFor(tenant.id),
      idForms: createAospIdForms(tenant.id),
      queryClient: queryClientOf(tenant.id),
      writesPer20s,
      locks,
    });
}
