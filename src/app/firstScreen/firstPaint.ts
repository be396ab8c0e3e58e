import { isFramed } from "../../embedding/framing";
import { chooseLanguage } from "../../i18n/chooseLanguage";
import { storedColorScheme } from "../../storage/colorScheme";
import { FIRST_SCREEN_FLAGS } from "./contract";

// The first screen's script: a classic script that index.html loads in <head>, so it runs before the page first
// paints (an inline script would be simpler, but the Content Security Policy allows none). It tells the static first
// screen what only script can know: the admin's language (<html lang>, and the title), the colour scheme the admin
// picked in the console (the system's is CSS's to know), and whether the page is framed. scripts/first-screen.ts
// builds it on its own, with the title of each language in place of __FIRST_SCREEN_TITLES__.

declare const __FIRST_SCREEN_TITLES__: Record<string, string>;

const root = document.documentElement;
const language = chooseLanguage();
root.lang = language;
document.title = __FIRST_SCREEN_TITLES__[language] ?? document.title;
const scheme = storedColorScheme();
if (scheme) root.setAttribute(FIRST_SCREEN_FLAGS.scheme, scheme);
if (isFramed()) root.setAttribute(FIRST_SCREEN_FLAGS.framed, "");
