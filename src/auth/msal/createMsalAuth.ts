import {
  BrowserAuthErrorCodes,
  EventType,
  InteractionRequiredAuthError,
  PublicClientApplication,
  type AccountInfo,
  type AuthError,
} from "@azure/msal-browser";
import type { AppConfig } from "../../config/schema";
import { CLOUDS } from "../../config/clouds";
import { isFramed } from "../framing";

/** The one owner of MSAL: everything else signs in and gets tokens through this object. */
export interface MsalAuth {
  instance: PublicClientApplication;
  signIn(options?: { selectAccount?: boolean }): Promise<void>;
  signOut(): Promise<void>;
  getAccessToken(): Promise<string>;
}

/** The permission the createToken docs require (graph-contract.md §2), qualified with the cloud's Graph host. */
export const graphScopes = (graphHost: string) => [`${graphHost}/DeviceManagementConfiguration.ReadWrite.All`];

export async function createMsalAuth(config: AppConfig, baseUrl: string = document.baseURI): Promise<MsalAuth> {
  const { authorityHost, graphHost } = CLOUDS[config.cloud];
  const bridgeUri = config.redirectUri ?? new URL("redirect.html", baseUrl).href;
  const instance = new PublicClientApplication({
    auth: {
      clientId: config.clientId ?? "",
      authority: `${authorityHost}/${config.tenantId}`,
      redirectUri: bridgeUri,
      postLogoutRedirectUri: bridgeUri,
    },
    cache: { cacheLocation: "sessionStorage" },
  });
  await instance.initialize();

  instance.addEventCallback((event) => {
    if (event.eventType === EventType.LOGIN_SUCCESS && event.payload) {
      instance.setActiveAccount(event.payload as AccountInfo);
    }
  });
  const first = instance.getAllAccounts()[0];
  if (!instance.getActiveAccount() && first) instance.setActiveAccount(first);

  const scopes = graphScopes(graphHost);
  const framed = isFramed();

  return {
    instance,
    async signIn({ selectAccount = false } = {}) {
      const request = { scopes, ...(selectAccount ? { prompt: "select_account" } : {}) };
      if (framed) {
        const result = await instance.loginPopup(request);
        instance.setActiveAccount(result.account);
      } else {
        await instance.loginRedirect(request);
      }
    },
    async signOut() {
      const account = instance.getActiveAccount();
      if (framed) {
        await instance.logoutPopup({ account });
      } else {
        // Back to the app itself after Entra signs the user out, not to the bridge page.
        await instance.logoutRedirect({ account, postLogoutRedirectUri: new URL("./", baseUrl).href });
      }
    },
    async getAccessToken() {
      const account = instance.getActiveAccount();
      if (!account) throw new Error("getAccessToken() called with no signed-in account");
      try {
        return (await instance.acquireTokenSilent({ scopes, account })).accessToken;
      } catch (error) {
        if (!(error instanceof InteractionRequiredAuthError)) throw error;
        if (framed) return (await instance.acquireTokenPopup({ scopes, account })).accessToken;
        await instance.acquireTokenRedirect({ scopes, account });
        // The page is navigating away to Entra ID; nothing after this runs.
        return new Promise<string>(() => {});
      }
    },
  };
}

/** MSAL errors the user caused on purpose (closing the popup) are not failures worth showing. */
export const isUserCancellation = (error: unknown): boolean =>
  (error as AuthError | null)?.errorCode === BrowserAuthErrorCodes.userCancelled;
