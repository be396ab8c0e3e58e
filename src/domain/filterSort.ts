import type { ListedProfile } from "./profile";
import { groupOf, type ExpiryGroup } from "./expiryGroups";
import type { ProfileKindId } from "./profileKinds";
import { stateOf } from "./tokenState";

export type ProfileSort = "name" | "expiry";

export interface ProfileFilter {
  /** Matched against name and description, ignoring case. */
  text: string;
  kind: ProfileKindId | "all";
  /** The token's expiry group (the fleet overview's columns). */
  group: ExpiryGroup | "all";
}

export const NO_FILTER: ProfileFilter = { text: "", kind: "all", group: "all" };

const collator = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });

/** Name and description in lower case, made once per profile read: the filter runs on every keystroke. */
const searchTexts = new WeakMap<ListedProfile, string>();

function matchesText(profile: ListedProfile, needle: string): boolean {
  let text = searchTexts.get(profile);
  if (text === undefined) {
    // A separator no typed text contains: a match never spans the name and the description.
    text = `${profile.displayName ?? ""}\u0000${profile.description ?? ""}`.toLocaleLowerCase();
    searchTexts.set(profile, text);
  }
  return text.includes(needle);
}

export function filterProfiles(
  profiles: readonly ListedProfile[],
  { text, kind, group }: ProfileFilter,
  now: Date,
): ListedProfile[] {
  const needle = text.trim().toLocaleLowerCase();
  return profiles.filter(
    (profile) =>
      (kind === "all" || profile.kind === kind) &&
      (group === "all" || groupOf(profile, now) === group) &&
      (needle === "" || matchesText(profile, needle)),
  );
}

/**
 * Expiry order: expired first (oldest first), then tokens that expire, soonest first, then tokens that do not
 * expire, then profiles with no token or an expiry Graph did not send.
 */
function expiryKey(profile: ListedProfile, now: Date): number {
  const state = stateOf(profile, now);
  if (state.kind === "none" || state.kind === "unknown") return Number.POSITIVE_INFINITY;
  if (state.kind === "doesNotExpire") return Number.MAX_VALUE;
  return state.expiresAt.getTime();
}

export function sortProfiles(profiles: readonly ListedProfile[], sort: ProfileSort, now: Date): ListedProfile[] {
  const byName = (a: ListedProfile, b: ListedProfile) => collator.compare(a.displayName ?? "", b.displayName ?? "");
  if (sort === "name") return [...profiles].sort(byName);
  const keys = new Map(profiles.map((profile) => [profile, expiryKey(profile, now)]));
  return [...profiles].sort((a, b) => keys.get(a)! - keys.get(b)! || byName(a, b));
}
