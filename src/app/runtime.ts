import type { ComponentType, ReactNode } from "react";
import type { GraphClient } from "../graph/client";

/** What main.tsx wires up: Entra ID + Microsoft Graph, or the built-in demo tenant. */
export interface Runtime {
  /** Provides the AuthContext session to everything below it. */
  SessionProvider: ComponentType<{ children: ReactNode }>;
  graph: GraphClient;
  demo: boolean;
  /** Works everything below in the chosen tenant, when config.json gives several (app/tenants/TenantScope.tsx). */
  TenantScope?: ComponentType<{ children: ReactNode }>;
}
