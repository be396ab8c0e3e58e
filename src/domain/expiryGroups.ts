import type { ListedProfile } from "./profile";
import type { ProfileKindId } from "./profileKinds";
import { stateOf, type TokenState } from "./tokenState";

/**
 * What the fleet overview counts: each profile falls in exactly one group, so the groups add up to the total.
 * "within7" and "within30" are tokens that expire in the next 7 days, and in 8 to 30 days; "unknown", profiles
 * whose expiry Graph did not send.
 */
export type ExpiryGroup = "expired" | "within7" | "within30" | "valid" | "doesNotExpire" | "none" | "unknown";

export const GROUP_ORDER: readonly ExpiryGroup[] = [
  "expired",
  "within7",
  "within30",
  "valid",
  "doesNotExpire",
  "none",
  "unknown",
];

export const isExpiryGroup = (value: unknown): value is ExpiryGroup =>
  typeof value === "string" && (GROUP_ORDER as readonly string[]).includes(value);

const MONTH_MS = 30 * 86_400_000;

export function groupOfState(state: TokenState, now: Date): ExpiryGroup {
  switch (state.kind) {
    case "expiringSoon":
      return "within7";
    case "valid":
      return state.expiresAt.getTime() - now.getTime() <= MONTH_MS ? "within30" : "valid";
    default:
      return state.kind;
  }
}

export const groupOf = (profile: ListedProfile, now: Date) => groupOfState(stateOf(profile, now), now);

export type GroupCounts = Record<ExpiryGroup, number>;
/** The groups worth a column or an option: "unknown" only where Graph left an expiry out. */
export const groupsShown = (total: GroupCounts): ExpiryGroup[] =>
  GROUP_ORDER.filter((group) => group !== "unknown" || total.unknown > 0);

const emptyCounts = (): GroupCounts => ({
  expired: 0,
  within7: 0,
  within30: 0,
  valid: 0,
  doesNotExpire: 0,
  none: 0,
  unknown: 0,
});

/** Counts per kind and group, and per group over all kinds. */
export function countByKindAndGroup(profiles: readonly ListedProfile[], now: Date) {
  const byKind = new Map<ProfileKindId, GroupCounts>();
  const total = emptyCounts();
  for (const profile of profiles) {
    const group = groupOf(profile, now);
    const counts = byKind.get(profile.kind) ?? emptyCounts();
    counts[group] += 1;
    total[group] += 1;
    byKind.set(profile.kind, counts);
  }
  return { byKind, total };
}
