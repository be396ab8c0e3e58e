import { DAY, HOUR, MONTH, YEAR } from "./duration";

/** What a createToken 400 says about the validity it refused. */
export interface RefusedValidity {
  /** The longest validity the message names, in seconds; null when it names none the console can read. */
  maxSeconds: number | null;
  /** The shortest, when it names a range ("between … and …"). */
  minSeconds: number | null;
}

const UNITS: [RegExp, number][] = [
  [/^(years?|yrs?|y)$/, YEAR],
  [/^(months?)$/, MONTH],
  [/^(weeks?|wks?)$/, 7 * DAY],
  [/^(days?|d)$/, DAY],
  [/^(hours?|hrs?|h)$/, HOUR],
  [/^(minutes?|mins?|m)$/, 60],
  [/^(seconds?|secs?|s)$/, 1],
];
const unitSeconds = (word: string | undefined) =>
  UNITS.find(([pattern]) => pattern.test(word?.toLowerCase() ?? ""))?.[1];

/** A number (digits, maybe with thousands separators) not inside a word or an id, and the word after it. */
const QUANTITY = /(?<![\w.,-])(\d{1,3}(?:,\d{3})+|\d+)(?![\w-])(?:\s*([A-Za-z]+))?/g;
const RANGE = /between\s+(\d[\d,]*)\s*([A-Za-z]+)?\s+and\s+(\d[\d,]*)\s*([A-Za-z]+)?/i;
const ABOUT_VALIDITY = /tokenValidityInSeconds|validity|valid for|expir/i;
/** Intune's trailer for support ("- Operation ID (for customer support): … - Activity ID: … - Url: …"). */
const SUPPORT_TRAILER = /\s-\s(Operation ID|Activity ID|Url)\b[\s\S]*$/i;

const toNumber = (digits: string) => Number(digits.replace(/,/g, ""));

/**
 * Reads a createToken 400's message for the validity Intune allows. Its wording is not documented (no Graph page,
 * OpenAPI constraint or issue gives the bounds or the error: the console has only seen its own fake's), so this
 * reads defensively: a message that is not about the validity gives null; one that is gives the largest (and, for
 * "between A and B", the smallest) quantity it names with a unit (seconds, hours, days, months, years), a bare number
 * counting as seconds only where the message speaks of seconds; and no limit at all when it names none.
 */
export function readRefusedValidity(message: string): RefusedValidity | null {
  if (!ABOUT_VALIDITY.test(message)) return null;
  const text = message.replace(SUPPORT_TRAILER, "");
  const bareIsSeconds = /seconds/i.test(text);
  const range = RANGE.exec(text);
  if (range) {
    const [, low, lowUnit, high, highUnit] = range;
    const highScale = unitSeconds(highUnit) ?? (bareIsSeconds ? 1 : undefined);
    const lowScale = unitSeconds(lowUnit) ?? highScale;
    if (highScale !== undefined && lowScale !== undefined) {
      return { minSeconds: toNumber(low!) * lowScale, maxSeconds: toNumber(high!) * highScale };
    }
  }
  const quantities = [...text.matchAll(QUANTITY)].flatMap(([, digits, word]) => {
    const scale = unitSeconds(word) ?? (bareIsSeconds ? 1 : undefined);
    return scale === undefined ? [] : [toNumber(digits!) * scale];
  });
  return { maxSeconds: quantities.length > 0 ? Math.max(...quantities) : null, minSeconds: null };
}

/**
 * The validity to offer instead of `chosenSeconds`, within what Intune said and within `bounds` (the console's own
 * range for the kind), in whole days (whole hours below a day): or null when what Intune said does not exclude the
 * choice, or names no limit.
 */
export function allowedInstead(
  refused: RefusedValidity,
  chosenSeconds: number,
  bounds: { minSeconds: number; maxSeconds: number },
): number | null {
  const wholeUnit = (seconds: number) => (seconds >= DAY ? DAY : HOUR);
  let offer: number | null = null;
  if (refused.maxSeconds !== null && chosenSeconds > refused.maxSeconds) {
    const unit = wholeUnit(refused.maxSeconds);
    offer = Math.floor(refused.maxSeconds / unit) * unit;
  } else if (refused.minSeconds !== null && chosenSeconds < refused.minSeconds) {
    const unit = wholeUnit(refused.minSeconds);
    offer = Math.ceil(refused.minSeconds / unit) * unit;
  }
  if (offer === null || offer < bounds.minSeconds || offer > bounds.maxSeconds || offer === chosenSeconds) return null;
  return offer;
}
