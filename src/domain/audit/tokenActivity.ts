import type { AuditEvent } from "./auditEvent";

/** What a token event did. A replacement is a createToken too: Intune's log does not tell the two apart. */
export type TokenActivity = "createToken" | "revokeToken";

/**
 * The tenant's activity types that are token writes, from its own list (getAuditActivityTypes): Intune's names for
 * createToken and revokeToken are not documented, so none is hard-coded. A type is taken as a token write when its
 * name holds the action's name (as Graph names the action: "createToken", "revokeToken"; any case, spaces ignored);
 * inferred from the pattern "<Operation> <EntityType>" of the names Intune is seen to use.
 */
export function tokenActivityTypes(activityTypes: readonly string[]): Map<string, TokenActivity> {
  const known = new Map<string, TokenActivity>();
  for (const type of activityTypes) {
    const squeezed = type.replace(/\s+/g, "").toLowerCase();
    if (squeezed.includes("createtoken")) known.set(type, "createToken");
    else if (squeezed.includes("revoketoken")) known.set(type, "revokeToken");
  }
  return known;
}

/** The event's activity: known (a token write the tenant listed), or as Intune writes it. */
export function activityOf(
  event: AuditEvent,
  known: ReadonlyMap<string, TokenActivity>,
): { known: TokenActivity } | { raw: string } | null {
  const name = event.activityType ?? event.activity;
  if (name === null) return null;
  const activity = known.get(name);
  return activity ? { known: activity } : { raw: name };
}
