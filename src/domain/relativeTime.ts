import { DAY, HOUR, MONTH, YEAR } from "./duration";

export type RelativeUnit = "minute" | "hour" | "day" | "month" | "year";

/** A signed distance in time: negative is in the past. */
export interface RelativeTime {
  value: number;
  unit: RelativeUnit;
}

const MINUTE = 60;

/**
 * How far `target` is from `now`, in the unit an admin reads best: minutes under an hour, hours under a day,
 * days up to three months (a 90-day AOSP token counts down day by day), then months, and years from two years
 * on. Rounded to the nearest whole unit, at least 1, so a 14-day token just created "expires in 14 days".
 */
export function relativeTime(target: Date, now: Date): RelativeTime {
  const seconds = (target.getTime() - now.getTime()) / 1000;
  const sign = seconds < 0 ? -1 : 1;
  const size = Math.abs(seconds);
  const count = (unitSeconds: number, unit: RelativeUnit): RelativeTime => ({
    value: sign * Math.max(1, Math.round(size / unitSeconds)),
    unit,
  });
  if (size < HOUR) return count(MINUTE, "minute");
  if (size < DAY) return count(HOUR, "hour");
  if (size < 92 * DAY) return count(DAY, "day");
  if (size < 2 * YEAR) return count(MONTH, "month");
  return count(YEAR, "year");
}
