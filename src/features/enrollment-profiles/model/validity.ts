export const HOUR = 3_600;
export const DAY = 86_400;
/** Microsoft's samples treat 90 days (7,776,000 s) as the longest validity for these profiles. */
export const MAX_VALIDITY_SECONDS = 90 * DAY;
export const MIN_VALIDITY_SECONDS = HOUR;
const INT32_MAX = 2_147_483_647;

/**
 * The slider's positions, evenly spaced: a few hours, every day up to 30, then every 5 days to 90.
 * A linear scale over 1 hour … 90 days would squeeze the common short values into a few pixels.
 */
export const VALIDITY_STEPS: readonly number[] = [
  ...[1, 2, 4, 8, 12].map((hours) => hours * HOUR),
  ...Array.from({ length: 30 }, (_, i) => (i + 1) * DAY),
  ...Array.from({ length: 12 }, (_, i) => (35 + i * 5) * DAY),
];

export const DEFAULT_VALIDITY_SECONDS = 7 * DAY;

/** Values that get a labelled mark on the slider. */
export const MARKED_VALIDITIES: readonly number[] = [HOUR, DAY, 7 * DAY, 14 * DAY, 30 * DAY, 60 * DAY, 90 * DAY];

export function positionToSeconds(position: number): number {
  const clamped = Math.min(Math.max(Math.round(position), 0), VALIDITY_STEPS.length - 1);
  return VALIDITY_STEPS[clamped] ?? DEFAULT_VALIDITY_SECONDS;
}

/** The slider position whose validity is nearest to `seconds`. */
export function secondsToPosition(seconds: number): number {
  let best = 0;
  VALIDITY_STEPS.forEach((step, index) => {
    if (Math.abs(step - seconds) < Math.abs((VALIDITY_STEPS[best] ?? 0) - seconds)) best = index;
  });
  return best;
}

/** True for what createToken may be sent: whole seconds, 1 hour … 90 days, inside Int32. */
export function isValidValidity(seconds: number): boolean {
  return (
    Number.isInteger(seconds) &&
    seconds >= MIN_VALIDITY_SECONDS &&
    seconds <= MAX_VALIDITY_SECONDS &&
    seconds <= INT32_MAX
  );
}

/** Splits a validity into the unit it is shown in: whole days from one day up, else hours. */
export function validityParts(seconds: number): { unit: "days" | "hours"; count: number } {
  return seconds >= DAY && seconds % DAY === 0
    ? { unit: "days", count: seconds / DAY }
    : { unit: "hours", count: Math.round(seconds / HOUR) };
}
