// MSAL v5's popup relay page (relay.html): opened by the app when a portal on another site frames it. The
// admin's click here opens the Entra ID window, whose answer the relay hands back to the framed app.
// No app code and no MsalProvider here: the relay only carries the answer to the framed app, which handles it; only
// the messages, so the admin reads this page in their language.
import { runPopupRelay } from "@azure/msal-browser/popup-relay";
import { CLOUDS } from "../config/clouds";
import { loadChosenLanguage, type LanguageBundle } from "../i18n/languages";
import { storedColorScheme } from "../storage/colorScheme";

// The colour scheme the admin picked in the console, if any; the page's styles follow the system otherwise.
const colorScheme = storedColorScheme();
if (colorScheme) document.documentElement.dataset.colorScheme = colorScheme;

const main = document.getElementById("relay")!;
const button = document.getElementById("relay-continue") as HTMLButtonElement;

// The relay may only ever send the admin to Microsoft's own sign-in hosts.
const allowedAuthorityOrigins = [...new Set(Object.values(CLOUDS).map((cloud) => cloud.authorityHost))];

button.addEventListener(
  "click",
  () => {
    // Called straight from the click: the relay opens the sign-in window itself, and only a gesture may.
    button.disabled = true;
    void runPopupRelay({ protocolVersion: 2, allowedAuthorityOrigins });
  },
  { once: true },
);

/**
 * The relay's three sentences have no arguments, so they are read straight from the language's bundle: the page
 * does without the formatter, and the app's first load does not share it with this page.
 */
function plainMessage(bundle: LanguageBundle, key: "relay.title" | "relay.body" | "relay.continue"): string {
  const [element, ...rest] = bundle.messages[key] ?? [];
  if (element?.type !== 0 || rest.length > 0) throw new Error(`"${key}" is not plain text`);
  return element.value;
}

async function showText() {
  const { language, bundle } = await loadChosenLanguage();
  document.documentElement.lang = language;
  document.title = plainMessage(bundle, "relay.title");
  document.getElementById("relay-title")!.textContent = plainMessage(bundle, "relay.title");
  document.getElementById("relay-body")!.textContent = plainMessage(bundle, "relay.body");
  button.textContent = plainMessage(bundle, "relay.continue");
  main.dataset.ready = "";
  button.disabled = false;
  button.focus();
}

void showText();
