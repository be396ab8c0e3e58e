/** Why getting a token or signing in failed, in the terms the UI explains to an admin. */
export type AuthFailureKind =
  | "popup-blocked"
  | "cancelled"
  | "consent-required"
  | "interaction-required"
  | "timed-out"
  | "in-progress"
  /** A sign-in window came back signed in as another account than the one that asked: its token is not used. */
  | "other-account"
  /** A token for another tenant than the one asked for: refused, and nothing was sent with it. */
  | "tenant-mismatch"
  /** AADSTS50020: the account has no access to the tenant (not a member, guest or GDAP principal there). */
  | "no-access"
  /** AADSTS700016: the app is not known in the tenant (not consented there, or a single-tenant registration). */
  | "app-unknown"
  /** AADSTS50076 / 50079: the tenant's MFA or Conditional Access asks the admin to sign in to it again. */
  | "step-up"
  /** AADSTS90002: no such tenant. */
  | "tenant-not-found"
  | "unknown";

/** An authentication failure, detached from MSAL so the UI never imports it. `code` is MSAL's errorCode. */
export class AuthFailure extends Error {
  readonly kind: AuthFailureKind;
  readonly code: string;
  /** The tenant a token was asked for, when the console works in several: its failure stays its own. */
  readonly tenant: string | null;
  /** Where an administrator of that tenant grants the app consent (consent-required, app-unknown). */
  readonly consentUrl: string | null;

  constructor(kind: AuthFailureKind, code: string, tenant: { id: string; consentUrl: string | null } | null = null) {
    super(`${kind}: ${code}`);
    this.name = "AuthFailure";
    this.kind = kind;
    this.code = code;
    this.tenant = tenant?.id ?? null;
    this.consentUrl = tenant?.consentUrl ?? null;
  }
}

export interface MsalLikeError {
  errorCode?: unknown;
  errorNo?: unknown;
  errorMessage?: unknown;
  subError?: unknown;
  name?: unknown;
}

const TIMEOUTS = new Set([
  "timed_out",
  "redirect_bridge_timeout",
  "popup_relay_timeout",
  "popup_relay_handshake_timeout",
]);
const INTERACTION = new Set([
  "interaction_required",
  "login_required",
  "bad_token",
  "ui_not_allowed",
  "interrupted_user",
  "no_tokens_found",
  "native_account_unavailable",
  "refresh_token_expired",
  "no_account",
]);

/** Classifies an MSAL error by its errorCode (in a production build MSAL v5's error messages are only links to its docs). */
export function toAuthFailure(error: unknown): AuthFailure {
  if (error instanceof AuthFailure) return error;
  const { errorCode, errorMessage, subError } = (error ?? {}) as MsalLikeError;
  const code = typeof errorCode === "string" && errorCode !== "" ? errorCode : "unknown_error";
  const detail = `${String(errorMessage ?? "")} ${String(subError ?? "")}`;
  if (code === "popup_window_error" || code === "empty_window_error") return new AuthFailure("popup-blocked", code);
  if (code === "user_cancelled") return new AuthFailure("cancelled", code);
  // AADSTS65001: the user or administrator has not consented to use the application.
  if (code === "consent_required" || /AADSTS65001|AADSTS90094/.test(detail))
    return new AuthFailure("consent-required", code);
  if (TIMEOUTS.has(code)) return new AuthFailure("timed-out", code);
  if (code === "interaction_in_progress") return new AuthFailure("in-progress", code);
  if (INTERACTION.has(code) || (error as MsalLikeError | null)?.name === "InteractionRequiredAuthError") {
    return new AuthFailure("interaction-required", code);
  }
  return new AuthFailure("unknown", code);
}
