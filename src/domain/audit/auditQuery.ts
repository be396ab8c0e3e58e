import { graphPath, odataString, withQueryExpressions, type GraphPath } from "../../graph/graphPath";
import type { ProfileKind } from "../profileKinds";
import { aospIdSegment } from "../profiles/aospIdForm";

/**
 * The audit log's category of enrollment profiles. Inferred (multi-tenant.md): the name Intune files createToken and
 * revokeToken under is not documented; the activity types are read from the tenant under it.
 */
export const ENROLLMENT_CATEGORY = "Enrollment";

/** Events per page: one screen of history; "Show more" reads the next. */
export const AUDIT_PAGE_SIZE = 25;

const EVENTS = graphPath`/deviceManagement/auditEvents`;

/**
 * The activity types Intune uses in a category (`getAuditActivityTypes`, beta; documented as a function, its
 * answer "not yet documented").
 */
export const activityTypesPath = (category: string): GraphPath =>
  `${EVENTS}/getAuditActivityTypes(category=${encodeURIComponent(odataString(category))})` as GraphPath;

/** `resources/any(r: r/resourceId eq '<id>')`: the events of one resource (public scripts filter this way). */
const aboutResource = (id: string) => `resources/any(r: r/resourceId eq ${odataString(id)})`;

/**
 * The events of one profile: by its id and, for an AOSP profile, by `AOSP-<id>` too, the form its writes may be
 * addressed with (profile-kinds.md; which one Intune files the event under is inferred, so both are asked for).
 */
export function profileHistoryFilter(kind: ProfileKind, id: string): string {
  const ids = kind.provisioning === "aosp" ? [id, aospIdSegment(id, "prefixed")] : [id];
  return ids.map(aboutResource).join(" or ");
}

/**
 * The token events of the tenant since `since`: the Enrollment category, the activity types that are token
 * writes (read from the tenant), newest first. Null when the tenant names no token activity: nothing to ask for.
 */
export function recentTokenActivityFilter(since: Date, tokenActivityTypes: readonly string[]): string | null {
  if (tokenActivityTypes.length === 0) return null;
  const types = tokenActivityTypes.map((type) => `activityType eq ${odataString(type)}`).join(" or ");
  return `category eq ${odataString(ENROLLMENT_CATEGORY)} and activityDateTime ge ${since.toISOString()} and (${types})`;
}

/** The first page of events matching `filter`, newest first (Cloud PKI audit page: $orderby=activityDateTime desc). */
export const auditEventsPath = (filter: string, top = AUDIT_PAGE_SIZE): GraphPath =>
  withQueryExpressions(EVENTS, { $filter: filter, $orderby: "activityDateTime desc", $top: String(top) });
