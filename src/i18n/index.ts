import { isLiteralElement, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { IntlMessageFormat } from "intl-messageformat";
import type { Localization } from "@mui/material/locale";
import type en from "./en.json";
import { intlLocale, type Language } from "./chooseLanguage";
import { loadBundle, type LanguageBundle } from "./languages";

export { isLanguage, type Language } from "./chooseLanguage";
export { LANGUAGES, loadChosenLanguage } from "./languages";

export type MessageKey = keyof typeof en;
export type Vars = Record<string, string | number>;

/** A message to translate when it is shown, not when it is made: it follows a switch of language. */
export interface MessageRef {
  id: MessageKey;
  values?: Vars;
}

interface Active {
  language: Language;
  locale: string;
  bundle: LanguageBundle;
  /** Each message's formatter, made when first used; a message without arguments is kept as its text. */
  formats: Map<MessageKey, IntlMessageFormat | string>;
  dateTimes: Map<string, Intl.DateTimeFormat>;
  relative?: Intl.RelativeTimeFormat;
}

let active: Active | null = null;
const bundles = new Map<Language, Promise<LanguageBundle>>();

function current(): Active {
  if (active === null) throw new Error("i18n: no language is active yet");
  return active;
}

/** Fetches a language's chunk (once); it is used only after activateLanguage. */
export function loadLanguage(language: Language): Promise<LanguageBundle> {
  let bundle = bundles.get(language);
  if (!bundle) {
    bundle = loadBundle(language);
    // A chunk that failed to load (a network blip) may be asked for again.
    bundle.catch(() => bundles.delete(language));
    bundles.set(language, bundle);
  }
  return bundle;
}

const languageListeners = new Set<() => void>();

/** Calls `listener` after every switch of language; returns the function that stops it. */
export function onLanguageChange(listener: () => void): () => void {
  languageListeners.add(listener);
  return () => languageListeners.delete(listener);
}

/** Makes `language` the one t() and the formatters speak, and tells the document (`<html lang>`, title). */
export function activateLanguage(language: Language, bundle: LanguageBundle): void {
  active = { language, locale: intlLocale(language), bundle, formats: new Map(), dateTimes: new Map() };
  if (typeof document !== "undefined") {
    document.documentElement.lang = language;
    document.title = t("app.title");
  }
  languageListeners.forEach((listener) => listener());
}

export const activeLanguage = (): Language => current().language;

/** MUI's own strings (its locale) in the active language, for the theme. */
export const muiLocalization = (): Localization => current().bundle.mui ?? {};

/**
 * A user-visible string in the active language: an ICU message with `{name}` arguments, plurals
 * (`{count, plural, one {# day} other {# days}}`), numbers in the locale's format (`{n, number}`).
 */
export function t(key: MessageKey, vars: Vars = {}): string {
  const { bundle, formats, locale, language } = current();
  let format = formats.get(key);
  if (format === undefined) {
    const ast = bundle.messages[key];
    if (!ast) throw new Error(`i18n: no message "${key}" in ${language}`);
    // A formatter negotiates its locale when it is made, which costs more than all the rest on the first screen.
    format = plainText(ast) ?? new IntlMessageFormat(ast, locale);
    formats.set(key, format);
  }
  if (typeof format === "string") return format;
  const text = format.format<string>(vars);
  return Array.isArray(text) ? text.join("") : text;
}

/** The text of a message made of literal text only (no arguments), or null. */
function plainText(ast: MessageFormatElement[]): string | null {
  let text = "";
  for (const element of ast) {
    if (!isLiteralElement(element)) return null;
    text += element.value;
  }
  return text;
}

export const translate = (message: MessageRef): string => t(message.id, message.values);

function dateTimeFormat(timeZone: "UTC" | undefined, seconds: boolean): Intl.DateTimeFormat {
  const { dateTimes, locale } = current();
  const cacheKey = `${timeZone ?? "local"}:${seconds}`;
  let format = dateTimes.get(cacheKey);
  if (!format) {
    // Every time names its zone: the admin's own ("JST", "GMT+2") or UTC.
    format = new Intl.DateTimeFormat(locale, {
      year: "numeric",
      month: "short",
      day: "numeric",
      hour: "numeric",
      minute: "2-digit",
      ...(seconds ? { second: "2-digit" } : {}),
      timeZoneName: "short",
      timeZone,
    });
    dateTimes.set(cacheKey, format);
  }
  return format;
}

interface DateTimeOptions {
  /** Down to the second, for the times a support ticket quotes. */
  seconds?: boolean;
}

/** A date and time in the admin's time zone, named: "Nov 28, 2026, 7:00 PM GMT+9", "2026年11月28日 19:00 JST". */
export const formatDateTime = (date: Date, { seconds = false }: DateTimeOptions = {}): string =>
  dateTimeFormat(undefined, seconds).format(date);

/** The same moment in UTC, saying so: "Nov 28, 2026, 10:00 AM UTC". */
export const formatDateTimeUtc = (date: Date, { seconds = false }: DateTimeOptions = {}): string =>
  dateTimeFormat("UTC", seconds).format(date);

/** A calendar date in the admin's time zone: "Nov 28, 2026", "2026年11月28日". */
export function formatDate(date: Date): string {
  const { dateTimes, locale } = current();
  let format = dateTimes.get("date");
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", day: "numeric" });
    dateTimes.set("date", format);
  }
  return format.format(date);
}

/** A signed amount of a unit in words: `{ value: -3, unit: "day" }` is "3 days ago", "3 日前". */
export function formatRelativeTime({ value, unit }: { value: number; unit: Intl.RelativeTimeFormatUnit }): string {
  const active = current();
  // "in 2 days", "3 hours ago": always a number, never "tomorrow", which reads as a calendar day.
  active.relative ??= new Intl.RelativeTimeFormat(active.locale, { numeric: "always" });
  return active.relative.format(value, unit);
}
