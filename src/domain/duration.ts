export const HOUR = 3_600;
export const DAY = 86_400;
/** A Julian year (365.25 days), the year Intune's "65 years" is counted in: 31,557,600 s. */
export const YEAR = 31_557_600;
/** A twelfth of that year (about 30.4 days): 2,629,800 s, a whole number of seconds. */
export const MONTH = YEAR / 12;

export type DurationUnit = "years" | "months" | "days" | "hours";

/**
 * A duration in the largest unit it is a whole number of (years, months, days), else in hours, rounded.
 * The slider's steps are whole units; a validity chosen by date is a whole number of days.
 */
export function durationParts(seconds: number): { unit: DurationUnit; count: number } {
  if (seconds >= YEAR && seconds % YEAR === 0) return { unit: "years", count: seconds / YEAR };
  if (seconds >= MONTH && seconds % MONTH === 0) return { unit: "months", count: seconds / MONTH };
  if (seconds >= DAY && seconds % DAY === 0) return { unit: "days", count: seconds / DAY };
  return { unit: "hours", count: Math.max(1, Math.round(seconds / HOUR)) };
}
