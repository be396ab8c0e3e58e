/** A DateTimeOffset from Graph as a Date, or null when it is missing or not a date at all. */
export function parseGraphDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}
