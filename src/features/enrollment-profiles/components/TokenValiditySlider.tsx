import { useId } from "react";
import Box from "@mui/material/Box";
import Slider from "@mui/material/Slider";
import Typography from "@mui/material/Typography";
import { formatDateTime, formatDateTimeUtc, t } from "../../../i18n";
import { MARKED_VALIDITIES, VALIDITY_STEPS, positionToSeconds, secondsToPosition } from "../model/validity";
import { formatValidity, formatValidityShort } from "./formatValidity";

interface Props {
  seconds: number;
  onChange: (seconds: number) => void;
  now: Date;
  disabled?: boolean;
}

/** Chooses the validity: arrow keys step, Page Up/Down jump, Home/End go to 1 hour and 90 days. */
export function TokenValiditySlider({ seconds, onChange, now, disabled = false }: Props) {
  const labelId = useId();
  const expiresAt = new Date(now.getTime() + seconds * 1000);
  // Made on each render: the labels follow a switch of language.
  const marks = MARKED_VALIDITIES.map((marked) => ({
    value: secondsToPosition(marked),
    label: formatValidityShort(marked),
  }));
  return (
    <Box>
      <Typography id={labelId} component="h4" variant="subtitle1" gutterBottom>
        {t("create.validity.label")}
      </Typography>
      <Box sx={{ px: 2 }}>
        <Slider
          aria-labelledby={labelId}
          value={secondsToPosition(seconds)}
          min={0}
          max={VALIDITY_STEPS.length - 1}
          step={1}
          shiftStep={5}
          marks={marks}
          disabled={disabled}
          getAriaValueText={(position) => formatValidity(positionToSeconds(position))}
          onChange={(_event, position) => onChange(positionToSeconds(position as number))}
        />
      </Box>
      <Box sx={{ mt: 1 }}>
        <Typography variant="h6" component="p">
          {t("create.validity.value", { duration: formatValidity(seconds) })}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t("create.expiry", { local: formatDateTime(expiresAt), utc: formatDateTimeUtc(expiresAt) })}
        </Typography>
      </Box>
    </Box>
  );
}
