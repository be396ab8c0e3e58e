import type { ReactNode } from "react";
import type { AppConfig } from "../../config/schema";
import { CLOUDS } from "../../config/clouds";
import type { GraphClient } from "../../graph/client";
import type { GraphPermissions } from "../../graph/GraphContext";
import { createGraphPermissions } from "../../graph/graphPermissions";
import { permissionScopes } from "../../graph/permissions";
import { createMsalAuth } from "./createMsalAuth";
import { configuredTenants, isMultiTenant } from "../../tenants/tenant";
import { createTenantRuntime, type TenantRuntime } from "../../tenants/tenantRuntime";
import { MsalSessionProvider } from "./MsalSessionProvider";

/**
 * Sign-in with Entra ID and the Graph client that uses its tokens. Loaded only when config.json names a real
 * tenant: the demo tenant and the bad-config screen never download MSAL.
 */
export async function createEntraRuntime(config: AppConfig): Promise<{
  graph: GraphClient;
  permissions: GraphPermissions;
  tenants?: TenantRuntime;
  SessionProvider: (props: { children: ReactNode }) => ReactNode;
}> {
  const auth = await createMsalAuth(config);
  const { graphHost } = CLOUDS[config.cloud];
  const tenants =
    isMultiTenant(config) &&
    createTenantRuntime({
      listed: configuredTenants(config),
      graphHost,
      getAccessToken: (tenant, permission, request) =>
        auth.tenants.getAccessToken(tenant, permissionScopes(graphHost, permission), request),
      signIn: (tenant, permission) => auth.tenants.reauthenticate(tenant, permissionScopes(graphHost, permission)),
    });
  const permissions = createGraphPermissions({
    graphHost,
    getAccessToken: (permission, request) => auth.getAccessToken(request, permission),
    grant: (permission) => auth.grant(permission),
  });
  return {
    graph: permissions.clientWith("manage"),
    permissions,
    ...(tenants && { tenants }),
    SessionProvider: ({ children }) => <MsalSessionProvider auth={auth}>{children}</MsalSessionProvider>,
  };
}
