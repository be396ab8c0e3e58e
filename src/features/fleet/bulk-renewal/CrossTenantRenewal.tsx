import { useId } from "react";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { t } from "../../../i18n";
import { TokenActionButton } from "../../../ui/TokenActionButton";
import type { TenantProfiles } from "../tenantProfiles";
import { CrossTenantRenewDialog } from "./CrossTenantRenewDialog";
import { CrossTenantRunPanel } from "./CrossTenantRunPanel";
import type { CrossTenantRenewal as Renewal } from "./useCrossTenantRenewal";

/** "Renew expiring tokens…" for the profiles chosen in several tenants; off (and saying why) while a run sends. */
export function RenewAcrossTenantsButton({ renewal, profiles }: { renewal: Renewal; profiles: number }) {
  const reasonId = useId();
  const { request, blockedReason, active } = renewal;
  const reason = active ? t("selection.busy") : blockedReason;
  return (
    <Stack spacing={0.5} sx={{ alignItems: "flex-start" }}>
      <TokenActionButton
        variant="contained"
        onClick={request}
        inactive={reason !== null || profiles === 0}
        aria-describedby={reason !== null ? reasonId : undefined}
      >
        {t("bulkAcross.open")}
      </TokenActionButton>
      {reason !== null && (
        <Typography id={reasonId} variant="body2" color="text.secondary">
          {reason}
        </Typography>
      )}
    </Stack>
  );
}

/** The renewal across tenants: its run (while there is one), and the dialog that starts one when it is asked for. */
export function CrossTenantRenewal({
  renewal,
  selection,
  now,
}: {
  renewal: Renewal;
  /** The expiring and expired profiles of the tenants the admin ticked. */
  selection: readonly TenantProfiles[];
  now: Date;
}) {
  const { dialog } = renewal;
  return (
    <>
      {renewal.tenants.length > 0 && <CrossTenantRunPanel renewal={renewal} />}
      {dialog.open && (
        <CrossTenantRenewDialog
          open
          selection={selection}
          now={now}
          writesPer20s={renewal.writesPer20s}
          onCancel={dialog.onCancel}
          onConfirm={dialog.onConfirm}
        />
      )}
    </>
  );
}
