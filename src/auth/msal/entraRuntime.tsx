import type { ReactNode } from "react";
import type { AppConfig } from "../../config/schema";
import { CLOUDS } from "../../config/clouds";
import { createGraphClient, type GraphClient } from "../../graph/client";
import { createMsalAuth, graphScopes } from "./createMsalAuth";
import { configuredTenants, isMultiTenant } from "../../tenants/tenant";
import { createTenantRuntime, type TenantRuntime } from "../../tenants/tenantRuntime";
import { MsalSessionProvider } from "./MsalSessionProvider";

/**
 * Sign-in with Entra ID and the Graph client that uses its tokens. Loaded only when config.json names a real
 * tenant: the demo tenant and the bad-config screen never download MSAL.
 */
export async function createEntraRuntime(config: AppConfig): Promise<{
  graph: GraphClient;
  tenants?: TenantRuntime;
  SessionProvider: (props: { children: ReactNode }) => ReactNode;
}> {
  const auth = await createMsalAuth(config);
  const { graphHost } = CLOUDS[config.cloud];
  const scopes = graphScopes(graphHost);
  const tenants =
    isMultiTenant(config) &&
    createTenantRuntime({
      listed: configuredTenants(config),
      graphHost,
      getAccessToken: (tenant, request) => auth.tenants.getAccessToken(tenant, scopes, request),
      reauthenticate: (tenant) => auth.tenants.reauthenticate(tenant, scopes),
    });
  return {
    graph: createGraphClient({ graphHost, getAccessToken: auth.getAccessToken }),
    ...(tenants && { tenants }),
    SessionProvider: ({ children }) => <MsalSessionProvider auth={auth}>{children}</MsalSessionProvider>,
  };
}
