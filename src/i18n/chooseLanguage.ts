/**
 * Which language the console speaks to this admin, decided without loading any language: the app (languages.ts)
 * and the first screen's script (src/app/firstScreen/firstPaint.ts), which runs before the page paints, ask here.
 */

/** Every language the console speaks; each has its chunk in LANGUAGES (languages.ts). */
export const LANGUAGE_CODES = ["en", "ja"] as const;

export type Language = (typeof LANGUAGE_CODES)[number];

export const isLanguage = (value: unknown): value is Language => LANGUAGE_CODES.includes(value as Language);

/** Local storage, not session storage: the choice is not secret, and it should outlive the tab. */
const STORAGE_KEY = "etc.language";

const primary = (tag: string) => tag.split("-")[0]!.toLowerCase();

export const browserLanguages = (): readonly string[] =>
  typeof navigator === "undefined" ? [] : navigator.languages?.length ? navigator.languages : [navigator.language];

/** The first of the browser's languages that the console speaks ("ja-JP" speaks Japanese), else English. */
export function browserLanguage(): Language {
  return browserLanguages().map(primary).find(isLanguage) ?? "en";
}

/** The language the admin picked with the switcher, if they ever did. */
export function storedLanguage(): Language | null {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : null;
  } catch {
    return null; // Storage blocked (a sandboxed or partitioned frame): fall back to the browser's languages.
  }
}

export function rememberLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage blocked: the choice still holds for this page.
  }
}

export const chooseLanguage = (): Language => storedLanguage() ?? browserLanguage();

/**
 * The locale for Intl formatting: the browser's own tag when it is in the chosen language (en-GB writes dates
 * the British way), else the language itself.
 */
export function intlLocale(language: Language): string {
  return browserLanguages().find((tag) => primary(tag) === language) ?? language;
}
