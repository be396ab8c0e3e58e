import { AuthFailure } from "../../auth/AuthFailure";
import type { ListedProfile } from "../../domain/profile";
import { stateOf, type TokenStateKind } from "../../domain/tokenState";
import type { Tenant } from "../../tenants/tenant";

/** What one tenant's read found: the profiles of every collection read, and the first collection's failure. */
export interface TenantRead {
  profiles: readonly ListedProfile[];
  failure: unknown;
}

/** Where a tenant's read stands: not started (the bound), out, or answered. */
export type TenantProgress = { step: "waiting" } | { step: "reading" } | { step: "read"; read: TenantRead };

/**
 * A tenant's state in the overview. A failure to get a token is the tenant's own (src/auth/tenantAccess.ts): no
 * consent, no access, the app unknown there, or a sign-in it asks for; anything else (Graph's 403, a 5xx) is "error".
 */
export type TenantState =
  "waiting" | "reading" | "ready" | "notConsented" | "noAccess" | "appUnknown" | "signInNeeded" | "error";

const AUTH_STATES: Partial<Record<AuthFailure["kind"], TenantState>> = {
  "consent-required": "notConsented",
  "no-access": "noAccess",
  "app-unknown": "appUnknown",
  "step-up": "signInNeeded",
  "interaction-required": "signInNeeded",
};

export function tenantState(progress: TenantProgress): TenantState {
  if (progress.step !== "read") return progress.step;
  const { failure } = progress.read;
  if (failure === null) return "ready";
  return (failure instanceof AuthFailure && AUTH_STATES[failure.kind]) || "error";
}

/** A tenant's profiles per token state (tokenState.ts: "expiringSoon" is within 7 days, "valid" beyond), and all. */
export type TenantCounts = Record<TokenStateKind, number> & { total: number };

const counted = new WeakMap<readonly ListedProfile[], { at: number; counts: TenantCounts }>();

/** Counts `profiles` by token state at `now`; the same list at the same time is counted once. */
export function countTokens(profiles: readonly ListedProfile[], now: Date): TenantCounts {
  const hit = counted.get(profiles);
  if (hit?.at === now.getTime()) return hit.counts;
  const counts: TenantCounts = {
    expired: 0,
    expiringSoon: 0,
    valid: 0,
    doesNotExpire: 0,
    none: 0,
    unknown: 0,
    total: profiles.length,
  };
  for (const profile of profiles) counts[stateOf(profile, now).kind] += 1;
  counted.set(profiles, { at: now.getTime(), counts });
  return counts;
}

/** A row of the overview: the tenant, its state, and its counts once it is read. */
export interface TenantSummary {
  tenant: Tenant;
  state: TenantState;
  counts: TenantCounts | null;
  /** The profiles read (the arrays the tenant's cache holds), for what is done with the tenants ticked. */
  profiles: readonly ListedProfile[];
  failure: unknown;
}

export function summarize(tenant: Tenant, progress: TenantProgress, now: Date): TenantSummary {
  const state = tenantState(progress);
  const read = progress.step === "read" ? progress.read : null;
  return {
    tenant,
    state,
    counts: state === "ready" ? countTokens(read!.profiles, now) : null,
    profiles: state === "ready" ? read!.profiles : [],
    failure: read?.failure ?? null,
  };
}

export type TenantSort = "attention" | "name";

/** 0: could not be read; 1: read; 2: not answered yet. */
const rank = (summary: TenantSummary) =>
  summary.state === "waiting" || summary.state === "reading" ? 2 : summary.state === "ready" ? 1 : 0;

const byName = (a: TenantSummary, b: TenantSummary) => a.tenant.name.localeCompare(b.tenant.name);

/**
 * What needs the admin first: tenants that could not be read, then the most expired tokens, then the most expiring
 * within 7 days; tenants not read yet last. Ties by name.
 */
function byAttention(a: TenantSummary, b: TenantSummary): number {
  return (
    rank(a) - rank(b) ||
    (b.counts?.expired ?? 0) - (a.counts?.expired ?? 0) ||
    (b.counts?.expiringSoon ?? 0) - (a.counts?.expiringSoon ?? 0) ||
    byName(a, b)
  );
}

export const sortSummaries = (summaries: readonly TenantSummary[], sort: TenantSort): TenantSummary[] =>
  [...summaries].sort(sort === "attention" ? byAttention : byName);
