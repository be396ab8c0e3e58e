import { formatDate, formatDateTime, formatDateTimeUtc, t, type MessageKey } from "../../i18n";
import { deviceCount } from "../../domain/words/deviceCount";
import { kindText } from "../../domain/words/kindText";
import { profileName } from "../../domain/words/profileName";
import { GROUP_LABEL } from "../../domain/words/groupLabel";
import { groupOfState } from "../../domain/expiryGroups";
import { profileKey, type ListedProfile } from "../../domain/profile";
import { PROFILE_KINDS } from "../../domain/profileKinds";
import { stateOf } from "../../domain/tokenState";
import { profileHref, tenantProfileHref } from "../../domain/profileLink";
import type { Tenant } from "../../tenants/tenant";
import type { CalendarReminder } from "./expiryCalendar";
import { profilesCsv, type CsvRow } from "./profilesCsv";
import { fromSeveralTenants, type TenantProfiles } from "./tenantProfiles";

/** The day in an export's file name: 2026-12-07. */
export const fileDate = (date: Date) => date.toISOString().slice(0, 10);

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

/**
 * The CSV of profiles of the tenants in `selection`: with a Tenant column first (each row its tenant's name) when
 * they come from several tenants, else as one tenant's.
 */
export function tenantsCsv(selection: readonly TenantProfiles[], now: Date): string {
  if (!fromSeveralTenants(selection)) {
    return profilesCsv(
      csvHeaders(),
      csvRows(
        selection.flatMap((entry) => entry.profiles),
        now,
      ),
    );
  }
  const rows = selection.flatMap(({ tenant, profiles }) =>
    csvRows(profiles, now).map((row) => ({ tenant: tenant.name, ...row })),
  );
  return profilesCsv([t("csv.tenant"), ...csvHeaders()], rows);
}

/** The console's absolute link to a profile (in `tenant`, when given), for a calendar entry. */
const absoluteLink = (profile: ListedProfile, tenant: Tenant | null) => {
  const ref = { kind: profile.kind, id: profile.id };
  return new URL(tenant ? tenantProfileHref(ref, tenant.id) : profileHref(ref), window.location.href).href;
};

const DAY_MS = 86_400_000;

/** Whose profiles the reminders are, when not the page's tenant's, and whether each event names it. */
interface ReminderTenant {
  tenant: Tenant;
  named: boolean;
}

/**
 * A reminder `daysBefore` days before each token that expires (none for tokens that expired already, that do not
 * expire, or profiles with no token); never earlier than today. Of another tenant's profiles, the link opens them in
 * that tenant, and with `named` each event says which tenant.
 */
export function expiryReminders(
  profiles: readonly ListedProfile[],
  daysBefore: number,
  now: Date,
  inTenant: ReminderTenant | null = null,
): CalendarReminder[] {
  return profiles.flatMap((profile) => {
    const state = stateOf(profile, now);
    if (state.kind !== "valid" && state.kind !== "expiringSoon") return [];
    const at = new Date(Math.max(now.getTime(), state.expiresAt.getTime() - daysBefore * DAY_MS));
    const name = profileName(profile);
    const url = absoluteLink(profile, inTenant?.tenant ?? null);
    const words = {
      name,
      date: formatDate(state.expiresAt),
      kind: t(PROFILE_KINDS[profile.kind].label),
      local: formatDateTime(state.expiresAt),
      utc: formatDateTimeUtc(state.expiresAt),
      url,
    };
    const tenant = inTenant?.named ? inTenant.tenant.name : null;
    return [
      {
        uid: `${profileKey(profile)}/${state.expiresAt.toISOString()}@enrollment-token-console`,
        date: { year: at.getFullYear(), month: at.getMonth() + 1, day: at.getDate() },
        summary:
          tenant === null
            ? t("reminders.event.summary", words)
            : t("reminders.event.summaryInTenant", { ...words, tenant }),
        description:
          tenant === null
            ? t("reminders.event.description", words)
            : t("reminders.event.descriptionInTenant", { ...words, tenant }),
        url,
      },
    ];
  });
}

/** The reminders of profiles of the tenants in `selection`: each event names its tenant when there are several. */
export function tenantsReminders(selection: readonly TenantProfiles[], daysBefore: number, now: Date) {
  const named = fromSeveralTenants(selection);
  return selection.flatMap(({ tenant, profiles }) => expiryReminders(profiles, daysBefore, now, { tenant, named }));
}
