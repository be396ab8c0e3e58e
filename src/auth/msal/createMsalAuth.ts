import {
  EventType,
  InteractionRequiredAuthError,
  PublicClientApplication,
  type AccountInfo,
  type AuthenticationResult,
} from "@azure/msal-browser";
import type { AppConfig } from "../../config/schema";
import { CLOUDS } from "../../config/clouds";
import type { TokenRequest } from "../../graph/client";
import { AuthFailure, toAuthFailure } from "../AuthFailure";
import { hasCrossOriginAncestor, isFramed } from "../../embedding/framing";

/** The one owner of MSAL: everything else signs in and gets tokens through this object. */
export interface MsalAuth {
  instance: PublicClientApplication;
  signIn(options?: { selectAccount?: boolean }): Promise<void>;
  signOut(): Promise<void>;
  /** Silent first; interactive only when MSAL says interaction is required. */
  getAccessToken(request?: TokenRequest): Promise<string>;
  /** Interactive token acquisition, to be called from a user gesture. */
  reauthenticate(): Promise<void>;
}

/** The delegated permission createToken and the profile reads require, qualified with the cloud's Graph host. */
export const graphScopes = (graphHost: string) => [`${graphHost}/DeviceManagementConfiguration.ReadWrite.All`];

/** Where MSAL v5 keeps its "an interaction is running" flag (session storage, per tab). */
const INTERACTION_STATUS_KEY = "msal.interaction.status";

/** Stays pending: the page is navigating to Entra ID, and nothing after the redirect runs. */
const navigatingAway = () => new Promise<never>(() => {});

