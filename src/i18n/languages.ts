import type { MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import type { Localization } from "@mui/material/locale";
import { chooseLanguage, type Language } from "./chooseLanguage";

/** What a language's chunk holds: its messages, parsed to ICU ASTs at build time, and MUI's own strings. */
export interface LanguageBundle {
  messages: Record<string, MessageFormatElement[]>;
  /** MUI's built-in strings in this language; English needs none (MUI's default). */
  mui?: Localization;
}

/** Each language's chunk, loaded only when chosen: one entry per code of LANGUAGE_CODES (chooseLanguage.ts). */
export const LANGUAGES = {
  en: () => import("./english"),
  ja: () => import("./japanese"),
} satisfies Record<Language, () => Promise<{ default: LanguageBundle }>>;

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
