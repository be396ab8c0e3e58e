import { useState } from "react";
import TextField from "@mui/material/TextField";
import { formatDate, t } from "../../i18n";
import { calendarDaysUntil, toDateInputValue } from "../../domain/calendarDate";
import { DAY } from "../../domain/duration";
import type { ValidityBounds } from "../../domain/validity";

/** The validity being chosen, as every control that chooses it takes it. */
export interface ValidityInputProps {
  seconds: number;
  bounds: ValidityBounds;
  now: Date;
  onChange: (seconds: number) => void;
  disabled?: boolean;
}

/**
 * "Expires on": the validity as a date, for admins who think in dates, in step with the slider. A date sets a
 * whole number of days from now (the token expires at this time of day on that date).
 */
export function ExpiryDateField({ seconds, bounds, now, onChange, disabled = false }: ValidityInputProps) {
  // What the admin typed while it is not a date in range. It gives way as soon as the slider moves.
  const [typed, setTyped] = useState<{ value: string; seconds: number } | null>(null);
  const draft = typed?.seconds === seconds ? typed.value : null;
  const minDays = Math.max(1, Math.ceil(bounds.minSeconds / DAY));
  const maxDays = Math.floor(bounds.maxSeconds / DAY);
  const dayOffset = (days: number) => new Date(now.getTime() + days * DAY * 1000);
  const invalid = draft !== null;

  const change = (value: string) => {
    const days = calendarDaysUntil(now, value);
    if (days === null || days < minDays || days > maxDays) return setTyped({ value, seconds });
    setTyped(null);
    onChange(days * DAY);
  };

  return (
    <TextField
      type="date"
      label={t("create.expiresOn.label")}
      size="small"
      value={draft ?? toDateInputValue(new Date(now.getTime() + seconds * 1000))}
      onChange={(event) => change(event.target.value)}
      disabled={disabled}
      error={invalid}
      helperText={
        invalid
          ? t("create.expiresOn.invalid", { min: formatDate(dayOffset(minDays)), max: formatDate(dayOffset(maxDays)) })
          : undefined
      }
      slotProps={{
        inputLabel: { shrink: true },
        htmlInput: { min: toDateInputValue(dayOffset(minDays)), max: toDateInputValue(dayOffset(maxDays)) },
      }}
      sx={{ minWidth: 200 }}
    />
  );
}
