// MSAL v5's popup relay page (relay.html): opened by the app when a portal on another site frames it. The
// admin's click here opens the Entra ID window, whose answer the relay hands back to the framed app.
// No app code and no MsalProvider here (msal-notes.md §5, popup-relay.md "Setup that works").
import { runPopupRelay } from "@azure/msal-browser/popup-relay";
import { CLOUDS } from "../config/clouds";

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
button.disabled = false;
button.focus();
