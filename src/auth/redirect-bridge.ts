// The MSAL v5 redirect bridge: delivers the authorization response to the window that asked for it.
// It must stay free of app code and of MsalProvider (msal-notes.md §0, §5).
import { broadcastResponseToMainFrame } from "@azure/msal-browser/redirect-bridge";

void broadcastResponseToMainFrame();
