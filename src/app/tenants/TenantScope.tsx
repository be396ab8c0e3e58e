import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import { AuthContext, useAuth, type AuthSession } from "../../auth/session";
import { adminConsentUrl } from "../../auth/tenantUrls";
import { CLOUDS } from "../../config/clouds";
import { useAppConfig } from "../../config/ConfigContext";
import { GraphClientContext, GraphPermissionsContext } from "../../graph/GraphContext";
import { PortalContext, usePortalNotifier, type PortalNotifier } from "../../embedding/portalMessages";
import { t } from "../../i18n";
import { useLanguage } from "../../i18n/LocaleProvider";
import { SessionKeyScope } from "../../storage/sessionKeyScope";
import {
  initialTenant,
  linkedTenantId,
  settleTenant,
  showOverviewUrl,
  switchTenantUrl,
  tenantStateScope,
  type OpeningTenant,
} from "../../tenants/currentTenant";
import { discoversTenants, sameTenant, tenantsToChoose, type Tenant } from "../../tenants/tenant";
import { TenantContext, type TenantDiscoveryChoice } from "../../tenants/TenantContext";
import { overviewFromSearch } from "../../tenants/tenantLinks";
import type { TenantRuntime } from "../../tenants/tenantRuntime";
import { TenantRuntimeContext } from "./tenantWorkspaces";
import { useTenantDiscovery } from "./useTenantDiscovery";

type SignedInSession = AuthSession & { account: NonNullable<AuthSession["account"]> };

/** The tenants to choose from: the listed ones and, with GDAP discovery, the admin's own tenant and its customers. */
function useTenants(runtime: TenantRuntime, session: SignedInSession) {
  const config = useAppConfig();
  const discovers = discoversTenants(config);
  const { customers, discovery } = useTenantDiscovery(discovers);
  const homeId = session.account.tenant;
  // The signed-in tenant has no name in the token: the domain of the admin's sign-in name stands for it.
  const domain = /@([^@\s]+)$/.exec(session.account.username)?.[1];
  const language = useLanguage();
  const tenants = useMemo(() => {
    void language; // the home tenant's name is in the admin's language
    const name = domain ? t("tenants.home", { domain }) : t("tenants.homeUnnamed");
    return tenantsToChoose(runtime.listed, discovers ? { id: homeId, name } : null, customers);
  }, [runtime.listed, discovers, homeId, domain, customers, language]);
  const { authorityHost } = CLOUDS[config.cloud];
  const choice = useMemo<TenantDiscoveryChoice | null>(
    () => discovery && { ...discovery, adminConsentUrl: adminConsentUrl(authorityHost, homeId, config.clientId ?? "") },
    [discovery, authorityHost, homeId, config.clientId],
  );
  return { tenants, discovery: choice };
}

function SignedInTenantScope({
  runtime,
  session,
  children,
}: {
  runtime: TenantRuntime;
  session: SignedInSession;
  children: ReactNode;
}) {
  const accountId = session.account.id;
  const { tenants, discovery } = useTenants(runtime, session);
  const [place, setPlace] = useState<OpeningTenant>(() => initialTenant(tenants, accountId)!);
  const { current, requested } = place;
  const [overview, setOverview] = useState(() => overviewFromSearch(window.location.search));
  // A link's tenant that discovery has just found: the link asked for it, so it opens.
  const found = requested === null ? undefined : tenants.find((tenant) => sameTenant(tenant.id, requested));
  if (found) setPlace({ current: found, requested: null });

  // While a link's tenant is unknown, the link stays as it is (a reload after discovery opens it).
  useEffect(() => {
    if (requested === null) settleTenant(current, accountId);
  }, [current, requested, accountId]);
  // Back and Forward move between tenants as between profiles, and in and out of the overview.
  useEffect(() => {
    const follow = () => {
      setOverview(overviewFromSearch(window.location.search));
      const linked = linkedTenantId(window.location.search);
      if (linked === null) return;
      const named = tenants.find((tenant) => sameTenant(tenant.id, linked));
      setPlace((shown) =>
        named
          ? sameTenant(shown.current.id, named.id) && shown.requested === null
            ? shown
            : { current: named, requested: null }
          : { current: shown.current, requested: linked },
      );
    };
    window.addEventListener("popstate", follow);
    return () => window.removeEventListener("popstate", follow);
  }, [tenants]);

  const choose = useCallback(
    (next: Tenant) => {
      if (requested === null && sameTenant(next.id, current.id)) {
        if (overview) showOverviewUrl(false);
        return;
      }
      // The unknown tenant's link leaves no selection behind for the tenant shown meanwhile.
      switchTenantUrl(requested === null ? current : null, next);
      setPlace({ current: next, requested: null });
    },
    [current, requested, overview],
  );
  const showOverview = useCallback(() => {
    if (!overview) showOverviewUrl(true);
  }, [overview]);
  const choice = useMemo(
    () => ({ tenants, current, requested, choose, discovery, overview, showOverview }),
    [tenants, current, requested, choose, discovery, overview, showOverview],
  );
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
      <TenantRuntimeContext.Provider value={runtime}>
        <AuthContext.Provider value={scoped}>
          <GraphClientContext.Provider value={graph}>
            <GraphPermissionsContext.Provider value={permissions}>
              <PortalContext.Provider value={notify}>
                <SessionKeyScope.Provider value={tenantStateScope(current)}>{children}</SessionKeyScope.Provider>
              </PortalContext.Provider>
            </GraphPermissionsContext.Provider>
          </GraphClientContext.Provider>
        </AuthContext.Provider>
      </TenantRuntimeContext.Provider>
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
  const discovers = discoversTenants(useAppConfig());
  const { account } = session;
  if (account === null || (runtime.listed.length === 0 && !discovers)) return children;
  return (
    <SignedInTenantScope runtime={runtime} session={{ ...session, account }}>
      {children}
    </SignedInTenantScope>
  );
}
