import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import { AuthContext, useAuth, type AuthSession } from "../../auth/session";
import { GraphClientContext } from "../../graph/GraphContext";
import { GraphPermissionsContext } from "../../graph/graphPermissions";
import { PortalContext, usePortalNotifier, type PortalNotifier } from "../../embedding/portalMessages";
import { SessionKeyScope } from "../../storage/sessionKeyScope";
import {
  initialTenant,
  settleTenant,
  switchTenantUrl,
  tenantFromSearch,
  tenantStateScope,
} from "../../tenants/currentTenant";
import { sameTenant, type Tenant } from "../../tenants/tenant";
import { TenantContext } from "../../tenants/TenantContext";
import type { TenantRuntime } from "../../tenants/tenantRuntime";

function SignedInTenantScope({
  runtime,
  session,
  children,
}: {
  runtime: TenantRuntime;
  session: AuthSession & { account: NonNullable<AuthSession["account"]> };
  children: ReactNode;
}) {
  const accountId = session.account.id;
  const tenants = runtime.listed;
  const [current, setCurrent] = useState(() => initialTenant(tenants, accountId)!);

  useEffect(() => settleTenant(current, accountId), [current, accountId]);
  // Back and Forward move between tenants as between profiles.
  useEffect(() => {
    const follow = () => {
      const named = tenantFromSearch(window.location.search, tenants);
      if (named) setCurrent((shown) => (sameTenant(shown.id, named.id) ? shown : named));
    };
    window.addEventListener("popstate", follow);
    return () => window.removeEventListener("popstate", follow);
  }, [tenants]);

  const choose = useCallback(
    (next: Tenant) => {
      if (sameTenant(next.id, current.id)) return;
      switchTenantUrl(current, next);
      setCurrent(next);
    },
    [current],
  );
  const choice = useMemo(() => ({ tenants, current, choose }), [tenants, current, choose]);
  // Everything below sees the workspace's tenant as the account's: the bulk run's owner and lock, the AOSP id
  // form, diagnostics; and signing in again (a step-up, consent) is for this tenant only.
  const scoped = useMemo<AuthSession>(
    () => ({
      ...session,
      account: { ...session.account, tenant: current.id },
      reauthenticate: () => runtime.reauthenticate(current.id),
    }),
    [session, current, runtime],
  );
  const graph = useMemo(() => runtime.graphFor(current.id), [runtime, current]);
  const permissions = useMemo(() => runtime.permissionsFor(current.id), [runtime, current]);
  const notifyPortal = usePortalNotifier();
  const notify = useCallback<PortalNotifier>(
    (message) => notifyPortal({ ...message, tenantId: current.id }),
    [notifyPortal, current],
  );
  return (
    <TenantContext.Provider value={choice}>
      <AuthContext.Provider value={scoped}>
        <GraphClientContext.Provider value={graph}>
          <GraphPermissionsContext.Provider value={permissions}>
            <PortalContext.Provider value={notify}>
              <SessionKeyScope.Provider value={tenantStateScope(current)}>{children}</SessionKeyScope.Provider>
            </PortalContext.Provider>
          </GraphPermissionsContext.Provider>
        </GraphClientContext.Provider>
      </AuthContext.Provider>
    </TenantContext.Provider>
  );
}

/**
 * When the console works in several tenants, everything below works in the chosen one: its Graph client (tokens
 * checked for that tenant), its share of the session state, portal messages that name it, and the account as seen
 * in it. Nobody signed in, it changes nothing. Only a console with several tenants loads it (the Entra runtime).
 */
export function TenantScope({ runtime, children }: { runtime: TenantRuntime; children: ReactNode }) {
  const session = useAuth();
  const { account } = session;
  if (account === null || runtime.listed.length === 0) return children;
  return (
    <SignedInTenantScope runtime={runtime} session={{ ...session, account }}>
      {children}
    </SignedInTenantScope>
  );
}
