import { PERMISSIONS, type Permission } from "./permissions";
import { createGraphClient, type GraphClient, type GraphClientOptions, type TokenRequest } from "./client";
import type { GraphPermissions } from "./GraphContext";

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
