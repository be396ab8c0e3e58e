import type { ComponentType, ReactNode } from "react";
import type { GraphClient } from "../graph/client";
import type { GraphPermissions } from "../graph/GraphContext";

/** What main.tsx wires up: Entra ID + Microsoft Graph, or the built-in demo tenant. */
export interface Runtime {
  /** Provides the AuthContext session to everything below it. */
  SessionProvider: ComponentType<{ children: ReactNode }>;
  graph: GraphClient;
  /** Graph with the permissions asked for only when a feature needs them (the audit log, the partner's customers). */
  permissions: GraphPermissions;
  demo: boolean;
  /** Works everything below in the chosen tenant, when config.json gives several (app/tenants/TenantScope.tsx). */
  TenantScope?: ComponentType<{ children: ReactNode }>;
}
