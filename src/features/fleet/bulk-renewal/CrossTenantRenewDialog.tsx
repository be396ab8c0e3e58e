import { useMemo } from "react";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { t } from "../../../i18n";
import { TokenActionButton } from "../../../ui/TokenActionButton";
import { AdjustmentsNotice, BulkValidityChooser, useBulkValidity } from "./BulkRenewDialog";
import type { TenantProfiles } from "../tenantProfiles";
import { planAcrossTenants, planTotals } from "./crossTenantRun";
import type { CrossTenantStart } from "./useCrossTenantRenewal";

interface Props {
  open: boolean;
  /** The profiles the admin chose, by tenant. */
  selection: readonly TenantProfiles[];
  now: Date;
  writesPer20s: number;
  onCancel: () => void;
  onConfirm: (start: CrossTenantStart) => void;
}

/**
 * One validity for profiles of several tenants, fitted to each kind's limit, the counts per tenant, and a
 * confirmation. Each tenant is paced on its own, so the run takes as long as its largest tenant.
 */
export function CrossTenantRenewDialog({ open, selection, now, writesPer20s, onCancel, onConfirm }: Props) {
  const [seconds, setChosen] = useBulkValidity();
  const plans = useMemo(() => planAcrossTenants(selection, seconds), [selection, seconds]);
  const totals = planTotals(plans);
  const largest = Math.max(0, ...plans.map((plan) => plan.items.length));
  const minutes = Math.max(1, Math.ceil(largest / writesPer20s / 3));
  const profiles = t("bulk.profiles", { count: totals.profiles });
  return (
    <Dialog open={open} onClose={onCancel} aria-labelledby="cross-renew-title" fullWidth maxWidth="sm">
      <DialogTitle id="cross-renew-title">
        {t("bulkAcross.dialog.title", { profiles, tenants: t("bulkAcross.tenants", { count: plans.length }) })}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Typography>
            {t("bulkAcross.dialog.summary", {
              profiles,
              devices: t("profiles.devices", { count: totals.devices }),
            })}
          </Typography>
          <Box component="ul" aria-label={t("bulkAcross.dialog.perTenant")} sx={{ m: 0, pl: 2.5 }}>
            {plans.map((plan) => (
              <li key={plan.tenant.id} dir="auto">
                {t("bulkAcross.dialog.tenant", {
                  tenant: plan.tenant.name,
                  profiles: t("bulk.profiles", { count: plan.items.length }),
                  devices: t("profiles.devices", { count: plan.devices }),
                })}
              </li>
            ))}
          </Box>
          <BulkValidityChooser seconds={seconds} now={now} onChange={setChosen} />
          <AdjustmentsNotice adjustments={totals.adjustments} />
          <Typography variant="body2" color="text.secondary">
            {t("bulk.dialog.effect")}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {t("bulkAcross.dialog.pace", { writes: writesPer20s, minutes })}
          </Typography>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{t("bulk.dialog.cancel")}</Button>
        <TokenActionButton
          variant="contained"
          inactive={totals.profiles === 0}
          onClick={() => onConfirm({ plans, chosenSeconds: seconds })}
        >
          {t("bulk.dialog.confirm", { count: totals.profiles })}
        </TokenActionButton>
      </DialogActions>
    </Dialog>
  );
}
