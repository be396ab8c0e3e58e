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
import type { AccountName } from "../session";
import { createTenantTokens, type TenantTokens } from "../tenantAccess";
import { permissionScopes, type Permission } from "../../graph/permissions";
import { hasCrossOriginAncestor, isFramed } from "../../embedding/framing";

/** The one owner of MSAL: everything else signs in and gets tokens through this object. */
export interface MsalAuth {
  instance: PublicClientApplication;
  signIn(options?: { selectAccount?: boolean }): Promise<void>;
  signOut(): Promise<void>;
  /**
   * Silent first; interactive only when MSAL says interaction is required. With a permission beyond `manage`,
   * silent only: one not granted yet is an AuthFailure, and `grant` asks for it from the admin's click.
   */
  getAccessToken(request?: TokenRequest, permission?: Permission): Promise<string>;
  /** Interactive token acquisition, to be called from a user gesture. */
  reauthenticate(): Promise<void>;
  /** Asks for `permission` in a sign-in window (incremental consent), from the admin's click. */
  grant(permission: Permission): Promise<void>;
  /**
   * The account a sign-in window last answered with instead of the signed-in one (whose token was then not used),
   * until the admin acts on it; `subscribe` hears of changes.
   */
  otherAccount(): AccountName | null;
  dismissOtherAccount(): void;
  subscribe(listener: () => void): () => void;
  /** Verified tokens for the tenants the admin works in besides the one signed in to (tenantAccess.ts). */
  tenants: TenantTokens;
}

/** Where MSAL v5 keeps its "an interaction is running" flag (session storage, per tab). */
const INTERACTION_STATUS_KEY = "msal.interaction.status";

/**
 * MSAL's user state on a re-authentication: the account that asked. It comes back with the answer, also across a
 * redirect (AuthenticationResult.state), so the answer can be checked against it.
 */
const REAUTH_STATE = "reauthenticate:";

/**
 * Entra ID hands a sign-out request's state back on the page it returns to (OpenID Connect RP-Initiated Logout 1.0,
 * section 3; MSAL sends one with every sign-out). Nothing reads it there, and the page's query string is the
 * console's own (the selection): it goes. Sign-in answers come back to the redirect bridge, never here.
 */
