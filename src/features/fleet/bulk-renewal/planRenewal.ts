import { profileKey, type ListedProfile } from "../../../domain/profile";
import { PROFILE_KINDS, isStagingToken, tokenRuleOf, type ProfileKindId } from "../../../domain/profileKinds";
import { secondsToSend } from "../../../domain/validity";
import type { RunItem } from "./runState";

/** Where the one chosen validity does not apply as it is: a kind's shorter limit, or a token that does not expire. */
export interface Adjustment {
  kind: ProfileKindId;
  staging: boolean;
  count: number;
  reason: "limited" | "noExpiry";
  /** What those profiles are sent instead. */
  seconds: number;
}

/** Adjustments of the same kind, reason and validity are one. */
export const adjustmentKey = (adjustment: Omit<Adjustment, "count">) =>
  `${adjustment.kind}/${adjustment.staging}/${adjustment.reason}/${adjustment.seconds}`;

export interface RenewalPlan {
  items: RunItem[];
  adjustments: Adjustment[];
  devices: number;
}

/** The createToken each selected profile gets for one chosen validity, fitted to its kind's limit. */
export function planRenewal(profiles: readonly ListedProfile[], chosenSeconds: number): RenewalPlan {
  const adjustments = new Map<string, Adjustment>();
  let devices = 0;
  const items = profiles.map((profile): RunItem => {
    const rule = tokenRuleOf(PROFILE_KINDS[profile.kind], profile);
    const seconds = secondsToSend(rule, chosenSeconds);
    devices += profile.enrolledDeviceCount ?? 0;
    if (seconds !== chosenSeconds) {
      const staging = isStagingToken(profile);
      const reason = rule.expires ? "limited" : "noExpiry";
      const key = adjustmentKey({ kind: profile.kind, staging, reason, seconds });
      const entry = adjustments.get(key) ?? { kind: profile.kind, staging, count: 0, reason, seconds };
      entry.count += 1;
      adjustments.set(key, entry);
    }
    return {
      key: profileKey(profile),
      kind: profile.kind,
      id: profile.id,
      name: profile.displayName ?? null,
      devices: profile.enrolledDeviceCount ?? 0,
      tokenType: profile.enrollmentTokenType ?? null,
      seconds,
      planned: {
        tokenCreationDateTime: profile.tokenCreationDateTime ?? null,
        tokenExpirationDateTime: profile.tokenExpirationDateTime ?? null,
      },
      status: "pending",
      throttled: 0,
      failure: null,
    };
  });
  return { items, adjustments: [...adjustments.values()], devices };
}
