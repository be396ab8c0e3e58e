import { parseGraphDate } from "./graphDate";
import type { ListedProfile } from "./profile";
import { PROFILE_KINDS, tokenRuleOf, type TokenRule } from "./profileKinds";

/** A token that expires within this many days is "expiring soon". */
export const EXPIRING_SOON_DAYS = 7;
const SOON_MS = EXPIRING_SOON_DAYS * 86_400_000;

export type TokenState =
  | { kind: "none" }
  | { kind: "valid"; expiresAt: Date }
  | { kind: "expiringSoon"; expiresAt: Date }
  | { kind: "expired"; expiresAt: Date }
  | { kind: "doesNotExpire" }
  /** Graph did not send what tells (no expiry, or one that is not a date): never shown as a state it may not be. */
  | { kind: "unknown" };

export type TokenStateKind = TokenState["kind"];

export interface TokenDates {
  tokenExpirationDateTime?: string | null;
  tokenCreationDateTime?: string | null;
}

/**
 * A token date as Graph sent it: a date; "none", the year-0001 sentinel (0001-01-01T00:00:00Z) a profile without a
 * token carries (tokenExpirationDateTime is never null in Graph), which must not be shown as a date; or "missing",
 * when Graph did not send the field or sent something that is not a date.
 */
function tokenDate(value: string | null | undefined): Date | "none" | "missing" {
  const date = parseGraphDate(value);
  if (date === null) return "missing";
  return date.getUTCFullYear() <= 1 ? "none" : date;
}

/** A token date that is really a date: neither the year-0001 sentinel nor missing. */
export function realDate(value: string | null | undefined): Date | null {
  const date = tokenDate(value);
  return date instanceof Date ? date : null;
}

/**
 * The state of a profile's current token. For a token that does not expire (fully managed and work profile
 * default tokens) an expiry in the past means it was revoked; with no expiry, its creation date tells that
 * there is one. What Graph did not send is unknown, never taken for "no token" or "expired".
 */
export function tokenState(dates: TokenDates, rule: TokenRule, now: Date): TokenState {
  const expiry = tokenDate(dates.tokenExpirationDateTime);
  if (!rule.expires) {
    if (expiry instanceof Date) {
      return expiry.getTime() <= now.getTime() ? { kind: "expired", expiresAt: expiry } : { kind: "doesNotExpire" };
    }
    const created = tokenDate(dates.tokenCreationDateTime);
    if (created instanceof Date) return { kind: "doesNotExpire" };
    return expiry === "none" || created === "none" ? { kind: "none" } : { kind: "unknown" };
  }
  if (expiry === "missing") return { kind: "unknown" };
  if (expiry === "none") return { kind: "none" };
  const expiresAt = expiry;
  const left = expiresAt.getTime() - now.getTime();
  if (left <= 0) return { kind: "expired", expiresAt };
  return left <= SOON_MS ? { kind: "expiringSoon", expiresAt } : { kind: "valid", expiresAt };
}

/** A token devices can enroll with now. */
export const isUsable = (state: TokenState) =>
  state.kind === "valid" || state.kind === "expiringSoon" || state.kind === "doesNotExpire";

/** The state of a listed profile's token, by its kind's rule. */
export const stateOf = (profile: ListedProfile, now: Date) =>
  tokenState(profile, tokenRuleOf(PROFILE_KINDS[profile.kind], profile), now);
