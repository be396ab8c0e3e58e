// The MSAL v5 redirect bridge: delivers the authorization response to the window that asked for it.
// It must stay free of app code and of MsalProvider: this page is MSAL's own popup or hidden iframe, where MSAL
// refuses to run (block_nested_popups, block_iframe_reload); it only passes the response on.
import { broadcastResponseToMainFrame } from "@azure/msal-browser/redirect-bridge";

void broadcastResponseToMainFrame();
