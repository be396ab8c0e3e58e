/*
 * Intune's audit log as the fake tenant keeps it. Sources: graph-docs `resources/intune-auditing-auditevent.md` (the
 * event's properties), `api/intune-auditing-auditevent-list.md` (GET /deviceManagement/auditEvents, permission
 * DeviceManagementApps.Read.All or ReadWrite.All), `api/intune-auditing-auditevent-getauditactivitytypes.md` (the
 * names a tenant uses, "not yet documented"); the filters are those Microsoft's Cloud PKI audit page and public
 * scripts use (multi-tenant.md). Everything else here is inferred and says so.
 */
import type { Caller } from "./fakeHttp";
import { FAKE_KINDS, LEGACY, type FakeKind } from "./intuneRules";

/** What an admin did, as the audit log's `actor` holds it. */
export interface FakeAuditActor {
  type: string;
  userPrincipalName: string | null;
  userId: string | null;
  applicationId: string | null;
  applicationDisplayName: string | null;
  servicePrincipalName: string | null;
  ipAddress: string | null;
  userPermissions: string[];
}

export interface FakeModifiedProperty {
  displayName: string;
  oldValue: string | null;
  newValue: string | null;
}

export interface FakeAuditResource {
  displayName: string | null;
  type: string;
  resourceId: string;
  modifiedProperties: FakeModifiedProperty[];
}

export interface FakeAuditEvent {
  id: string;
  displayName: string;
  componentName: string;
  category: string;
  correlationId: string;
  activity: string;
  activityDateTime: string;
  activityType: string;
  activityOperationType: string;
  activityResult: string;
  actor: FakeAuditActor;
  resources: FakeAuditResource[];
}

/** graph-docs `api/intune-auditing-auditevent-list.md`: either permission lets a token read the log. */
export const AUDIT_LOG_PERMISSIONS: readonly string[] = [
  "DeviceManagementApps.Read.All",
  "DeviceManagementApps.ReadWrite.All",
];

/** Whether the caller's token carries a permission to read the audit log (no scopes: every permission). */
export const mayReadAuditLog = (caller: Caller) =>
  caller.scopes === undefined ||
  caller.scopes.split(" ").some((scope) => AUDIT_LOG_PERMISSIONS.includes(scope.split("/").pop() ?? ""));

/** Inferred: the category enrollment profiles' events are filed under (multi-tenant.md). */
export const ENROLLMENT_CATEGORY = "Enrollment";

/** The entity type Intune names the profile's resource with: its collection's type (graph-docs resource pages). */
export const entityTypeOf = (kind: FakeKind) =>
  FAKE_KINDS[kind].collection === LEGACY ? "AndroidForWorkEnrollmentProfile" : "AndroidDeviceOwnerEnrollmentProfile";

const ENTITY_TYPES = ["AndroidDeviceOwnerEnrollmentProfile", "AndroidForWorkEnrollmentProfile"];

/**
 * INFERRED, NOT INTUNE'S DOCUMENTED NAMES: Intune's activity names for createToken and revokeToken are not public.
 * The fake names them "<Operation> <EntityType>", the pattern of the names admins see for other operations
 * (multi-tenant.md); a real tenant may differ, which is why the console reads them from getAuditActivityTypes.
 */
export const tokenActivityType = (action: "createToken" | "revokeToken", kind: FakeKind) =>
  `${action} ${entityTypeOf(kind)}`;

/** The Enrollment category's activity types, as getAuditActivityTypes lists them (inferred names, see above). */
export const ENROLLMENT_ACTIVITY_TYPES: readonly string[] = ENTITY_TYPES.flatMap((type) => [
  `Create ${type}`,
  `Patch ${type}`,
  `Delete ${type}`,
  `createToken ${type}`,
  `revokeToken ${type}`,
]);

/** The activity types of a category: Enrollment's; none for a category the fake does not know. */
export const activityTypesOf = (category: string) =>
  category.toLowerCase() === ENROLLMENT_CATEGORY.toLowerCase() ? ENROLLMENT_ACTIVITY_TYPES : [];

/** The actor a caller's token names: the signed-in user (delegated) in the app that called. */
export function actorOf(caller: Caller): FakeAuditActor {
  return {
    type: "ItPro",
    userPrincipalName: caller.userPrincipalName ?? null,
    userId: caller.userId,
    applicationId: caller.appId,
    applicationDisplayName: caller.appDisplayName ?? null,
    servicePrincipalName: null,
    ipAddress: null,
    userPermissions: ["*"],
  };
}

export interface TokenEventInit {
  action: "createToken" | "revokeToken";
  kind: FakeKind;
  /** The id as the request addressed the profile (`AOSP-<id>` for an AOSP write that used it: inferred). */
  resourceId: string;
  displayName: string | null;
  actor: FakeAuditActor;
  at: Date;
  result?: "Success" | "Failure";
  /**
   * Inferred: whether Intune lists the token among modifiedProperties is not known. The fake does (old and new
   * value), so the tests can show that the console never shows what is there.
   */
  modifiedProperties?: FakeModifiedProperty[];
}

/** The event a createToken or revokeToken leaves in the log. */
export function tokenEvent({
  action,
  kind,
  resourceId,
  displayName,
  actor,
  at,
  result = "Success",
  modifiedProperties = [],
}: TokenEventInit): FakeAuditEvent {
  const activityType = tokenActivityType(action, kind);
  return {
    id: crypto.randomUUID(),
    displayName: activityType,
    componentName: ENROLLMENT_CATEGORY,
    category: ENROLLMENT_CATEGORY,
    correlationId: crypto.randomUUID(),
    activity: activityType,
    activityDateTime: at.toISOString(),
    activityType,
    activityOperationType: "Action",
    activityResult: result,
    actor,
    resources: [{ displayName, type: entityTypeOf(kind), resourceId, modifiedProperties }],
  };
}

