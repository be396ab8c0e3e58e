import { t } from "../../i18n";
import { actorOf, type AuditEvent } from "../audit/auditEvent";
import { activityOf, type TokenActivity } from "../audit/tokenActivity";

/** What happened, in words where the tenant's activity types name a token write; otherwise as Intune writes it. */
export function activityText(event: AuditEvent, known: ReadonlyMap<string, TokenActivity>): string {
  const activity = activityOf(event, known);
  if (activity === null) return t("audit.activity.unknown");
  if ("raw" in activity) return activity.raw;
  return activity.known === "createToken" ? t("audit.activity.createToken") : t("audit.activity.revokeToken");
}

/** Who did it: the user principal name, or the app's name when an app acted. */
export function actorText(event: AuditEvent): string {
  const actor = actorOf(event);
  if (actor === null) return t("audit.actor.unknown");
  return "user" in actor ? actor.user : t("audit.actor.app", { name: actor.app });
}

/** Whether it worked: Intune's Success and Failure in words, anything else as Intune writes it. */
export function resultText(event: AuditEvent): string {
  const result = event.activityResult;
  if (result === null) return t("audit.result.unknown");
  if (/^success$/i.test(result)) return t("audit.result.success");
  if (/^fail(ure|ed)?$/i.test(result)) return t("audit.result.failure");
  return result;
}

/** Whether the event says it failed. */
export const failed = (event: AuditEvent) => /^fail(ure|ed)?$/i.test(event.activityResult ?? "");
