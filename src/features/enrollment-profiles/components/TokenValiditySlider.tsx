import { useId, useMemo } from "react";
import Box from "@mui/material/Box";
import Slider from "@mui/material/Slider";
import Typography from "@mui/material/Typography";
import { t } from "../../../i18n";
import { nearestStep, validityMarks, validitySteps, type ValidityBounds } from "../model/validity";
import { formatValidity, formatValidityShort } from "./formatValidity";

interface Props {
  seconds: number;
  bounds: ValidityBounds;
  onChange: (seconds: number) => void;
  disabled?: boolean;
}

/**
 * Chooses the validity over the steps of the kind's range: arrow keys step, Page Up/Down and Shift+arrows jump,
 * Home/End go to 1 hour and the kind's maximum.
 */
export function TokenValiditySlider({ seconds, bounds, onChange, disabled = false }: Props) {
  const labelId = useId();
  const steps = useMemo(() => validitySteps(bounds), [bounds]);
  // Made on each render: the labels follow a switch of language.
  const marks = validityMarks(bounds).map((value) => ({
    value: nearestStep(steps, value),
    label: formatValidityShort(value),
  }));
  const toSeconds = (position: number) => steps[Math.min(Math.max(Math.round(position), 0), steps.length - 1)]!;
  return (
    <Box>
      <Typography id={labelId} component="h4" variant="subtitle1" gutterBottom>
        {t("create.validity.label")}
      </Typography>
      <Box sx={{ px: 2 }}>
        <Slider
          aria-labelledby={labelId}
          value={nearestStep(steps, seconds)}
          min={0}
          max={steps.length - 1}
          step={1}
          shiftStep={5}
          marks={marks}
          disabled={disabled}
          // A validity chosen by date can lie between two stops: the slider then names the exact one.
          getAriaValueText={(position) =>
            formatValidity(position === nearestStep(steps, seconds) ? seconds : toSeconds(position))
          }
          onChange={(_event, position) => onChange(toSeconds(position as number))}
        />
      </Box>
    </Box>
  );
}
