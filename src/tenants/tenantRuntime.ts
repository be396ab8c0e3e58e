import type { Permission } from "../graph/permissions";
import type { TokenRequest } from "../graph/client";
import type { GraphPermissions } from "../graph/GraphContext";
import { createGraphPermissions } from "../graph/graphPermissions";
import type { GraphClient } from "../graph/client";
import type { Tenant } from "./tenant";

/** What the console needs to work in several tenants, whichever identity provider is behind it. */
export interface TenantRuntime {
  /** The tenants config.json lists (or the demo partner's customers), in its order. */
  listed: Tenant[];
  /** The Graph client that works in `tenantId`: one per tenant, with its own call log and tokens. */
  graphFor(tenantId: string): GraphClient;
  /** Graph in `tenantId` with a permission beyond the console's own (incremental consent, in that tenant). */
  permissionsFor(tenantId: string): GraphPermissions;
  /** Signs in to the tenant interactively, from the admin's click: a step-up or consent there only. */
  reauthenticate(tenantId: string): Promise<void>;
}

export interface TenantRuntimeOptions {
  listed: Tenant[];
  graphHost: string;
  /** A verified token for `tenantId` that carries `permission` (tenantAccess.ts); never opens a window. */
  getAccessToken(tenantId: string, permission: Permission, request?: TokenRequest): Promise<string>;
  /** A sign-in window for `tenantId` asking for `permission`, from the admin's click. */
  signIn(tenantId: string, permission: Permission): Promise<void>;
  /** The transport, as for a single Graph client (the demo's in-browser Graph). */
  fetch?: typeof fetch;
}

export function createTenantRuntime({
  listed,
  graphHost,
  getAccessToken,
  signIn,
  fetch,
}: TenantRuntimeOptions): TenantRuntime {
  const tenants = new Map<string, GraphPermissions>();
  const permissionsFor = (tenantId: string) => {
    const key = tenantId.toLowerCase();
    let permissions = tenants.get(key);
    if (!permissions) {
      permissions = createGraphPermissions({
        graphHost,
        getAccessToken: (permission, request) => getAccessToken(tenantId, permission, request),
        grant: (permission) => signIn(tenantId, permission),
        ...(fetch ? { fetch } : {}),
      });
      tenants.set(key, permissions);
    }
    return permissions;
  };
  return {
    listed,
    graphFor: (tenantId) => permissionsFor(tenantId).clientWith("manage"),
    permissionsFor,
    reauthenticate: (tenantId) => signIn(tenantId, "manage"),
  };
}
