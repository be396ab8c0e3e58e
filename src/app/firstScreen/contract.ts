import type { Language } from "../../i18n/chooseLanguage";

// What the build (scripts/first-screen.ts), the first screen's renderer and its script agree on.

/**
 * What the first screen's script (firstPaint.ts) sets on <html> before the page paints, besides `lang`, for the
 * first screen's styles to pick the copy to show.
 */
export const FIRST_SCREEN_FLAGS = {
  /** "light" or "dark": the colour scheme the admin picked in the console; absent, the system's. */
  scheme: "data-first-screen-scheme",
  /** Present when the page is framed (a portal), where the app's header is a compact one. */
  framed: "data-first-screen-framed",
} as const;

/** The first screen, rendered at build time (renderFirstScreen.tsx). */
export interface RenderedFirstScreen {
  /** For <div id="root">: one copy per language and colour scheme, of which the styles show one. */
  html: string;
  /** For a <style> in <head>: the copies' styles, and the rules that pick the copy. */
  css: string;
  /** The page's title in each language, for the first screen's script. */
  titles: Record<Language, string>;
}
