import { createContext, useContext } from "react";
import { PERMISSIONS, type Permission } from "../auth/permissions";
import { createGraphClient, type GraphClient, type GraphClientOptions, type TokenRequest } from "./client";

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

export interface GraphPermissionsOptions extends Omit<GraphClientOptions, "getAccessToken" | "version"> {
  getAccessToken(permission: Permission, request?: TokenRequest): Promise<string>;
  grant(permission: Permission): Promise<void>;
}

/** One client per permission, made on first use. */
export function createGraphPermissions({
  getAccessToken,
  grant,
  ...options
}: GraphPermissionsOptions): GraphPermissions {
  const clients = new Map<Permission, GraphClient>();
  return {
    clientWith(permission) {
      let client = clients.get(permission);
      if (!client) {
        client = createGraphClient({
          ...options,
          version: PERMISSIONS[permission].version,
          getAccessToken: (request) => getAccessToken(permission, request),
        });
        clients.set(permission, client);
      }
      return client;
    },
    grant,
  };
}

export const GraphPermissionsContext = createContext<GraphPermissions | null>(null);

export function useGraphPermissions(): GraphPermissions {
  const permissions = useContext(GraphPermissionsContext);
  if (permissions === null) throw new Error("useGraphPermissions() needs a GraphPermissionsContext provider");
  return permissions;
}
