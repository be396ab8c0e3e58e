const DAY_MS = 86_400_000;

/** The local calendar date of `date` as an HTML date input value: "2026-11-30". */
export function toDateInputValue(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Whole calendar days from `from`'s local date to the date input value `to`, or null when `to` is not a date. */
export function calendarDaysUntil(from: Date, to: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(to);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const target = Date.UTC(year, month - 1, day);
  const check = new Date(target);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  // Counted on the calendar, not on the clock, so a daylight-saving change in between does not shift it.
  return Math.round((target - Date.UTC(from.getFullYear(), from.getMonth(), from.getDate())) / DAY_MS);
}