function dropSignOutState() {
  const url = new URL(window.location.href);
  if (!url.searchParams.has("state") || url.searchParams.has("code") || url.searchParams.has("error")) return;
  url.searchParams.delete("state");
  window.history.replaceState(window.history.state, "", url);
}

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
  dropSignOutState();

  // A re-authentication that came back signed in as another account: who answered, until the admin acts on it.
  let otherAccount: AccountName | null = null;
  const refused = new Set<string>();
  const listeners = new Set<() => void>();
  function setOtherAccount(value: AccountName | null) {
    otherAccount = value;
    for (const listener of listeners) listener();
  }
  /**
   * The account that answers must be the account that asked. Another one's token is not used, and its account
   * leaves MSAL's cache again, so that nothing can take it up later.
   */
  function refuse(answered: AccountInfo) {
    refused.add(answered.homeAccountId);
    setOtherAccount({ name: answered.name ?? answered.username, username: answered.username });
    void instance.clearCache({ account: answered });
  }

  instance.addEventCallback((event) => {
    if (event.eventType === EventType.ACQUIRE_TOKEN_SUCCESS && event.payload) {
      // A popup's or a redirect's answer to a re-authentication (both carry the asking account in their state).
      const { state, account } = event.payload as AuthenticationResult;
      const asked = state?.startsWith(REAUTH_STATE) ? state.slice(REAUTH_STATE.length) : null;
      if (asked !== null && account && account.homeAccountId !== asked) refuse(account);
    }
    // Only the account the admin signed in with counts: one left in the cache without being active (after a failed
    // sign-out, say), or one that answered a re-authentication instead of it, never becomes the signed-in account.
    if (event.eventType === EventType.LOGIN_SUCCESS && event.payload) {
      const account = event.payload as AccountInfo;
      if (!refused.has(account.homeAccountId)) instance.setActiveAccount(account);
    }
  });

  const scopes = permissionScopes(graphHost, "manage");
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

  async function interactive(userInitiated: boolean, claims = pendingClaims, asked = scopes): Interaction {
    // After another account answered, no window opens on its own again (a redirect would loop): the admin decides.
    if (otherAccount !== null) {
      if (!userInitiated) throw new AuthFailure("other-account", "other_account");
      setOtherAccount(null);
    }
    pendingClaims = claims;
    const account = instance.getActiveAccount() ?? undefined;
    const state = account && `${REAUTH_STATE}${account.homeAccountId}`;
    const request = { scopes: asked, account, state, ...(claims ? { claims } : {}) };
    const result = await interact(
      popupOrRedirect(
        (override) => instance.acquireTokenPopup({ ...request, overrideInteractionInProgress: override }),
        () => instance.acquireTokenRedirect(request),
      ),
      userInitiated,
    );
    pendingClaims = undefined;
    return result && answeredBy(account, result);
  }

  /** `result`, if it is the asking account's; otherwise nothing of it is used. */
  function answeredBy(asking: AccountInfo | undefined, result: AuthenticationResult): AuthenticationResult {
    if (!asking || result.account?.homeAccountId === asking.homeAccountId) return result;
    if (result.account && !refused.has(result.account.homeAccountId)) refuse(result.account);
    throw new AuthFailure("other-account", "other_account");
  }

  /** A sign-in window for one tenant's authority, from the admin's click: a step-up or consent there only. */
  async function interactiveInTenant(request: { scopes: string[]; authority: string }): Promise<AuthenticationResult> {
    const account = instance.getActiveAccount() ?? undefined;
    const state = account && `${REAUTH_STATE}${account.homeAccountId}`;
    const inTenant = { ...request, account, state };
    const result = await interact(
      popupOrRedirect(
        (override) => instance.acquireTokenPopup({ ...inTenant, overrideInteractionInProgress: override }),
        () => instance.acquireTokenRedirect(inTenant),
      ),
      true,
    );
    if (!result) throw new AuthFailure("interaction-required", "no_result");
    return answeredBy(account, result);
  }

  return {
    instance,
    tenants: createTenantTokens({
      msal: instance,
      authorityHost,
      clientId: config.clientId ?? "",
      home: () => instance.getActiveAccount(),
      interactive: interactiveInTenant,
    }),
    async signIn({ selectAccount = false } = {}) {
      // Signing in (or switching) on purpose: whichever account the admin picks is the one.
      refused.clear();
      if (otherAccount !== null) setOtherAccount(null);
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
      const logout = () =>
        framed
          ? instance.logoutPopup(request)
          : // Back to the app itself after Entra signs the user out, not to the bridge page.
            instance.logoutRedirect({ ...request, postLogoutRedirectUri: new URL("./", baseUrl).href });
      if (otherAccount !== null) setOtherAccount(null);
      try {
        await logout();
      } catch (error) {
        // MSAL refuses to sign out while its flag says an interaction is running, and has no override for sign-out.
        // Signing out wins over whatever left the flag (a closed popup, an abandoned redirect, a window of ours
        // that is still waiting): clear it, as sign-in does, and sign out. A second failure is the caller's to show.
        if (toAuthFailure(error).kind !== "in-progress") throw toAuthFailure(error);
        window.sessionStorage.removeItem(INTERACTION_STATUS_KEY);
        interaction = null;
        await logout().catch((again: unknown) => {
          throw toAuthFailure(again);
        });
      }
    },
    async getAccessToken({ claims, forceRefresh = false }: TokenRequest = {}, permission: Permission = "manage") {
      const account = instance.getActiveAccount();
      if (!account) throw new AuthFailure("interaction-required", "no_account");
      if (interaction) await interaction.catch(() => undefined);
      let result: AuthenticationResult;
      try {
        const asked = permissionScopes(graphHost, permission);
        const silent = { scopes: asked, account, forceRefresh, ...(claims ? { claims } : {}) };
        result = await instance.acquireTokenSilent(silent);
      } catch (error) {
        if (!(error instanceof InteractionRequiredAuthError) || permission !== "manage") throw toAuthFailure(error);
        const answer = await interactive(false, claims);
        if (!answer) throw new AuthFailure("interaction-required", error.errorCode);
        return answer.accessToken;
      }
      // A silent renewal in a hidden frame signs in whoever Entra ID's session is for: it too must be the account.
      return answeredBy(account, result).accessToken;
    },
    async reauthenticate() {
      await interactive(true);
    },
    async grant(permission) {
      await interactive(true, undefined, permissionScopes(graphHost, permission));
    },
    otherAccount: () => otherAccount,
    dismissOtherAccount: () => setOtherAccount(null),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
