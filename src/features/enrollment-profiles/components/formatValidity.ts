import { t } from "../../../i18n";
import { validityParts } from "../model/validity";

/** "7 days", "12 hours": a validity in words. */
export function formatValidity(seconds: number): string {
  const { unit, count } = validityParts(seconds);
  return t(unit === "days" ? "duration.days" : "duration.hours", { count });
}

/** "7 d", "12 h": the short form under the slider's marks. */
export function formatValidityShort(seconds: number): string {
  const { unit, count } = validityParts(seconds);
  return t(unit === "days" ? "duration.short.days" : "duration.short.hours", { count });
}
