import * as z from "zod/mini";
import { AuthFailure } from "../auth/AuthFailure";
import { GraphError } from "../graph/GraphError";
import type { GraphPermissions } from "../graph/GraphContext";
import { persisted } from "../storage/persisted";
import { discoverCustomers, isTenantGuid } from "./gdapDiscovery";
import type { Tenant } from "./tenant";

/** Where GDAP discovery stands, as the admin is told it. */
export type DiscoveryStatus =
  | { kind: "idle" }
  | { kind: "finding" }
  /** The sign-in window that asks for the permission is open (or the page is on its way to it). */
  | { kind: "granting" }
  /**
   * The permission is not granted to the admin. `asked`: it was just asked for and still is not (consent declined,
   * the window closed, or an administrator's consent needed).
   */
  | { kind: "notGranted"; asked: boolean }
  | { kind: "found"; count: number }
  /** Graph refused the list (403): no role that may read GDAP relationships, or not a partner's tenant. */
  | { kind: "refused"; error: GraphError }
  | { kind: "failed"; error: unknown };

export interface DiscoverySnapshot {
  status: DiscoveryStatus;
  /** The customers found last in this session (kept for the account: a deep link to one works after a reload). */
  customers: Tenant[];
  /** Whether the admin has discovery open. */
  open: boolean;
}

export interface TenantDiscovery {
  subscribe(listener: () => void): () => void;
  getSnapshot(): DiscoverySnapshot;
  /** Opens discovery and lists the customers, silently: no window opens. */
  open(): void;
  close(): void;
  /** Asks for the permission in a sign-in window, then lists the customers: call it from the admin's click. */
  allow(): void;
  /** Carries on with a discovery whose permission was asked for in a sign-in window that left the page. */
  resume(): void;
}

/** The customers kept for the session, within the account's state: tenant ids and names only. */
const customersSchema = z.array(
  z.object({ id: z.string().check(z.refine(isTenantGuid)), name: z.string().check(z.minLength(1)) }),
);
const rememberedCustomers = () => persisted("gdap.customers", customersSchema);
/** Set while the permission is asked for: a redirect sign-in comes back to a new page, which carries on. */
const askedForPermission = () => persisted("gdap.granting", z.literal(true));

/** Not granted: MSAL's silent flow needs the admin (consent_required, or interaction_required for a new scope). */
const notGranted = (error: unknown) =>
  error instanceof AuthFailure && (error.kind === "consent-required" || error.kind === "interaction-required");

/** How a sign-in window that asked for the permission can end without it: declined, closed, admin consent needed. */
const refusedInWindow = (error: unknown) =>
  error instanceof AuthFailure &&
  (error.kind === "cancelled" || error.kind === "consent-required" || error.code === "access_denied");

function statusOf(error: unknown, asked: boolean): DiscoveryStatus {
  if (notGranted(error)) return { kind: "notGranted", asked };
  if (error instanceof GraphError && error.status === 403) return { kind: "refused", error };
  return { kind: "failed", error };
}

/**
 * GDAP discovery of the signed-in partner's customers (`"tenantDiscovery": "gdap"`), in the partner's own tenant
 * with `permissions` (the signed-in tenant's Graph). React-free: the tenant scope subscribes to it.
 */
export function createTenantDiscovery(permissions: GraphPermissions): TenantDiscovery {
  const remembered = rememberedCustomers();
  const asking = askedForPermission();
  let snapshot: DiscoverySnapshot = { status: { kind: "idle" }, customers: remembered.read() ?? [], open: false };
  const listeners = new Set<() => void>();
  const update = (change: Partial<DiscoverySnapshot>) => {
    snapshot = { ...snapshot, ...change };
    for (const listener of listeners) listener();
  };
  // Only the latest attempt speaks: an earlier one's answer that comes late is dropped.
  let attempt = 0;

  async function find(asked: boolean) {
    const mine = ++attempt;
    update({ status: { kind: "finding" }, open: true });
    try {
      const customers = await discoverCustomers(permissions.clientWith("partnerCustomers"));
      if (mine !== attempt) return;
      // Storage full or blocked: the customers hold for this page.
      remembered.write(customers);
      update({ status: { kind: "found", count: customers.length }, customers });
    } catch (error) {
      if (mine === attempt) update({ status: statusOf(error, asked) });
    }
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    open: () => void find(false),
    close() {
      attempt += 1;
      const busy = snapshot.status.kind === "finding" || snapshot.status.kind === "granting";
      update({ open: false, ...(busy ? { status: { kind: "idle" } } : {}) });
    },
    allow() {
      const mine = ++attempt;
      asking.write(true);
      update({ status: { kind: "granting" }, open: true });
      // Called at once: the sign-in window opens from the admin's click.
      permissions.grant("partnerCustomers").then(
        () => {
          asking.forget();
          if (mine === attempt) void find(true);
        },
        (error: unknown) => {
          asking.forget();
          if (mine !== attempt) return;
          update({ status: refusedInWindow(error) ? { kind: "notGranted", asked: true } : { kind: "failed", error } });
        },
      );
    },
    resume() {
      if (asking.read() !== true) return;
      asking.forget();
      void find(true);
    },
  };
}
