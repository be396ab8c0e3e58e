import { COLLECTIONS, PROFILE_KINDS } from "../../../domain/profileKinds";
import { realDate, type TokenDates } from "../../../domain/tokenState";
import type { RunItem } from "./runState";

/**
 * How far this browser's clock may be behind Graph's: a token created this long before the run started counts as
 * created after it. Skipping a token that fresh costs nothing; sending a second one would.
 */
export const CLOCK_MARGIN_MS = 5 * 60_000;

/**
 * Whether the profile, read again now, has a token newer than the one it had when the run was planned: created by
 * another tab, another admin, or by this run's own request that was cut off. Then a resumed run does not send it.
 * Where the collection says when a token was created (androidDeviceOwnerEnrollmentProfiles: tokenCreationDateTime),
 * that decides: newer than the planned one, or, if the list did not say, than the run's start. Otherwise
 * (androidForWorkEnrollmentProfiles has no such field) any token whose expiry differs from the planned one is new:
 * a new token always gets a new expiry (it is computed from the moment of creation).
 */
export function renewedMeanwhile(item: RunItem, now: TokenDates, startedAt: number): boolean {
  const fields = COLLECTIONS[PROFILE_KINDS[item.kind].collection].detailFields;
  const created = fields.includes("tokenCreationDateTime") ? realDate(now.tokenCreationDateTime) : null;
  if (created !== null) {
    const plannedCreated = realDate(item.planned.tokenCreationDateTime);
    return created.getTime() > (plannedCreated?.getTime() ?? startedAt - CLOCK_MARGIN_MS);
  }
  const expires = realDate(now.tokenExpirationDateTime);
  if (expires === null) return false;
  const plannedExpires = realDate(item.planned.tokenExpirationDateTime);
  return plannedExpires === null || expires.getTime() !== plannedExpires.getTime();
}
