import { AuthFailure, type AuthFailureKind } from "../auth/AuthFailure";
import { GraphError } from "../graph/GraphError";
import { formatDateTime, formatDateTimeUtc, t, type MessageKey } from "../i18n";
import { isFramed } from "../embedding/framing";

/** What the admin was doing: a read can simply be repeated, a createToken or revokeToken may already have run. */
export type ErrorContext = "read" | "create" | "revoke";
export type ErrorAction = "retry" | "signInAgain" | "continueSignIn" | "openNewWindow";

export interface ErrorDescription {
  kind: string;
  title: string;
  /** Graph's own readable message, when it has one worth showing. */
  message: string | null;
  hint: string;
  actions: ErrorAction[];
  /** Lines for a support ticket: status, request ids, time. */
  details: string[];
  /** Where an administrator of the tenant grants the app consent, for a tenant that has not. */
  consentUrl?: string;
  /** The tenant whose failure it is, by name, when the console works in several ("Sign in to Fabrikam"). */
  tenant?: string;
}

const AUTH_KINDS: Record<AuthFailureKind, { key: string; actions: ErrorAction[] }> = {
  "popup-blocked": { key: "popupBlocked", actions: ["continueSignIn"] },
  cancelled: { key: "cancelled", actions: ["signInAgain"] },
  "consent-required": { key: "consentRequired", actions: [] },
  "interaction-required": { key: "interactionRequired", actions: ["signInAgain"] },
  "timed-out": { key: "authTimedOut", actions: ["signInAgain"] },
  "in-progress": { key: "inProgress", actions: ["signInAgain"] },
  "other-account": { key: "otherAccount", actions: ["signInAgain"] },
  "tenant-mismatch": { key: "tenantMismatch", actions: ["signInAgain"] },
  "no-access": { key: "noAccess", actions: [] },
  "app-unknown": { key: "appUnknown", actions: [] },
  "step-up": { key: "stepUp", actions: ["signInAgain"] },
  "tenant-not-found": { key: "tenantNotFound", actions: [] },
  unknown: { key: "unknown", actions: ["signInAgain"] },
};

const title = (key: string, vars?: Record<string, string | number>) => t(`errors.${key}.title` as MessageKey, vars);
const hint = (key: string, vars?: Record<string, string | number>) => t(`errors.${key}.hint` as MessageKey, vars);

function graphDetails(error: GraphError): string[] {
  const lines = [t("error.status", { status: error.status || "–", code: error.code })];
  if (error.requestId) lines.push(t("error.requestId", { id: error.requestId }));
  lines.push(t("error.clientRequestId", { id: error.clientRequestId }));
  lines.push(timeLine(parseErrorDate(error.date) ?? new Date()));
  return lines;
}

/**
 * When Graph says the error happened: its innerError date is UTC without a zone ("2026-11-28T10:00:00"), which
 * Date would read as local time; the Date header is an HTTP date (GMT).
 */
function parseErrorDate(value: string | null): Date | null {
  if (!value) return null;
  const date = new Date(/^\d{4}-\d\d-\d\dT[\d:.]+$/.test(value) ? `${value}Z` : value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The time of an error, to the second, in the admin's zone and in UTC (what support tickets quote). */
const timeLine = (date: Date) =>
  t("error.date", { local: formatDateTime(date, { seconds: true }), utc: formatDateTimeUtc(date, { seconds: true }) });

interface GraphRow {
  key: string;
  vars?: Record<string, string | number>;
  /** Show Graph's own readable message. */
  showMessage?: boolean;
  actions: ErrorAction[];
  /** The request may have reached Intune: a write is never repeated blindly, and the hint says so. */
  mayHaveRun?: boolean;
}

function graphRow(error: GraphError): GraphRow {
  if (error.status === 400) return { key: "badRequest", showMessage: true, actions: [] };
  if (error.status === 401) return { key: "unauthorized", actions: ["signInAgain"] };
  if (error.status === 403) return { key: "forbidden", showMessage: true, actions: [] };
  if (error.status === 404) return { key: "notFound", actions: [] };
  if (error.status === 429)
    return { key: "throttled", vars: { seconds: error.retryAfterSeconds ?? 30 }, actions: ["retry"] };
  if (error.code === "offline") return { key: "offline", actions: ["retry"] };
  if (error.code === "timeout") return { key: "timeout", actions: ["retry"], mayHaveRun: true };
  if (error.status === 0) return { key: "network", actions: ["retry"], mayHaveRun: true };
  if (error.status >= 500) {
    return { key: "server", vars: { status: error.status }, showMessage: true, actions: ["retry"], mayHaveRun: true };
  }
  return { key: "unknown", showMessage: true, actions: ["retry"] };
}

/** What a write that may have run says: check the re-read profile before trying again. */
const MAY_HAVE_RUN: Record<Exclude<ErrorContext, "read">, string> = {
  create: "mayHaveRun",
  revoke: "mayHaveRunRevoke",
};

function describeGraphError(error: GraphError, context: ErrorContext): ErrorDescription {
  const row = graphRow(error);
  return {
    kind: row.key,
    title: title(row.key, row.vars),
    message: row.showMessage ? (error.graphMessage ?? t("error.unknown")) : null,
    hint: row.mayHaveRun && context !== "read" ? hint(MAY_HAVE_RUN[context]) : hint(row.key, row.vars),
    actions: row.actions,
    details: graphDetails(error),
  };
}

/**
 * The one table from any failure to what the admin reads and can do about it. `tenantName` names a tenant by its id
 * (a tenant's own failure names it, in a console that works in several).
 */
export function describeError(
  error: unknown,
  context: ErrorContext,
  tenantName: (tenantId: string) => string = (tenantId) => tenantId,
): ErrorDescription {
  if (error instanceof GraphError) {
    const description = describeGraphError(error, context);
    // A read can always be tried again (a role may just have been assigned); a write only where the table says.
    const retryable = context === "read" && !description.actions.includes("retry");
    return retryable ? { ...description, actions: ["retry", ...description.actions] } : description;
  }
  if (error instanceof AuthFailure) {
    const { key, actions: kindActions } = AUTH_KINDS[error.kind];
    // In a portal, a sign-in window can fail for reasons the admin cannot fix here (a portal's COOP header,
    // a blocked popup, a relay that timed out): the console in a window of its own always works.
    const actions: ErrorAction[] =
      isFramed() && error.kind !== "consent-required" ? [...kindActions, "openNewWindow"] : kindActions;
    const details = [t("errors.code", { code: error.code }), timeLine(new Date())];
    const consent = error.consentUrl === null ? {} : { consentUrl: error.consentUrl };
    const description = { kind: key, title: title(key), message: null, hint: hint(key), actions, details, ...consent };
    if (error.tenant === null) return description;
    const name = tenantName(error.tenant);
    details.unshift(
      name === error.tenant
        ? t("errors.tenant", { tenant: error.tenant })
        : t("errors.tenantNamed", { name, id: error.tenant }),
    );
    return { ...description, title: t("errors.tenantTitle", { tenant: name, title: description.title }), tenant: name };
  }
  if (error instanceof RangeError) {
    return {
      kind: "invalid",
      title: title("invalid"),
      message: null,
      hint: hint("invalid", { detail: error.message }),
      actions: [],
      details: [],
    };
  }
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return {
    kind: "unknown",
    title: title("unknown"),
    message: null,
    hint: hint("unknown"),
    actions: ["retry"],
    details: [detail],
  };
}
