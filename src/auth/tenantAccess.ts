import {
  CacheLookupPolicy,
  type AccountInfo,
  type AuthenticationResult,
  type SilentRequest,
} from "@azure/msal-browser";
import type { TokenRequest } from "../graph/client";
import { AuthFailure, toAuthFailure, type AuthFailureKind, type MsalLikeError } from "./AuthFailure";
import { adminConsentUrl, tenantAuthority } from "./tenantUrls";

/** What a token for one tenant needs of MSAL's PublicClientApplication. */
export interface TenantMsal {
  acquireTokenSilent(request: SilentRequest): Promise<AuthenticationResult>;
  getAccount(filter: { homeAccountId: string; tenantId: string }): AccountInfo | null;
}

export interface TenantTokenOptions {
  msal: TenantMsal;
  /** The cloud's login host, e.g. https://login.microsoftonline.com. */
  authorityHost: string;
  clientId: string;
  /** The signed-in (home) account; null when nobody is. */
  home: () => AccountInfo | null;
  /** Gets a token for `authority` interactively (popup or redirect): a step-up or consent in that tenant only. */
  interactive: (request: { scopes: string[]; authority: string; claims?: string }) => Promise<AuthenticationResult>;
}

/** The AADSTS number of an Entra error: MSAL's errorNo (the token endpoint's error_codes), else its description. */
function aadstsOf(error: unknown): string | null {
  const { errorNo, errorMessage, subError } = (error ?? {}) as MsalLikeError;
  if (typeof errorNo === "string" || typeof errorNo === "number") return String(errorNo);
  return /AADSTS(\d+)/.exec(`${String(errorMessage ?? "")} ${String(subError ?? "")}`)?.[1] ?? null;
}

/** Entra's answers that belong to one tenant (Entra error code reference; when each appears there is inferred). */
const TENANT_ERRORS: Record<string, AuthFailureKind> = {
  "65001": "consent-required",
  "90094": "consent-required",
  "50020": "no-access",
  "700016": "app-unknown",
  "50076": "step-up",
  "50079": "step-up",
  "90002": "tenant-not-found",
};

/**
 * Classifies an MSAL error met while getting a token for `tenant` (one of several the console works in): its own
 * failure, with the tenant and, when consent is what is missing, the tenant's admin-consent URL.
 */
function toTenantFailure(error: unknown, tenant: { id: string; consentUrl: string }): AuthFailure {
  if (error instanceof AuthFailure && error.tenant !== null) return error;
  const general = toAuthFailure(error);
  const aadsts = aadstsOf(error);
  const kind = (aadsts !== null ? TENANT_ERRORS[aadsts] : undefined) ?? general.kind;
  const consent = kind === "consent-required" || kind === "app-unknown";
  return new AuthFailure(kind, general.code, { id: tenant.id, consentUrl: consent ? tenant.consentUrl : null });
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Tokens for the tenants the admin works in besides signing in, each checked before anything is sent with it.
 *
 * MSAL's silent flow looks the cached access token up by the account's tenant first, so the home account with
 * another tenant's authority can answer with the home tenant's token (msal-common SilentFlowClient; MSAL issues
 * #5127, #3687). So: the account as seen in that tenant when MSAL has it, otherwise the home account with the
 * tenant's authority and CacheLookupPolicy.RefreshToken (no cached access token: Entra ID issues one for that
 * tenant), and in every case the token's tenant (`tid`) must be the one asked for. A tenant configured by domain
 * is pinned to the tenant GUID of its first token, fetched from Entra ID; later tokens must carry that GUID.
 */
export function createTenantTokens({ msal, authorityHost, clientId, home, interactive }: TenantTokenOptions) {
  const pinned = new Map<string, string>();

  const failureOf = (tenant: string) => ({ id: tenant, consentUrl: adminConsentUrl(authorityHost, tenant, clientId) });

  /** The result, if its token is `tenant`'s; a token of any other tenant is refused. */
  function verified(tenant: string, result: AuthenticationResult): AuthenticationResult {
    const key = tenant.toLowerCase();
    const expected = GUID.test(tenant) ? key : pinned.get(key);
    const claimed = (result.idTokenClaims as { tid?: unknown } | undefined)?.tid;
    const tid = result.tenantId.toLowerCase();
    const consistent = claimed === undefined || String(claimed).toLowerCase() === tid;
    if (tid === "" || !consistent || (expected !== undefined && tid !== expected)) {
      throw new AuthFailure("tenant-mismatch", "tenant_mismatch", { id: tenant, consentUrl: null });
    }
    pinned.set(key, tid);
    return result;
  }

  async function silent(tenant: string, scopes: string[], { claims, forceRefresh = false }: TokenRequest) {
    const account = home();
    if (!account) throw new AuthFailure("interaction-required", "no_account", { id: tenant, consentUrl: null });
    const tid = GUID.test(tenant) ? tenant : pinned.get(tenant.toLowerCase());
    const inTenant =
      tid !== undefined ? msal.getAccount({ homeAccountId: account.homeAccountId, tenantId: tid }) : null;
    const request: SilentRequest = {
      scopes,
      account: inTenant ?? account,
      authority: tenantAuthority(authorityHost, tenant),
      forceRefresh,
      ...(claims ? { claims } : {}),
      // First use in the tenant: never a cached access token, which could be the home tenant's.
      ...(inTenant === null ? { cacheLookupPolicy: CacheLookupPolicy.RefreshToken } : {}),
    };
    return msal.acquireTokenSilent(request);
  }

  return {
    /** A verified access token for `tenant`; a step-up, consent or access problem is that tenant's AuthFailure. */
    async getAccessToken(tenant: string, scopes: string[], request: TokenRequest = {}): Promise<string> {
      let result: AuthenticationResult;
      try {
        result = await silent(tenant, scopes, request);
      } catch (error) {
        throw toTenantFailure(error, failureOf(tenant));
      }
      return verified(tenant, result).accessToken;
    },
    /** Signs in to `tenant` interactively, from the admin's click: a step-up or consent for that tenant only. */
    async reauthenticate(tenant: string, scopes: string[]): Promise<void> {
      try {
        const result = await interactive({ scopes, authority: tenantAuthority(authorityHost, tenant) });
        verified(tenant, result);
      } catch (error) {
        if (error instanceof AuthFailure && error.kind === "tenant-mismatch") throw error;
        throw toTenantFailure(error, failureOf(tenant));
      }
    },
  };
}

export type TenantTokens = ReturnType<typeof createTenantTokens>;
