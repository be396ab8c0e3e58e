/**
 * An event of Intune's audit log as the console keeps it (graph-docs `resources/intune-auditing-auditevent.md`;
 * documented): what happened, when, by whom, to what, and whether it worked. Never `modifiedProperties`: what Intune
 * writes there is not documented and could hold a token (keepableEvent drops it).
 */
export interface AuditEvent {
  id: string;
  activityDateTime: string;
  /** The activity's name as Intune writes it ("createToken AndroidDeviceOwnerEnrollmentProfile", say). */
  activityType: string | null;
  activity: string | null;
  /** "Success", "Failure", … as Intune writes it. */
  activityResult: string | null;
  actor: AuditActor | null;
  resources: AuditResource[];
}

export interface AuditActor {
  userPrincipalName: string | null;
  applicationDisplayName: string | null;
  applicationId: string | null;
}

export interface AuditResource {
  resourceId: string | null;
  displayName: string | null;
  type: string | null;
}

const text = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);
const record = (value: unknown): Record<string, unknown> =>
  typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};

/**
 * What the console keeps of an event Graph sent: the fields above as text or null, and nothing else (no
 * modifiedProperties, no IP address, no permissions).
 */
export function keepableEvent(raw: unknown): AuditEvent {
  const event = record(raw);
  const actor = event.actor === null || event.actor === undefined ? null : record(event.actor);
  const resources = Array.isArray(event.resources) ? event.resources.map(record) : [];
  return {
    id: text(event.id) ?? "",
    activityDateTime: text(event.activityDateTime) ?? "",
    activityType: text(event.activityType),
    activity: text(event.activity),
    activityResult: text(event.activityResult),
    actor: actor && {
      userPrincipalName: text(actor.userPrincipalName),
      applicationDisplayName: text(actor.applicationDisplayName),
      applicationId: text(actor.applicationId),
    },
    resources: resources.map((resource) => ({
      resourceId: text(resource.resourceId),
      displayName: text(resource.displayName),
      type: text(resource.type),
    })),
  };
}

/** Who did it: the user's principal name, or the app's name (or id) when an app acted without a user. */
export function actorOf(event: AuditEvent): { user: string } | { app: string } | null {
  const actor = event.actor;
  if (actor?.userPrincipalName) return { user: actor.userPrincipalName };
  const app = actor?.applicationDisplayName ?? actor?.applicationId;
  return app ? { app } : null;
}
