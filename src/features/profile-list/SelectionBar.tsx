import { useId } from "react";
import Button from "@mui/material/Button";
import Checkbox from "@mui/material/Checkbox";
import FormControlLabel from "@mui/material/FormControlLabel";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { t } from "../../i18n";
import { memoInLanguage } from "../../i18n/memoInLanguage";
import { TokenActionButton } from "../../ui/TokenActionButton";

interface Props {
  shown: number;
  /** How many of the shown profiles are ticked. */
  shownChecked: number;
  /** How many are ticked in all (ticks stay when the filter changes). */
  checked: number;
  onCheckShown: (checked: boolean) => void;
  onClear: () => void;
  onRenew: () => void;
  onRemind: () => void;
  /** Bulk renewal is running: no second run meanwhile. */
  busy: boolean;
  /** Why a bulk renewal cannot start here (offline, a run in another tab), or null. */
  blockedReason: string | null;
}

/** "Select all shown", and what can be done with the ticked profiles. Memoized: a keystroke that changes no count leaves it alone. */
export const SelectionBar = memoInLanguage(function SelectionBar(props: Props) {
  const { shown, shownChecked, checked, onCheckShown, onClear, onRenew, onRemind, busy, blockedReason } = props;
  const reasonId = useId();
  const reason = busy ? t("selection.busy") : blockedReason;
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: "center", flexWrap: "wrap" }}>
        <FormControlLabel
          control={
            <Checkbox
              checked={shown > 0 && shownChecked === shown}
              indeterminate={shownChecked > 0 && shownChecked < shown}
              disabled={shown === 0}
              onChange={(event) => onCheckShown(event.target.checked)}
            />
          }
          label={t("selection.allShown", { count: shown })}
        />
        {checked > 0 && (
          <Typography variant="body2" role="status" sx={{ fontWeight: 600 }}>
            {t("selection.checked", { count: checked })}
          </Typography>
        )}
      </Stack>
      {checked > 0 && (
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: "wrap" }}>
          {/* Stays focusable while a run goes on: focus comes back here when the dialog that started it closes. */}
          <TokenActionButton
            variant="contained"
            size="small"
            onClick={onRenew}
            inactive={reason !== null}
            aria-describedby={reason !== null ? reasonId : undefined}
          >
            {t("selection.renew")}
          </TokenActionButton>
          <Button variant="outlined" size="small" onClick={onRemind}>
            {t("selection.remind")}
          </Button>
          <Button size="small" onClick={onClear}>
            {t("selection.clear")}
          </Button>
        </Stack>
      )}
      {checked > 0 && reason !== null && (
        <Typography id={reasonId} variant="body2" color="text.secondary">
          {reason}
        </Typography>
      )}
    </Stack>
  );
});
