import { entityTypeOf, tokenEvent, type FakeAuditActor, type FakeAuditEvent } from "../fake-tenant/auditLog";
import { AOSP_ID_PREFIX, isAospMode } from "../fake-tenant/intuneRules";
import type { FakeProfile } from "../fake-tenant/profiles";
import { random } from "./demoTenant";

const DAY_MS = 86_400_000;

const person = (userPrincipalName: string): FakeAuditActor => ({
  type: "ItPro",
  userPrincipalName,
  userId: null,
  applicationId: "demo-console",
  applicationDisplayName: "Enrollment Token Console",
  servicePrincipalName: null,
  ipAddress: null,
  userPermissions: ["*"],
});

/** The demo tenant's admins, and an automation that renews tokens as an app (no user). */
const PEOPLE = [
  person("megan.bowen@contoso-demo.example"),
  person("alex.wilber@contoso-demo.example"),
  person("lee.gu@contoso-demo.example"),
  person("isaiah.langer@contoso-demo.example"),
];
const AUTOMATION: FakeAuditActor = {
  type: "Application",
  userPrincipalName: null,
  userId: null,
  applicationId: "4f7c2b1a-0d3e-4a5b-8c6d-9e0f1a2b3c4d",
  applicationDisplayName: "Contoso token renewal (automation)",
  servicePrincipalName: "Contoso token renewal (automation)",
  ipAddress: null,
  userPermissions: ["*"],
};

/** The id a write addressed: AOSP profiles the way Microsoft's sample writes them (`AOSP-<id>`). */
const writtenId = (profile: FakeProfile) =>
  isAospMode(profile.enrollmentMode) ? `${AOSP_ID_PREFIX}${profile.id}` : profile.id;

/** The profile's creation, as the log names an entity's creation (inferred: "Create <EntityType>"). */
function createdEvent(profile: FakeProfile, actor: FakeAuditActor): FakeAuditEvent {
  const activityType = `Create ${entityTypeOf(profile.kind)}`;
  return {
    ...tokenEvent({
      action: "createToken",
      kind: profile.kind,
      resourceId: profile.id,
      displayName: profile.displayName,
      actor,
      at: new Date(profile.createdDateTime),
    }),
    displayName: activityType,
    activity: activityType,
    activityType,
    activityOperationType: "Create",
  };
}

/**
 * A plausible history for the demo tenant's profiles: each one created by an admin, its current token created when
 * it was issued (by a person or, now and then, the renewal automation), earlier tokens replaced or revoked before
 * it, a refused attempt here and there. The same history on every load for the same profiles and `seed`.
 */
export function demoHistory(profiles: readonly FakeProfile[], now: number, seed: number): FakeAuditEvent[] {
  const next = random(seed ^ 0x5eed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const events: FakeAuditEvent[] = [];
  const token = (
    profile: FakeProfile,
    action: "createToken" | "revokeToken",
    at: number,
    actor: FakeAuditActor = pick(PEOPLE),
    result: "Success" | "Failure" = "Success",
  ) =>
    events.push(
      tokenEvent({
        action,
        kind: profile.kind,
        resourceId: writtenId(profile),
        displayName: profile.displayName,
        actor,
        at: new Date(at),
        result,
      }),
    );
  for (const profile of profiles) {
    const created = Date.parse(profile.createdDateTime);
    events.push(createdEvent(profile, pick(PEOPLE)));
    const firstToken = created + DAY_MS * (1 + Math.floor(next() * 5));
    if (firstToken < now) token(profile, "createToken", firstToken);
    const issued = profile.tokenValue === null ? null : Date.parse(profile.lastModifiedDateTime);
    if (issued !== null && issued > firstToken) {
      if (next() < 0.25) token(profile, "createToken", issued - 2 * 60_000, pick(PEOPLE), "Failure");
      token(profile, "createToken", issued, next() < 0.2 ? AUTOMATION : pick(PEOPLE));
    }
    if (issued === null) {
      // No token now: it was revoked at some point in the last weeks.
      const revoked = now - DAY_MS * (2 + Math.floor(next() * 20)) - Math.floor(next() * DAY_MS);
      if (revoked > firstToken) token(profile, "revokeToken", revoked);
    }
  }
  return events.sort((a, b) => Date.parse(a.activityDateTime) - Date.parse(b.activityDateTime));
}
