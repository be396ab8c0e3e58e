import { useMemo } from "react";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { t } from "../../../i18n";
import { TokenActionButton } from "../../../ui/TokenActionButton";
import { useSessionState } from "../../../ui/useSessionState";
import { adjustmentKey, planRenewal, type Adjustment, type RenewalPlan } from "./planRenewal";
import type { ListedProfile } from "../../../domain/profile";
import { PROFILE_KINDS, STAGING_TOKEN } from "../../../domain/profileKinds";
import {
  DEFAULT_VALIDITY_SECONDS,
  chosenSecondsSchema,
  clampValidity,
  type ValidityBounds,
} from "../../../domain/validity";
import { formatValidity } from "../../../domain/words/formatValidity";
import { ValidityChooser } from "../../token/ValidityChooser";

/** The widest range any kind allows: each profile is then fitted to its own kind's limit. */
const ANY_KIND = STAGING_TOKEN as ValidityBounds;

interface Props {
  open: boolean;
  profiles: readonly ListedProfile[];
  now: Date;
  writesPer20s: number;
  onCancel: () => void;
  onConfirm: (plan: RenewalPlan, chosenSeconds: number) => void;
}

/** The validity chosen for a bulk renewal, kept for the session, within what any kind allows. */
export function useBulkValidity() {
  const [chosen, setChosen] = useSessionState("bulkValidity", DEFAULT_VALIDITY_SECONDS, chosenSecondsSchema);
  return [clampValidity(chosen, ANY_KIND), setChosen] as const;
}

/** The validity chooser of a bulk renewal: the widest range any kind allows. */
export function BulkValidityChooser({
  seconds,
  now,
  onChange,
}: {
  seconds: number;
  now: Date;
  onChange: (seconds: number) => void;
}) {
  return <ValidityChooser seconds={seconds} bounds={ANY_KIND} now={now} onChange={onChange} />;
}

/** Where the one validity was fitted to a kind's limit, or does not apply (a token that does not expire). */
export function AdjustmentsNotice({ adjustments }: { adjustments: readonly Adjustment[] }) {
  if (adjustments.length === 0) return null;
  return (
    <Alert severity="info">
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {t("bulk.dialog.adjusted")}
      </Typography>
      <ul style={{ margin: 0, paddingInlineStart: "1.25rem" }}>
        {adjustments.map((adjustment) => {
          const kind = t(PROFILE_KINDS[adjustment.kind].label);
          const count = t("bulk.profiles", { count: adjustment.count });
          return (
            <li key={adjustmentKey(adjustment)}>
              {adjustment.reason === "noExpiry"
                ? t("bulk.dialog.noExpiry", { kind, count })
                : t("bulk.dialog.limited", { kind, count, max: formatValidity(adjustment.seconds) })}
            </li>
          );
        })}
      </ul>
    </Alert>
  );
}

/** One validity for the whole selection, where it was fitted to a kind's limit, and a confirmation. */
export function BulkRenewDialog({ open, profiles, now, writesPer20s, onCancel, onConfirm }: Props) {
  const [seconds, setChosen] = useBulkValidity();
  const plan = useMemo(() => planRenewal(profiles, seconds), [profiles, seconds]);
  const minutes = Math.max(1, Math.ceil(profiles.length / writesPer20s / 3));
  return (
    <Dialog open={open} onClose={onCancel} aria-labelledby="bulk-renew-title" fullWidth maxWidth="sm">
      <DialogTitle id="bulk-renew-title">{t("bulk.dialog.title", { count: profiles.length })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Typography>
            {t("bulk.dialog.summary", {
              profiles: t("bulk.profiles", { count: profiles.length }),
              devices: t("profiles.devices", { count: plan.devices }),
            })}
          </Typography>
          <BulkValidityChooser seconds={seconds} now={now} onChange={setChosen} />
          <AdjustmentsNotice adjustments={plan.adjustments} />
          <Typography variant="body2" color="text.secondary">
            {t("bulk.dialog.effect")}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {t("bulk.dialog.pace", { writes: writesPer20s, minutes })}
          </Typography>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{t("bulk.dialog.cancel")}</Button>
        <TokenActionButton variant="contained" onClick={() => onConfirm(plan, seconds)}>
          {t("bulk.dialog.confirm", { count: profiles.length })}
        </TokenActionButton>
      </DialogActions>
    </Dialog>
  );
}
