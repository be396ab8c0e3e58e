import type { ComponentType, ReactNode } from "react";
import type { GraphClient } from "../graph/client";
import type { TenantRuntime } from "../tenants/tenantRuntime";

/** What main.tsx wires up: Entra ID + Microsoft Graph, or the built-in demo tenant. */
export interface Runtime {
  /** Provides the AuthContext session to everything below it. */
  SessionProvider: ComponentType<{ children: ReactNode }>;
  graph: GraphClient;
  demo: boolean;
  /** The tenants to work in, when config.json gives several: everything below works in the chosen one (tenants/TenantScope.tsx). */
  tenants?: TenantRuntime;
}
