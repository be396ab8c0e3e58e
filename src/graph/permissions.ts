/**
 * The delegated Graph permissions the console asks for, and the Graph version of the APIs each opens. `manage` is
 * asked for at sign-in; each other one only when the admin opens what needs it (incremental consent: Microsoft
 * identity platform, "Permissions and consent", documented).
 */
export const PERMISSIONS = {
  /** Reading enrollment profiles, createToken, revokeToken (Graph beta reference of createToken; documented). */
  manage: { scope: "DeviceManagementConfiguration.ReadWrite.All", version: "beta" },
  /** The partner's customers through GDAP (Graph v1.0 reference, delegatedadminrelationship-list-customers; documented). */
  partnerCustomers: { scope: "DelegatedAdminRelationship.Read.All", version: "v1.0" },
  /** Intune's audit log (Graph reference, intune-auditing-auditevent-list: DeviceManagementApps.Read.All; documented). */
  auditLog: { scope: "DeviceManagementApps.Read.All", version: "beta" },
} as const satisfies Record<string, { scope: string; version: "beta" | "v1.0" }>;

export type Permission = keyof typeof PERMISSIONS;

/** The permission's scope, qualified with the cloud's Graph host (each national cloud has its own). */
export const permissionScopes = (graphHost: string, permission: Permission) => [
  `${graphHost}/${PERMISSIONS[permission].scope}`,
];