export async function createMsalAuth(config: AppConfig, baseUrl: string = document.baseURI): Promise<MsalAuth> {
  const { authorityHost, graphHost } = CLOUDS[config.cloud];
  const bridgeUri = config.redirectUri ?? new URL("redirect.html", baseUrl).href;
  // Framed by a portal on another origin, a popup's answer cannot reach the frame (storage partitioning):
  // MSAL's popup relay, a first-party page of ours opened at top level, carries it.
  const relay = hasCrossOriginAncestor()
    ? { popupRelayUri: new URL("relay.html", baseUrl).href, popupRelayProtocolVersion: 2 as const }
    : {};
  const instance = new PublicClientApplication({
    auth: {
      clientId: config.clientId ?? "",
      authority: `${authorityHost}/${config.tenantId}`,
      // MSAL would otherwise send China sign-ins to another alias than the configured (and CSP-allowed) host.
      ...(config.cloud === "china" ? { knownAuthorities: [new URL(authorityHost).host] } : {}),
      redirectUri: bridgeUri,
      postLogoutRedirectUri: bridgeUri,
      // CP1: this client handles claims challenges, so Graph may send Conditional Access / CAE challenges.
      clientCapabilities: ["CP1"],
      ...relay,
    },
    cache: { cacheLocation: "sessionStorage" },
    // Long enough for a real sign-in with MFA in a popup, including the relay's extra click (the default is 60 s).
    system: { popupBridgeTimeout: 300_000 },
  });
  await instance.initialize();

  // Only the account the admin signed in with counts: one left in the cache without being active (after a failed
  // sign-out, say) never becomes the signed-in account on its own.
  instance.addEventCallback((event) => {
    if (event.eventType === EventType.LOGIN_SUCCESS && event.payload) {
      instance.setActiveAccount(event.payload as AccountInfo);
    }
  });

  const scopes = graphScopes(graphHost);
  const framed = isFramed();

  type Interaction = Promise<AuthenticationResult | null>;
  let interaction: Interaction | null = null;

  /**
   * MSAL refuses to start while its flag says an interaction is running. When none of ours is, the flag is left
   * over from a closed popup or an abandoned redirect (an earlier page in this tab): clear it and go on.
   */
  async function recoveringStaleInteraction(start: (override: boolean) => Interaction): Interaction {
    try {
      return await start(false);
    } catch (error) {
      if (toAuthFailure(error).kind !== "in-progress") throw error;
      window.sessionStorage.removeItem(INTERACTION_STATUS_KEY);
      return start(true);
    }
  }

  /**
   * One interaction at a time. Background callers join the one in flight instead of opening another window.
   * A click by the admin starts afresh: MSAL v5 does not notice a popup closed by hand until its bridge times
   * out, so a second click means the first window is gone, and the new popup takes over from it.
   */
  function interact(start: (override: boolean) => Interaction, userInitiated: boolean): Interaction {
    if (interaction && !userInitiated) return interaction;
    const takeOver = interaction !== null;
    const current: Interaction = recoveringStaleInteraction((stale) => start(takeOver || stale))
      .catch((error: unknown) => {
        // Taken over by a newer click: whoever waited on this one gets the newer one's outcome instead.
        if (interaction !== null && interaction !== current) return interaction;
        throw toAuthFailure(error);
      })
      .finally(() => {
        if (interaction === current) interaction = null;
      });
    interaction = current;
    return current;
  }

  /** Framed, a popup (Entra refuses to be framed); at top level, a redirect, after which nothing here runs. */
  const popupOrRedirect =
    (popup: (override: boolean) => Interaction, redirect: () => Promise<void>) =>
    async (override: boolean): Interaction => {
      if (framed) return popup(override);
      await redirect();
      return navigatingAway();
    };

  // A claims challenge that still needs an interactive sign-in (its popup was blocked, say): the next
  // interactive attempt, from the admin's click, must ask for the same claims.
  let pendingClaims: string | undefined;

  async function interactive(userInitiated: boolean, claims = pendingClaims): Interaction {
    pendingClaims = claims;
    const account = instance.getActiveAccount() ?? undefined;
    const request = { scopes, account, ...(claims ? { claims } : {}) };
    const result = await interact(
      popupOrRedirect(
        (override) => instance.acquireTokenPopup({ ...request, overrideInteractionInProgress: override }),
        () => instance.acquireTokenRedirect(request),
      ),
      userInitiated,
    );
    pendingClaims = undefined;
    return result;
  }

  return {
    instance,
    async signIn({ selectAccount = false } = {}) {
      const request = { scopes, ...(selectAccount ? { prompt: "select_account" } : {}) };
      const result = await interact(
        popupOrRedirect(
          (override) => instance.loginPopup({ ...request, overrideInteractionInProgress: override }),
          () => instance.loginRedirect(request),
        ),
        true,
      );
      if (result) instance.setActiveAccount(result.account);
    },
    async signOut() {
      // No account in the request: MSAL then removes every account of this app from its cache. Given one, it
      // removes only that one, and the account signed in before a Switch account would stay signed in. The hint
      // still tells Entra ID whom to sign out, without an account picker.
      const request = { logoutHint: instance.getActiveAccount()?.loginHint };
      if (framed) {
        await instance.logoutPopup(request);
      } else {
        // Back to the app itself after Entra signs the user out, not to the bridge page.
        await instance.logoutRedirect({ ...request, postLogoutRedirectUri: new URL("./", baseUrl).href });
      }
    },
    async getAccessToken({ claims, forceRefresh = false }: TokenRequest = {}) {
      const account = instance.getActiveAccount();
      if (!account) throw new AuthFailure("interaction-required", "no_account");
      if (interaction) await interaction.catch(() => undefined);
      try {
        const silent = { scopes, account, forceRefresh, ...(claims ? { claims } : {}) };
        return (await instance.acquireTokenSilent(silent)).accessToken;
      } catch (error) {
        if (!(error instanceof InteractionRequiredAuthError)) throw toAuthFailure(error);
        const result = await interactive(false, claims);
        if (!result) throw new AuthFailure("interaction-required", error.errorCode);
        return result.accessToken;
      }
    },
    async reauthenticate() {
      await interactive(true);
    },
  };
}
