import type { EnrollmentProfile } from "./profile";
import { tokenState } from "./tokenState";

export type ProfileSort = "name" | "expiry";

const collator = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });

function matches(profile: EnrollmentProfile, needle: string): boolean {
  return [profile.displayName, profile.description].some((text) => (text ?? "").toLocaleLowerCase().includes(needle));
}

/** Expiry order: expired first (oldest first), then valid tokens soonest first, then profiles with no token. */
function expiryKey(profile: EnrollmentProfile, now: Date): number {
  const state = tokenState(profile.tokenExpirationDateTime, now);
  return state.kind === "none" ? Number.POSITIVE_INFINITY : state.expiresAt.getTime();
}

export function filterAndSortProfiles(
  profiles: readonly EnrollmentProfile[],
  filter: string,
  sort: ProfileSort,
  now: Date,
): EnrollmentProfile[] {
  const needle = filter.trim().toLocaleLowerCase();
  const shown = needle === "" ? [...profiles] : profiles.filter((profile) => matches(profile, needle));
  const byName = (a: EnrollmentProfile, b: EnrollmentProfile) =>
    collator.compare(a.displayName ?? "", b.displayName ?? "");
  return shown.sort(sort === "name" ? byName : (a, b) => expiryKey(a, now) - expiryKey(b, now) || byName(a, b));
}
