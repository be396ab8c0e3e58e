import { AuthFailure, type AuthFailureKind } from "../auth/AuthFailure";
import { GraphError } from "../graph/GraphError";
import { t, type MessageKey } from "../i18n";
import { isFramed } from "../embedding/framing";

/** What the admin was doing: a read can simply be repeated, a createToken may already have run. */
export type ErrorContext = "read" | "create";
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
}

const AUTH_KINDS: Record<AuthFailureKind, { key: string; actions: ErrorAction[] }> = {
  "popup-blocked": { key: "popupBlocked", actions: ["continueSignIn"] },
  cancelled: { key: "cancelled", actions: ["signInAgain"] },
  "consent-required": { key: "consentRequired", actions: [] },
  "interaction-required": { key: "interactionRequired", actions: ["signInAgain"] },
  "timed-out": { key: "authTimedOut", actions: ["signInAgain"] },
  "in-progress": { key: "inProgress", actions: ["signInAgain"] },
  unknown: { key: "unknown", actions: ["signInAgain"] },
};

const title = (key: string, vars?: Record<string, string | number>) => t(`errors.${key}.title` as MessageKey, vars);
const hint = (key: string, vars?: Record<string, string | number>) => t(`errors.${key}.hint` as MessageKey, vars);

function graphDetails(error: GraphError): string[] {
  const lines = [t("error.status", { status: error.status || "–", code: error.code })];
  if (error.requestId) lines.push(t("error.requestId", { id: error.requestId }));
  lines.push(t("error.clientRequestId", { id: error.clientRequestId }));
  const date = error.date ? new Date(error.date) : null;
  lines.push(t("error.date", { date: (date && !Number.isNaN(date.getTime()) ? date : new Date()).toISOString() }));
  return lines;
}

function describeGraphError(error: GraphError, context: ErrorContext): ErrorDescription {
  const details = graphDetails(error);
  const base = { message: null, details };
  // After a failure that may have reached Intune, a createToken is never repeated blindly.
  const mayHaveRun = context === "create" ? hint("mayHaveRun") : null;
  if (error.status === 400)
    return {
      ...base,
      kind: "badRequest",
      title: title("badRequest"),
      message: error.message,
      hint: hint("badRequest"),
      actions: [],
    };
  if (error.status === 401)
    return {
      ...base,
      kind: "unauthorized",
      title: title("unauthorized"),
      hint: hint("unauthorized"),
      actions: ["signInAgain"],
    };
  if (error.status === 403)
    return {
      ...base,
      kind: "forbidden",
      title: title("forbidden"),
      message: error.message,
      hint: hint("forbidden"),
      actions: [],
    };
  if (error.status === 404)
    return { ...base, kind: "notFound", title: title("notFound"), hint: hint("notFound"), actions: [] };
  if (error.status === 429) {
    const seconds = error.retryAfterSeconds ?? 30;
    return {
      ...base,
      kind: "throttled",
      title: title("throttled"),
      hint: hint("throttled", { seconds }),
      actions: ["retry"],
    };
  }
  if (error.code === "offline")
    return { ...base, kind: "offline", title: title("offline"), hint: hint("offline"), actions: ["retry"] };
  if (error.code === "timeout")
    return {
      ...base,
      kind: "timeout",
      title: title("timeout"),
      hint: mayHaveRun ?? hint("timeout"),
      actions: ["retry"],
    };
  if (error.status === 0)
    return {
      ...base,
      kind: "network",
      title: title("network"),
      hint: mayHaveRun ?? hint("network"),
      actions: ["retry"],
    };
  if (error.status >= 500) {
    return {
      ...base,
      kind: "server",
      title: title("server", { status: error.status }),
      message: error.message,
      hint: mayHaveRun ?? hint("server"),
      actions: ["retry"],
    };
  }
  return {
    ...base,
    kind: "unknown",
    title: title("unknown"),
    message: error.message,
    hint: hint("unknown"),
    actions: ["retry"],
  };
}

/** The one table from any failure to what the admin reads and can do about it. */
export function describeError(error: unknown, context: ErrorContext): ErrorDescription {
  if (error instanceof GraphError) {
    const description = describeGraphError(error, context);
    // A read can always be tried again (a role may just have been assigned); a create only where the table says.
    const retryable = context === "read" && !description.actions.includes("retry");
    return retryable ? { ...description, actions: ["retry", ...description.actions] } : description;
  }
  if (error instanceof AuthFailure) {
    const { key, actions: kindActions } = AUTH_KINDS[error.kind];
    // In a portal, a sign-in window can fail for reasons the admin cannot fix here (a portal's COOP header,
    // a blocked popup, a relay that timed out): the console in a window of its own always works.
    const actions: ErrorAction[] =
      isFramed() && error.kind !== "consent-required" ? [...kindActions, "openNewWindow"] : kindActions;
    const details = [t("errors.code", { code: error.code }), t("error.date", { date: new Date().toISOString() })];
    return { kind: key, title: title(key), message: null, hint: hint(key), actions, details };
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
