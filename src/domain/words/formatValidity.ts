import { t } from "../../i18n";
import { durationParts } from "../duration";

/** "7 days", "12 hours", "65 years": a validity in words. */
export function formatValidity(seconds: number): string {
  const { unit, count } = durationParts(seconds);
  return t(`duration.${unit}`, { count });
}

/** "7 d", "12 h", "10 y": the short form under the slider's marks. */
export function formatValidityShort(seconds: number): string {
  const { unit, count } = durationParts(seconds);
  return t(`duration.short.${unit}`, { count });
}
