import { t } from "../../i18n";
import { csvDocument } from "../csv";
import { parseGraphDate } from "../graphDate";
import { activityText, actorText, resultText } from "../words/auditWords";
import type { AuditEvent } from "./auditEvent";
import { activityOf, type TokenActivity } from "./tokenActivity";

/** How far back the fleet view's token activity goes. */
export const RECENT_DAYS = 30;

/** The start of the local day `days` days before `now`: the same for the whole day, so one read serves it. */
export function daysBefore(now: Date, days: number): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() - days);
}

export interface ActivityFilter {
  /** Who (as actorText words it); null: everyone. */
  actor: string | null;
  /** What; null: every token event. */
  activity: TokenActivity | null;
}

/** The people and apps that acted, in words, each once, sorted. */
export const actorsOf = (events: readonly AuditEvent[]) =>
  [...new Set(events.map(actorText))].sort((a, b) => a.localeCompare(b));

export function filterActivity(
  events: readonly AuditEvent[],
  { actor, activity }: ActivityFilter,
  known: ReadonlyMap<string, TokenActivity>,
): AuditEvent[] {
  return events.filter((event) => {
    if (actor !== null && actorText(event) !== actor) return false;
    if (activity === null) return true;
    const what = activityOf(event, known);
    return what !== null && "known" in what && what.known === activity;
  });
}

export const activityCsvHeaders = () =>
  [
    t("activity.csv.whenUtc"),
    t("activity.csv.whenLocal"),
    t("activity.csv.who"),
    t("activity.csv.what"),
    t("activity.csv.profile"),
    t("activity.csv.profileId"),
    t("activity.csv.result"),
  ] as const;

/**
 * The token activity as a CSV (the profiles CSV's escaping): when (UTC ISO 8601 and local), who, what, the profile
 * (name and id as the log has them), the result. Only what keepableEvent kept: never a token.
 */
export function activityCsv(
  events: readonly AuditEvent[],
  known: ReadonlyMap<string, TokenActivity>,
  formatLocal: (date: Date) => string,
): string {
  return csvDocument(
    activityCsvHeaders(),
    events.map((event) => {
      const at = parseGraphDate(event.activityDateTime);
      const resource = event.resources.find((r) => r.resourceId) ?? event.resources[0];
      return [
        at?.toISOString() ?? "",
        at ? formatLocal(at) : "",
        actorText(event),
        activityText(event, known),
        resource?.displayName ?? "",
        resource?.resourceId ?? "",
        resultText(event),
      ];
    }),
  );
}
