import { useId, useLayoutEffect, useMemo, useRef, useState } from "react";
import Box from "@mui/material/Box";
import Slider from "@mui/material/Slider";
import Typography from "@mui/material/Typography";
import { t } from "../../i18n";
import { marksThatFit, nearestStep, validityMarks, validitySteps, type ValidityBounds } from "../../domain/validity";
import { formatValidity, formatValidityShort } from "../../domain/words/formatValidity";

interface Props {
  seconds: number;
  bounds: ValidityBounds;
  onChange: (seconds: number) => void;
  disabled?: boolean;
}

/** Clear space between two mark labels, in pixels. */
const LABEL_GAP_PX = 12;

/**
 * A mark label's width, near enough to keep labels apart without laying them out first: the slider's labels are
 * 14 px text, about 8 px a Latin character or digit and 14 px a Japanese one.
 */
const labelWidth = (label: string) =>
  [...label].reduce((width, char) => width + (/[\u3000-\u9fff\uff00-\uffef]/.test(char) ? 14 : 8), 0);

/** The width of `element` in pixels, kept current; null until it is laid out. */
function useWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(element.getBoundingClientRect().width || null);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

/**
 * Chooses the validity over the steps of the kind's range: arrow keys step, Page Up/Down and Shift+arrows jump,
 * Home/End go to 1 hour and the kind's maximum. The marks that are labelled are those that fit the track's width.
 */
export function TokenValiditySlider({ seconds, bounds, onChange, disabled = false }: Props) {
  const labelId = useId();
  const steps = useMemo(() => validitySteps(bounds), [bounds]);
  const [track, trackWidth] = useWidth<HTMLSpanElement>();
  // Made on each render: the labels follow a switch of language.
  const candidates = validityMarks(bounds).map((value) => {
    const label = formatValidityShort(value);
    return { position: nearestStep(steps, value), label, widthPx: labelWidth(label) };
  });
  const marks =
    trackWidth === null ? candidates : marksThatFit(candidates, trackWidth / (steps.length - 1), LABEL_GAP_PX);
  const toSeconds = (position: number) => steps[Math.min(Math.max(Math.round(position), 0), steps.length - 1)]!;
  return (
    <Box>
      <Typography id={labelId} component="h4" variant="subtitle1" gutterBottom>
        {t("create.validity.label")}
      </Typography>
      {/* Room on both sides for the first and last labels, which are centred on the track's ends. */}
      <Box sx={{ px: 3 }}>
        <Slider
          ref={track}
          aria-labelledby={labelId}
          value={nearestStep(steps, seconds)}
          min={0}
          max={steps.length - 1}
          step={1}
          shiftStep={5}
          marks={marks.map(({ position, label }) => ({ value: position, label }))}
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