// ---- $filter: the subset of OData the audit log is queried with -------------------------------------------------

type Token = { type: "name" | "string" | "date" | "punct"; value: string };

const TOKEN = /\s*(?:('(?:[^']|'')*')|(\d{4}-\d\d-\d\dT[\d:.]+Z)|([A-Za-z_][\w/]*)|([(),:]))/y;

function tokenize(filter: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < filter.length) {
    if (/^\s*$/.test(filter.slice(TOKEN.lastIndex))) break;
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(filter);
    if (!match) throw new FilterError(`Syntax error at position ${start} in '${filter}'.`);
    if (match[1]) tokens.push({ type: "string", value: match[1].slice(1, -1).replace(/''/g, "'") });
    else if (match[2]) tokens.push({ type: "date", value: match[2] });
    else if (match[3]) tokens.push({ type: "name", value: match[3] });
    else tokens.push({ type: "punct", value: match[4]! });
  }
  return tokens;
}

export class FilterError extends Error {}

type Predicate = (event: FakeAuditEvent) => boolean;

const COMPARISONS = ["eq", "ne", "ge", "gt", "le", "lt"];

/** A property of an event or of its actor, as a filter names it. */
function propertyOf(event: FakeAuditEvent, path: string): string | null {
  if (path.startsWith("actor/")) {
    const value = (event.actor as unknown as Record<string, unknown>)[path.slice(6)];
    return typeof value === "string" ? value : null;
  }
  const value = (event as unknown as Record<string, unknown>)[path];
  return typeof value === "string" ? value : null;
}

function compare(left: string | null, op: string, right: string, isDate: boolean): boolean {
  if (left === null) return op === "ne";
  const a = isDate ? Date.parse(left) : left;
  const b = isDate ? Date.parse(right) : right;
  switch (op) {
    case "eq":
      return a === b;
    case "ne":
      return a !== b;
    case "ge":
      return a >= b;
    case "gt":
      return a > b;
    case "le":
      return a <= b;
    default:
      return a < b;
  }
}

/**
 * Parses `$filter` into a predicate: comparisons of a property (activityDateTime with a date, the others with a
 * string; `actor/…` too), `resources/any(r: r/resourceId eq '…')`, `and`, `or`, `not`-free parentheses. Anything
 * else is a FilterError, answered 400 as Graph answers a filter it does not support.
 */
export function parseFilter(filter: string): Predicate {
  const tokens = tokenize(filter);
  let at = 0;
  const peek = () => tokens[at];
  const take = (type?: Token["type"], value?: string): Token => {
    const token = tokens[at];
    if (!token || (type && token.type !== type) || (value !== undefined && token.value !== value)) {
      throw new FilterError(`Invalid filter clause: unexpected '${token?.value ?? "end"}' in '${filter}'.`);
    }
    at += 1;
    return token;
  };

  function comparison(): Predicate {
    const name = take("name").value;
    if (name === "resources/any") {
      take("punct", "(");
      const variable = take("name").value;
      take("punct", ":");
      const inner = take("name").value;
      if (inner !== `${variable}/resourceId`) throw new FilterError(`Unsupported property '${inner}'.`);
      take("name", "eq");
      const id = take("string").value;
      take("punct", ")");
      return (event) => event.resources.some((resource) => resource.resourceId === id);
    }
    const op = take("name").value;
    if (!COMPARISONS.includes(op)) throw new FilterError(`Unsupported operator '${op}'.`);
    const value = take();
    const isDate = name === "activityDateTime";
    if (isDate !== (value.type === "date")) throw new FilterError(`A ${name} is compared with the wrong type.`);
    if (!isDate && value.type !== "string") throw new FilterError(`Unexpected '${value.value}'.`);
    return (event) => compare(propertyOf(event, name), op, value.value, isDate);
  }

  function primary(): Predicate {
    if (peek()?.type === "punct" && peek()?.value === "(") {
      take();
      const inner = disjunction();
      take("punct", ")");
      return inner;
    }
    return comparison();
  }

  function conjunction(): Predicate {
    const parts = [primary()];
    while (peek()?.type === "name" && peek()?.value === "and") {
      take();
      parts.push(primary());
    }
    return (event) => parts.every((part) => part(event));
  }

  function disjunction(): Predicate {
    const parts = [conjunction()];
    while (peek()?.type === "name" && peek()?.value === "or") {
      take();
      parts.push(conjunction());
    }
    return (event) => parts.some((part) => part(event));
  }

  const predicate = disjunction();
  if (at !== tokens.length) throw new FilterError(`Invalid filter clause: unexpected '${peek()!.value}'.`);
  return predicate;
}

/** `$orderby`: only activityDateTime, ascending or descending (what the log is sorted by). */
export function sortEvents(events: FakeAuditEvent[], orderby: string | null): FakeAuditEvent[] {
  if (orderby === null) return events;
  const match = /^\s*activityDateTime(?:\s+(asc|desc))?\s*$/.exec(orderby);
  if (!match) throw new FilterError(`Unsupported $orderby '${orderby}'.`);
  const direction = match[1] === "desc" ? -1 : 1;
  return [...events].sort((a, b) => direction * (Date.parse(a.activityDateTime) - Date.parse(b.activityDateTime)));
}
