import type { ReactNode } from "react";
import type { AppConfig } from "../../config/schema";
import { CLOUDS } from "../../config/clouds";
import { createGraphClient, type GraphClient } from "../../graph/client";
import { createMsalAuth } from "./createMsalAuth";
import { MsalSessionProvider } from "./MsalSessionProvider";

/**
 * Sign-in with Entra ID and the Graph client that uses its tokens. Loaded only when config.json names a real
 * tenant: the demo tenant and the bad-config screen never download MSAL.
 */
export async function createEntraRuntime(config: AppConfig): Promise<{
  graph: GraphClient;
  SessionProvider: (props: { children: ReactNode }) => ReactNode;
}> {
  const auth = await createMsalAuth(config);
  return {
    graph: createGraphClient({ graphHost: CLOUDS[config.cloud].graphHost, getAccessToken: auth.getAccessToken }),
    SessionProvider: ({ children }) => <MsalSessionProvider auth={auth}>{children}</MsalSessionProvider>,
  };
}
