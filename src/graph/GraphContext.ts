import { createContext, useContext } from "react";
import type { Permission } from "./permissions";
import type { GraphClient } from "./client";

export const GraphClientContext = createContext<GraphClient | null>(null);

export function useGraphClient(): GraphClient {
  const client = useContext(GraphClientContext);
  if (client === null) throw new Error("useGraphClient() needs a GraphClientContext provider");
  return client;
}

/** Graph with a permission beyond the console's own, asked for only from the admin's click (incremental consent). */
export interface GraphPermissions {
  /**
   * A Graph client (of the permission's Graph version) whose tokens carry `permission`. Until it is granted, its
   * calls fail with an AuthFailure (consent-required or interaction-required) and no sign-in window opens.
   */
  clientWith(permission: Permission): GraphClient;
  /** Asks for `permission` in a sign-in window: call it from the admin's click. */
  grant(permission: Permission): Promise<void>;
}

export const GraphPermissionsContext = createContext<GraphPermissions | null>(null);

export function useGraphPermissions(): GraphPermissions {
  const permissions = useContext(GraphPermissionsContext);
  if (permissions === null) throw new Error("useGraphPermissions() needs a GraphPermissionsContext provider");
  return permissions;
}
