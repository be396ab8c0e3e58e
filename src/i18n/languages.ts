import type { MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import type { Localization } from "@mui/material/locale";

/** What a language's chunk holds: its messages, parsed to ICU ASTs at build time, and MUI's own strings. */
export interface LanguageBundle {
  messages: Record<string, MessageFormatElement[]>;
  /** MUI's built-in strings in this language; English needs none (MUI's default). */
  mui?: Localization;
}

/** Every language the console speaks. Each is its own chunk, loaded only when chosen. */
export const LANGUAGES = {
  en: () => import("./english"),
  ja: () => import("./japanese"),
} satisfies Record<string, () => Promise<{ default: LanguageBundle }>>;

export type Language = keyof typeof LANGUAGES;

export const isLanguage = (value: unknown): value is Language =>
  typeof value === "string" && Object.hasOwn(LANGUAGES, value);

/** Local storage, not session storage: the choice is not secret, and it should outlive the tab. */
const STORAGE_KEY = "etc.language";

const primary = (tag: string) => tag.split("-")[0]!.toLowerCase();

const browserLanguages = (): readonly string[] =>
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

export const loadBundle = (language: Language): Promise<LanguageBundle> =>
  LANGUAGES[language]().then((module) => module.default);

/** The chosen language (stored choice, else the browser's) with its chunk; English if that chunk cannot be had. */
export async function loadChosenLanguage(): Promise<{ language: Language; bundle: LanguageBundle }> {
  const language = chooseLanguage();
  try {
    return { language, bundle: await loadBundle(language) };
  } catch {
    return { language: "en", bundle: await loadBundle("en") };
  }
}

/**
 * The locale for Intl formatting: the browser's own tag when it is in the chosen language (en-GB writes dates
 * the British way), else the language itself.
 */
export function intlLocale(language: Language): string {
  return browserLanguages().find((tag) => primary(tag) === language) ?? language;
}
