import { useEffect, useState, useSyncExternalStore } from "react";
import type { Tenant } from "../../tenants/tenant";
import { useNow } from "../../ui/useNow";
import { createTenantReads, type TenantSource } from "./tenantReads";
import { summarize, type TenantProgress } from "./tenantSummary";

const WAITING: TenantProgress = { step: "waiting" };

/**
 * Every tenant read (bounded, from each tenant's cache where it is fresh), also one discovered while the overview is
 * open; its summary as it answers, and the reads (Refresh, one tenant again, signing in to one). Leaving the overview
 * starts no more tenants.
 */
export function useTenantOverview(tenants: readonly Tenant[], source: TenantSource) {
  const [reads] = useState(() => createTenantReads(source));
  useEffect(() => reads.stop, [reads]);
  useEffect(() => reads.readNew(tenants), [reads, tenants]);
  const progress = useSyncExternalStore(reads.subscribe, reads.progress);
  const now = useNow();
  const summaries = tenants.map((tenant) => summarize(tenant, progress.get(tenant.id.toLowerCase()) ?? WAITING, now));
  const answered = summaries.filter((summary) => summary.state !== "waiting" && summary.state !== "reading").length;
  return { summaries, answered, reads };
}
