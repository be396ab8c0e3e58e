import * as z from "zod/mini";
import { DAY, HOUR, MONTH, YEAR } from "./duration";
import type { TokenRule } from "./profileKinds";

const INT32_MAX = 2_147_483_647;

/** An expiring token's bounds. */
export type ValidityBounds = Extract<TokenRule, { expires: true }>;

/**
 * Every validity the slider can stop at, short to long: a few hours, every day to 30, every 5 days to 90, then
 * months, then years. Evenly spaced positions over these keep the common short values wide enough to pick,
 * and reach 65 years in a few dozen steps. A kind uses the ones up to its maximum.
 */
const ALL_STEPS: readonly number[] = [
  ...[1, 2, 4, 8, 12].map((hours) => hours * HOUR),
  ...Array.from({ length: 30 }, (_, i) => (i + 1) * DAY),
  ...Array.from({ length: 12 }, (_, i) => (35 + i * 5) * DAY),
  ...[4, 6, 9].map((months) => months * MONTH),
  YEAR,
  18 * MONTH,
  ...Array.from({ length: 9 }, (_, i) => (i + 2) * YEAR),
  ...Array.from({ length: 11 }, (_, i) => (15 + i * 5) * YEAR),
];

export const DEFAULT_VALIDITY_SECONDS = 7 * DAY;

/** A validity the admin chose, as kept across page loads: whole seconds, more than none (fitted to a kind when used). */
export const chosenSecondsSchema = z.int().check(z.positive());

/** The slider's stops for `bounds`, its own maximum always the last one. */
export function validitySteps({ minSeconds, maxSeconds }: ValidityBounds): number[] {
  const steps = ALL_STEPS.filter((seconds) => seconds >= minSeconds && seconds < maxSeconds);
  return [...steps, maxSeconds];
}

/** Labelled marks: the familiar short values, and for long ranges a sparse set that stays readable. */
export function validityMarks({ maxSeconds }: ValidityBounds): number[] {
  const candidates =
    maxSeconds > 90 * DAY ? [HOUR, DAY, 30 * DAY, YEAR, 10 * YEAR] : [HOUR, DAY, 7 * DAY, 14 * DAY, 30 * DAY, 60 * DAY];
  return [...candidates.filter((seconds) => seconds < maxSeconds), maxSeconds];
}

/** A labelled mark on the slider's track: its position (a step's index) and its label's width in pixels. */
export interface MarkLabel {
  position: number;
  widthPx: number;
}

/**
 * The marks whose labels fit on a track where one step is `pxPerStep` wide: the first and the last always, and
 * between them each one that keeps `gapPx` clear of the one kept before it and of the last. On a wide track that
 * is every mark; on a phone, fewer.
 */
export function marksThatFit<T extends MarkLabel>(marks: readonly T[], pxPerStep: number, gapPx: number): T[] {
  if (marks.length <= 2) return [...marks];
  const first = marks[0]!;
  const last = marks.at(-1)!;
  const apart = (a: T, b: T) => (b.position - a.position) * pxPerStep >= (a.widthPx + b.widthPx) / 2 + gapPx;
  const kept = [first];
  for (const mark of marks.slice(1, -1)) {
    if (apart(kept.at(-1)!, mark) && apart(mark, last)) kept.push(mark);
  }
  return [...kept, last];
}

/** The index in `steps` whose validity is nearest to `seconds`. */
export function nearestStep(steps: readonly number[], seconds: number): number {
  let best = 0;
  steps.forEach((step, index) => {
    if (Math.abs(step - seconds) < Math.abs((steps[best] ?? 0) - seconds)) best = index;
  });
  return best;
}

/** `seconds` brought inside `bounds`. */
export const clampValidity = (seconds: number, { minSeconds, maxSeconds }: ValidityBounds) =>
  Math.min(Math.max(Math.round(seconds), minSeconds), maxSeconds);

/** True for what createToken may be sent under `bounds`: whole seconds inside them and inside Int32. */
export function isValidValidity(seconds: number, { minSeconds, maxSeconds }: ValidityBounds): boolean {
  return Number.isInteger(seconds) && seconds >= minSeconds && seconds <= maxSeconds && seconds <= INT32_MAX;
}

/** What createToken is sent for a profile whose token follows `rule` when the admin chose `chosenSeconds`. */
export const secondsToSend = (rule: TokenRule, chosenSeconds: number) =>
  rule.expires ? clampValidity(chosenSeconds, rule) : rule.sendSeconds;

/** The bounds createToken's validity must keep for `rule`: a token that does not expire is sent one fixed value. */
export const ruleBounds = (rule: TokenRule): ValidityBounds =>
  rule.expires ? rule : { expires: true, minSeconds: rule.sendSeconds, maxSeconds: rule.sendSeconds };
