import { formatDate, formatDateTime, formatDateTimeUtc, t, type MessageKey } from "../../i18n";
import { deviceCount } from "../../domain/words/deviceCount";
import { kindText } from "../../domain/words/kindText";
import { profileName } from "../../domain/words/profileName";
import { GROUP_LABEL } from "../../domain/words/groupLabel";
import { groupOfState } from "../../domain/expiryGroups";
import { profileKey, type ListedProfile } from "../../domain/profile";
import { PROFILE_KINDS } from "../../domain/profileKinds";
import { stateOf } from "../../domain/tokenState";
import { profileHref } from "../../domain/profileLink";
import type { CalendarReminder } from "./expiryCalendar";
import type { CsvRow } from "./profilesCsv";

export const csvHeaders = () =>
  ["csv.name", "csv.kind", "csv.state", "csv.expiresUtc", "csv.expiresLocal", "csv.devices", "csv.id"].map((key) =>
    t(key as MessageKey),
  );

/** The CSV rows of `profiles`: what the list shows, in words; never a token. */
export function csvRows(profiles: readonly ListedProfile[], now: Date): CsvRow[] {
  return profiles.map((profile) => {
    const state = stateOf(profile, now);
    const expiresAt = "expiresAt" in state ? state.expiresAt : null;
    return {
      name: profileName(profile),
      kind: kindText(profile.kind, profile),
      state: t(GROUP_LABEL[groupOfState(state, now)]),
      expiresUtc: expiresAt?.toISOString() ?? "",
      expiresLocal: expiresAt ? formatDateTime(expiresAt) : "",
      devices: deviceCount(profile),
      id: profile.id,
    };
  });
}

/** The console's absolute link to a profile, for a calendar entry. */
const absoluteLink = (profile: ListedProfile) =>
  new URL(profileHref({ kind: profile.kind, id: profile.id }), window.location.href).href;

const DAY_MS = 86_400_000;

/**
 * A reminder `daysBefore` days before each token that expires (none for tokens that expired already, that do not
 * expire, or profiles with no token); never earlier than today.
 */
export function expiryReminders(profiles: readonly ListedProfile[], daysBefore: number, now: Date): CalendarReminder[] {
  return profiles.flatMap((profile) => {
    const state = stateOf(profile, now);
    if (state.kind !== "valid" && state.kind !== "expiringSoon") return [];
    const at = new Date(Math.max(now.getTime(), state.expiresAt.getTime() - daysBefore * DAY_MS));
    const name = profileName(profile);
    const url = absoluteLink(profile);
    return [
      {
        uid: `${profileKey(profile)}/${state.expiresAt.toISOString()}@enrollment-token-console`,
        date: { year: at.getFullYear(), month: at.getMonth() + 1, day: at.getDate() },
        summary: t("reminders.event.summary", { name, date: formatDate(state.expiresAt) }),
        description: t("reminders.event.description", {
          name,
          kind: t(PROFILE_KINDS[profile.kind].label),
          local: formatDateTime(state.expiresAt),
          utc: formatDateTimeUtc(state.expiresAt),
          url,
        }),
        url,
      },
    ];
  });
}
