import { useState } from "react";
import type { QueryClient } from "@tanstack/react-query";
import { t } from "../../../i18n";
import { useAuth } from "../../../auth/session";
import { useAppConfig } from "../../../config/ConfigContext";
import type { GraphClient } from "../../../graph/client";
import type { Tenant } from "../../../tenants/tenant";
import { useConfirmedWrite } from "../../../ui/useConfirmedWrite";
import { useAttachedRun } from "./useAttachedRun";
import { createCrossTenantRun, crossTenantEngines, type CrossTenantRun, type TenantPlan } from "./crossTenantRun";

/** The demo tenant has no app registration. */
const NO_CLIENT_ID = "demo";

/** What a confirmed renewal across tenants starts. */
export interface CrossTenantStart {
  plans: TenantPlan[];
  chosenSeconds: number;
}

/** What working in any of the tenants takes: each tenant's Graph client (TenantRuntime.graphFor) and query cache. */
export interface TenantsSource {
  graphOf(tenantId: string): GraphClient;
  queryClientOf(tenantId: string): QueryClient;
}

/**
 * Bulk renewal across tenants (crossTenantRun): each tenant's part paced, locked and sent in that tenant only, kept
 * in session storage for this account, stopped on a switch of account and forgotten on sign-out; what a tenant's
 * part renewed is read again into that tenant's query cache. The start is a confirmed write (its dialog).
 */
export function useCrossTenantRenewal(tenants: readonly Tenant[], source: TenantsSource) {
  const { bulkWritesPer20s, clientId = NO_CLIENT_ID } = useAppConfig();
  // Mounted for one signed-in account only (AccountScope): the run is that account's, in each of its tenants.
  const account = useAuth().account!;
  const [store] = useState<CrossTenantRun>(() =>
    createCrossTenantRun({
      tenants,
      engineFor: crossTenantEngines({
        graphFor: source.graphOf,
        queryClientOf: source.queryClientOf,
        accountId: account.id,
        clientId,
        writesPer20s: bulkWritesPer20s,
      }),
    }),
  );
  const snapshot = useAttachedRun(store);
  const write = useConfirmedWrite<CrossTenantStart>({
    confirm: true,
    // Without Web Locks no tenant's part could be sent: tabs could not be kept from renewing the same tenant.
    blockedReason: navigator.locks ? null : t("bulk.lock.unsupported"),
    pending: snapshot.active,
    send: ({ onSuccess, onSettled: settle }, { plans, chosenSeconds }) => {
      store.start(plans, chosenSeconds);
      onSuccess(null);
      settle();
    },
  });
  const { request, blockedReason, dialog } = write;
  return { ...snapshot, store, writesPer20s: bulkWritesPer20s, request, blockedReason, dialog };
}

export type CrossTenantRenewal = ReturnType<typeof useCrossTenantRenewal>;
