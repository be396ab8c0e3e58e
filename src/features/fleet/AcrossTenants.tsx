import { useId, useMemo, useState } from "react";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { t } from "../../i18n";
import { saveFile } from "../../ui/saveFile";
import { ToastProvider } from "../../ui/toast";
import { TokenActionButton } from "../../ui/TokenActionButton";
import { stateOf } from "../../domain/tokenState";
import type { Tenant } from "../../tenants/tenant";
import { CrossTenantRenewal } from "./bulk-renewal/CrossTenantRenewal";
import { useCrossTenantRenewal, type TenantsSource } from "./bulk-renewal/useCrossTenantRenewal";
import { expiryCalendar } from "./expiryCalendar";
import { fileDate, tenantsCsv, tenantsReminders } from "./fleetExports";
import { ReminderDialog } from "./ReminderDialog";
import type { TenantProfiles } from "./tenantProfiles";

/** What a renewal takes: tokens that expired, or expire within 7 days (the overview's attention columns). */
const isDue = (profile: TenantProfiles["profiles"][number], now: Date) => {
  const kind = stateOf(profile, now).kind;
  return kind === "expired" || kind === "expiringSoon";
};

interface Props {
  /** Every tenant the console works in (a stored run's tenants are found among them). */
  tenants: readonly Tenant[];
  source: TenantsSource;
  /** The tenants the admin ticked, with the profiles read from each. */
  selection: readonly TenantProfiles[];
  now: Date;
}

function Actions({ tenants, source, selection, now }: Props) {
  const renewal = useCrossTenantRenewal(tenants, source);
  const [reminding, setReminding] = useState(false);
  const reasonId = useId();
  // Why a renewal cannot start now: one is running, or this browser cannot keep its tabs from renewing at once.
  const reason = renewal.active ? t("selection.busy") : renewal.blockedReason;
  const due = useMemo(
    () => selection.map(({ tenant, profiles }) => ({ tenant, profiles: profiles.filter((p) => isDue(p, now)) })),
    [selection, now],
  );
  const dueCount = due.reduce((sum, entry) => sum + entry.profiles.length, 0);
  const profiles = useMemo(() => selection.flatMap((entry) => entry.profiles), [selection]);
  const exportCsv = () =>
    saveFile(
      `${t("csv.fileName")} ${fileDate(now)}.csv`,
      new Blob([tenantsCsv(selection, now)], { type: "text/csv;charset=utf-8" }),
    );
  const downloadReminders = (daysBefore: number) => {
    saveFile(
      `${t("reminders.fileName")} ${fileDate(now)}.ics`,
      new Blob([expiryCalendar(tenantsReminders(selection, daysBefore, now), now)], {
        type: "text/calendar;charset=utf-8",
      }),
    );
    setReminding(false);
  };

  return (
    <>
      <CrossTenantRenewal renewal={renewal} selection={due} now={now} />
      {selection.length > 0 && (
        <Stack spacing={1} sx={{ px: 2, pb: 2 }}>
          <Typography role="status" variant="body2" sx={{ fontWeight: 600 }}>
            {t("bulkAcross.selected", {
              tenants: t("bulkAcross.tenants", { count: selection.length }),
              due: t("bulk.profiles", { count: dueCount }),
            })}
          </Typography>
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: "wrap" }}>
            <TokenActionButton
              variant="contained"
              onClick={renewal.request}
              inactive={reason !== null || dueCount === 0}
              aria-describedby={reason !== null ? reasonId : undefined}
            >
              {t("bulkAcross.open")}
            </TokenActionButton>
            <Button variant="outlined" onClick={exportCsv}>
              {t("csv.export")}
            </Button>
            <Button variant="outlined" onClick={() => setReminding(true)}>
              {t("selection.remind")}
            </Button>
          </Stack>
          {reason !== null && (
            <Typography id={reasonId} variant="body2" color="text.secondary">
              {reason}
            </Typography>
          )}
        </Stack>
      )}
      {reminding && (
        <ReminderDialog
          open
          profiles={profiles}
          expiring={tenantsReminders(selection, 0, now).length}
          onCancel={() => setReminding(false)}
          onDownload={downloadReminders}
        />
      )}
    </>
  );
}

/**
 * What the overview of all tenants does with the tenants ticked: renew their expired and expiring tokens in one run
 * across tenants (its panel while there is one), export their profiles as CSV, or download calendar reminders.
 * In a chunk of its own, loaded with the overview (which has no toasts of its own: a write's confirmation needs them).
 */
export default function AcrossTenants(props: Props) {
  return (
    <ToastProvider>
      <Actions {...props} />
    </ToastProvider>
  );
}
