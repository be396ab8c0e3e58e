import type { ReactNode } from "react";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { formatDateTime, formatDateTimeUtc, t } from "../../i18n";
import { ExpiryDateField, type ValidityInputProps } from "./ExpiryDateField";
import { formatValidity } from "../../domain/words/formatValidity";
import { TokenValiditySlider } from "./TokenValiditySlider";

interface Props extends ValidityInputProps {
  /** A line under the expiry (the kind's limit, say). */
  note?: ReactNode;
}

/** How long a new token stays valid: the slider, the "Expires on" date beside it, and the expiry they mean. */
export function ValidityChooser({ seconds, bounds, now, onChange, disabled = false, note }: Props) {
  const expiresAt = new Date(now.getTime() + seconds * 1000);
  return (
    <>
      <TokenValiditySlider seconds={seconds} bounds={bounds} onChange={onChange} disabled={disabled} />
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: "wrap", alignItems: "flex-start" }}>
        <ExpiryDateField seconds={seconds} bounds={bounds} now={now} onChange={onChange} disabled={disabled} />
        <div>
          <Typography variant="h6" component="p">
            {t("create.validity.value", { duration: formatValidity(seconds) })}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {t("create.expiry", { local: formatDateTime(expiresAt), utc: formatDateTimeUtc(expiresAt) })}
          </Typography>
          {note && (
            <Typography variant="body2" color="text.secondary">
              {note}
            </Typography>
          )}
        </div>
      </Stack>
    </>
  );
}
