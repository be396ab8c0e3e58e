import { parseGraphDate } from "./graphDate";

export type TokenState = { kind: "none" } | { kind: "valid"; expiresAt: Date } | { kind: "expired"; expiresAt: Date };

/**
 * tokenExpirationDateTime is never null in Graph: a profile without a token carries the
 * year-0001 sentinel (0001-01-01T00:00:00Z), which must not be shown as a date.
 */
export function tokenState(expiration: string | null | undefined, now: Date): TokenState {
  const expiresAt = parseGraphDate(expiration);
  if (expiresAt === null || expiresAt.getUTCFullYear() <= 1) return { kind: "none" };
  return expiresAt.getTime() > now.getTime() ? { kind: "valid", expiresAt } : { kind: "expired", expiresAt };
}
