import createCache from "@emotion/cache";
import { CacheProvider } from "@emotion/react";
import ScopedCssBaseline from "@mui/material/ScopedCssBaseline";
import { createTheme, ThemeProvider } from "@mui/material/styles";
import { renderToStaticMarkup } from "react-dom/server";
import { activateLanguage, muiLocalization, t } from "../../i18n";
import { LANGUAGE_CODES, type Language } from "../../i18n/chooseLanguage";
import { loadBundle } from "../../i18n/languages";
import { japaneseLineBreaks, themeOptions } from "../theme";
import { FIRST_SCREEN_FLAGS, type RenderedFirstScreen } from "./contract";
import { FirstScreen } from "./FirstScreen";

// Build time only (scripts/first-screen.ts runs it in Node): never part of the app's bundle.

const SCHEMES = ["light", "dark"] as const;
type Scheme = (typeof SCHEMES)[number];

/** Each copy of the first screen is marked with its language and scheme: `data-first-screen="ja dark"`. */
const COPY = "data-first-screen";

/**
 * Renders the first screen (FirstScreen) in every language and colour scheme with the app's theme, and collects
 * its styles. Each copy carries its own baseline (ScopedCssBaseline: font, colours, box sizing), so copies in
 * light and dark can sit in one page; the app's global baseline replaces it.
 */
export async function renderFirstScreen(): Promise<RenderedFirstScreen> {
  const cache = createCache({ key: "first-screen" });
  // Emotion's server mode keeps each rule in cache.inserted instead of writing a <style> beside each element.
  cache.compat = true;
  const copies: string[] = [];
  const titles = {} as Record<Language, string>;
  for (const language of LANGUAGE_CODES) {
    activateLanguage(language, await loadBundle(language));
    titles[language] = t("app.title");
    for (const scheme of SCHEMES) {
      copies.push(
        renderToStaticMarkup(
          <CacheProvider value={cache}>
            <ThemeProvider theme={createTheme(oneScheme(scheme), muiLocalization())}>
              <ScopedCssBaseline
                enableColorScheme
                lang={language}
                data-first-screen={`${language} ${scheme}`}
                sx={{ minHeight: "100vh", "&:lang(ja)": japaneseLineBreaks }}
              >
                <FirstScreen />
              </ScopedCssBaseline>
            </ThemeProvider>
          </CacheProvider>,
        ),
      );
    }
  }
  const styles = Object.values(cache.inserted).filter((rules): rules is string => typeof rules === "string");
  return { html: copies.join(""), css: [...styles, pickingRules()].join(""), titles };
}

/** The app's theme in one colour scheme only, as a copy of the first screen shows one. */
function oneScheme(scheme: Scheme) {
  const { colorSchemes, ...options } = themeOptions;
  return { ...options, palette: { ...colorSchemes[scheme].palette, mode: scheme } };
}

/**
 * Shows the copy in the page's language (`<html lang>`, which the first screen's script sets) and scheme: the one
 * the admin picked, else the system's. None in a frame, where the app's header is another, compact one.
 */
function pickingRules(): string {
  const { scheme: picked, framed } = FIRST_SCREEN_FLAGS;
  const copy = (language: Language, scheme: Scheme) => `[${COPY}="${language} ${scheme}"]`;
  const page = (language: Language, condition: string) => `html[lang="${language}"]${condition}:not([${framed}])`;
  const show = (language: Language, scheme: Scheme, condition: string) =>
    `${page(language, condition)} ${copy(language, scheme)}{display:block}`;
  // The app's baseline (CssBaseline) sets the same margin on <body>.
  const rules = [`[${COPY}]{display:none}`, "body{margin:0}"];
  for (const language of LANGUAGE_CODES) {
    for (const scheme of SCHEMES) rules.push(show(language, scheme, `[${picked}="${scheme}"]`));
    rules.push(`@media not all and (prefers-color-scheme: dark){${show(language, "light", `:not([${picked}])`)}}`);
    rules.push(`@media (prefers-color-scheme: dark){${show(language, "dark", `:not([${picked}])`)}}`);
  }
  return rules.join("");
}
