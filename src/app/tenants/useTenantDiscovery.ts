import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { useGraphPermissions } from "../../graph/GraphContext";
import type { TenantDiscoveryChoice } from "../../tenants/TenantContext";
import { createTenantDiscovery, type DiscoverySnapshot } from "../../tenants/tenantDiscovery";

const OFF: DiscoverySnapshot = { status: { kind: "idle" }, customers: [], open: false };
const never = () => () => undefined;
const off = () => OFF;

/**
 * GDAP discovery for the signed-in account, when `enabled`: in the tenant whose Graph is given above (the partner's
 * own). A discovery that asked for its permission in a sign-in window that left the page carries on here.
 */
export function useTenantDiscovery(enabled: boolean): {
  customers: DiscoverySnapshot["customers"];
  discovery: Omit<TenantDiscoveryChoice, "adminConsentUrl"> | null;
} {
  const permissions = useGraphPermissions();
  const [store] = useState(() => (enabled ? createTenantDiscovery(permissions) : null));
  useEffect(() => store?.resume(), [store]);
  const snapshot = useSyncExternalStore(store?.subscribe ?? never, store?.getSnapshot ?? off);
  const discovery = useMemo(
    () =>
      store && {
        status: snapshot.status,
        isOpen: snapshot.open,
        open: store.open,
        close: store.close,
        allow: store.allow,
      },
    [store, snapshot.status, snapshot.open],
  );
  return { customers: snapshot.customers, discovery };
}
