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
  | { kind: "doesNotExpire" };

export type TokenStateKind = TokenState["kind"];

export interface TokenDates {
  tokenExpirationDateTime?: string | null;
  tokenCreationDateTime?: string | null;
}

/**
 * A Graph date that is really a date: tokenExpirationDateTime is never null in Graph, and a profile without a
 * token carries the year-0001 sentinel (0001-01-01T00:00:00Z), which must not be shown as a date.
 */
export function realDate(value: string | null | undefined): Date | null {
  const date = parseGraphDate(value);
  return date === null || date.getUTCFullYear() <= 1 ? null : date;
}

/**
 * The state of a profile's current token. For a token that does not expire (fully managed and work profile
 * default tokens) an expiry in the past means it was revoked; with no expiry, its creation date tells that
 * there is one.
 */
export function tokenState(dates: TokenDates, rule: TokenRule, now: Date): TokenState {
  const expiresAt = realDate(dates.tokenExpirationDateTime);
  if (!rule.expires) {
    if (expiresAt !== null && expiresAt.getTime() <= now.getTime()) return { kind: "expired", expiresAt };
    return expiresAt !== null || realDate(dates.tokenCreationDateTime) !== null
      ? { kind: "doesNotExpire" }
      : { kind: "none" };
  }
  if (expiresAt === null) return { kind: "none" };
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
