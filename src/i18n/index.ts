import en from "./en.json";

export type MessageKey = keyof typeof en;
type Vars = Record<string, string | number>;

const messages: Record<MessageKey, string> = en;
const locale = typeof navigator === "undefined" ? "en" : navigator.language || "en";
const plural = new Intl.PluralRules("en");

/** Looks up a user-visible string and fills in `{name}` placeholders. */
export function t(key: MessageKey, vars: Vars = {}): string {
  return messages[key].replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}

type CountedKey = MessageKey extends infer K ? (K extends `${infer Base}.one` ? Base : never) : never;

/** Picks the `.one` / `.other` form of a counted message. */
export function tCount(base: CountedKey, count: number): string {
  const form = plural.select(count) === "one" ? "one" : "other";
  return t(`${base}.${form}`, { count: count.toLocaleString(locale) });
}

const localFormat = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
const utcFormat = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });

export const formatDateTime = (date: Date): string => localFormat.format(date);
export const formatDate = (date: Date): string => dateFormat.format(date);
export const formatDateTimeUtc = (date: Date): string => utcFormat.format(date);

// "in 2 days", "3 hours ago": always a number, never "tomorrow", which reads as a calendar day.
const relativeFormat = new Intl.RelativeTimeFormat(locale, { numeric: "always" });

/** A signed amount of a unit in words: `{ value: -3, unit: "day" }` is "3 days ago". */
export const formatRelativeTime = ({ value, unit }: { value: number; unit: Intl.RelativeTimeFormatUnit }): string =>
  relativeFormat.format(value, unit);
