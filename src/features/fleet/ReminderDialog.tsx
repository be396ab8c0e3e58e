import { useState } from "react";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogContentText from "@mui/material/DialogContentText";
import DialogTitle from "@mui/material/DialogTitle";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import { t } from "../../i18n";
import type { ListedProfile } from "../../domain/profile";

export const MAX_REMINDER_DAYS = 90;

interface Props {
  open: boolean;
  profiles: readonly ListedProfile[];
  /** How many of `profiles` have a token that expires (only those get a reminder). */
  expiring: number;
  onCancel: () => void;
  onDownload: (daysBefore: number) => void;
}

/** Calendar reminders for the selection: how many days ahead, then an .ics file to open in Outlook. */
export function ReminderDialog({ open, profiles, expiring, onCancel, onDownload }: Props) {
  const [days, setDays] = useState("7");
  const value = Number(days);
  const valid = /^\d+$/.test(days.trim()) && value >= 1 && value <= MAX_REMINDER_DAYS;
  const skipped = profiles.length - expiring;
  return (
    <Dialog open={open} onClose={onCancel} aria-labelledby="reminder-title" fullWidth maxWidth="xs">
      <DialogTitle id="reminder-title">{t("reminders.title")}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText>
            {t("reminders.body", { profiles: t("bulk.profiles", { count: expiring }) })}
          </DialogContentText>
          {skipped > 0 && (
            <DialogContentText>
              {t("reminders.skipped", { profiles: t("bulk.profiles", { count: skipped }) })}
            </DialogContentText>
          )}
          <TextField
            label={t("reminders.days.label")}
            value={days}
            onChange={(event) => setDays(event.target.value)}
            error={!valid}
            helperText={valid ? t("reminders.days.help") : t("reminders.days.invalid", { max: MAX_REMINDER_DAYS })}
            slotProps={{ htmlInput: { inputMode: "numeric", pattern: "[0-9]*" } }}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{t("bulk.dialog.cancel")}</Button>
        <Button variant="contained" disabled={!valid || expiring === 0} onClick={() => onDownload(value)}>
          {t("reminders.download")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
