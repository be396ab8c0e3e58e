import { randomUUID } from "node:crypto";
import type { BrowserContext, Request, Route } from "@playwright/test";
import type { Caller } from "../../src/fake-tenant/fakeHttp";
import { base64url, jwt, s256 } from "./jwt";

export const LOGIN_HOST = "https://login.microsoftonline.com";
export const CLIENT_ID = "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0";
export const TENANT_ID = "72f988bf-86f1-41af-91ab-2d7cd011db47";

export interface FakeUser {
  oid: string;
  name: string;
  upn: string;
}

export const ADMIN: FakeUser = {
  oid: "5e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b",
  name: "Adele Vance",
  upn: "adele.vance@contoso.example",
};

/** A second admin of the same tenant, for switching accounts. */
export const SECOND_ADMIN: FakeUser = {
  oid: "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d",
  name: "Megan Bowen",
  upn: "megan.bowen@contoso.example",
};

/** The app registration's name, which Graph's audit log names beside the user. */
export const APP_NAME = "Enrollment Token Console";

/** The opaque login_hint claim Entra puts in an id token, which MSAL sends back as the hint to sign out. */
export const loginHintOf = (user: FakeUser) => `hint.${user.oid}`;

interface PendingCode {
  challenge: string;
  nonce: string;
  scope: string;
  redirectUri: string;
  user: FakeUser;
  /** The tenant (GUID) the code was issued in: its tokens carry it as tid. */
  tenant: string;
}

/**
 * How a customer tenant answers the admin's sign-in there (Entra error code reference; when each appears is
 * inferred): "ok", or the AADSTS error its token and authorize requests get.
 */
export type TenantAnswer = "ok" | "noConsent" | "noAccess" | "appUnknown" | "stepUp";

/** A tenant the fake Entra ID knows besides the home tenant: its GUID, a domain, and how it answers. */
export interface FakeEntraTenant {
  id: string;
  domain?: string;
  answer: TenantAnswer;
}

const TENANT_ERRORS: Record<Exclude<TenantAnswer, "ok">, { error: string; code: number; description: string }> = {
  noConsent: {
    error: "invalid_grant",
    code: 65001,
    description: "The user or administrator has not consented to use the application",
  },
  noAccess: { error: "invalid_grant", code: 50020, description: "User account does not exist in tenant" },
  appUnknown: { error: "unauthorized_client", code: 700016, description: "Application not found in the directory" },
  stepUp: { error: "interaction_required", code: 50076, description: "Multi-factor authentication required" },
};

/**
 * Entra ID at the browser's network boundary: /authorize redirects back with code + state, /token checks
 * PKCE (S256), the client id and the redirect URI, and returns JWTs carrying the request's nonce.
 */
export class FakeEntra {
  readonly issuedAccessTokens = new Set<string>();
  /** Whom each access token was issued to. */
  readonly accessTokenUsers = new Map<string, FakeUser>();
  readonly authorizeRequests: URL[] = [];
  readonly tokenRequests: URLSearchParams[] = [];
  readonly errors: string[] = [];
  private readonly codes = new Map<string, PendingCode>();
  private readonly refreshTokens = new Map<string, { user: FakeUser; scope: string }>();
  /** The user Entra has a session for: who signs in when no account picker is shown. */
  user: FakeUser = ADMIN;
  /**
   * Whom the admin picks when Entra shows its account picker (prompt=select_account, "Switch account"); that user
   * then holds Entra's session. Null: the picker is answered with the current user.
   */
  accountPickerChoice: FakeUser | null = null;
  /** Sign-out requests (/logout), in order. */
  readonly logoutRequests: URL[] = [];
  /** Whether Entra has a session for the user: without one, prompt=none (silent iframe) answers login_required. */
  sessionActive = true;
  /** The next /authorize answers with this OAuth error instead of a code (e.g. consent_required). */
  nextAuthorizeError: string | null = null;
  /** Refresh-token grants that ask for claims answer interaction_required: the claims need the user. */
  claimsNeedInteraction = false;
  /** Claims seen on /authorize and /token requests, decoded. */
  readonly claimsSeen: string[] = [];
  /** openid-configuration requests (MSAL has built-in metadata for most Microsoft hosts). */
  metadataRequests = 0;
  /** The customer tenants, by GUID (lower case). */
  readonly tenants = new Map<string, FakeEntraTenant>();
  /**
   * Tenants (GUIDs) whose token requests answer with a token of the home tenant: what MSAL's silent flow can hand
   * out for another tenant's authority (multi-tenant.md, "Pitfall"), so the console's check can be seen to refuse it.
   */
  readonly wrongTenantFor = new Set<string>();
  /** Every tenant a token was asked for, as its authority's path named it. */
  readonly tokenAuthorities: string[] = [];
  /**
   * Permissions (by name, e.g. DelegatedAdminRelationship.Read.All) granted only when the admin consents in a sign-in
   * window (incremental consent): until then a refresh token grant that asks for one answers AADSTS65001 with the
   * sub-error consent_required, and a silent /authorize (prompt=none) consent_required.
   */
  readonly consentNeeded = new Set<string>();
  private readonly consented = new Set<string>();
  /** The admin declines consent in the sign-in window (AADSTS65004, access_denied). */
  declineConsent = false;

  /** The permissions `scope` asks for that need a consent not given yet. */
  private unconsented(scope: string): string[] {
    const names = scope.split(" ").map((s) => s.split("/").pop() ?? s);
    return names.filter((name) => this.consentNeeded.has(name) && !this.consented.has(name));
  }

  constructor(
    private readonly redirectUris: string[],
    private readonly host = LOGIN_HOST,
    private readonly tenantId = TENANT_ID,
  ) {}

  /** The tenant (GUID) each access token was issued in, and its scopes. */
  private readonly accessTokenTenants = new Map<string, { tenant: string; scope: string }>();

  /** Whom an access token was issued to, in which tenant, or null for a token this Entra ID never issued. */
  callerOf(accessToken: string): Caller | null {
    const user = this.accessTokenUsers.get(accessToken);
    const issued = this.accessTokenTenants.get(accessToken);
    return user
      ? {
          appId: CLIENT_ID,
          appDisplayName: APP_NAME,
          userId: user.oid,
          userPrincipalName: user.upn,
          tenantId: issued?.tenant ?? this.tenantId,
          scopes: issued?.scope ?? "",
        }
      : null;
  }

  /** The tenant the admin signs in to: the partner's, for a managed-service provider. */
  get homeTenantId() {
    return this.tenantId;
  }

  /** Adds a customer tenant. */
  addTenant(tenant: FakeEntraTenant) {
    this.tenants.set(tenant.id.toLowerCase(), tenant);
  }

  /** The tenant an authority's path segment names: the home tenant for organizations/common, null when unknown. */
  private resolveTenant(segment: string): FakeEntraTenant | { id: string; answer: "ok" } | null {
    const name = decodeURIComponent(segment).toLowerCase();
    if (name === "organizations" || name === "common" || name === this.tenantId.toLowerCase()) {
      return { id: this.tenantId, answer: "ok" };
    }
    return this.tenants.get(name) ?? [...this.tenants.values()].find((t) => t.domain?.toLowerCase() === name) ?? null;
  }

  /** The OAuth error a tenant's requests get, or null when it issues tokens. */
  private tenantError(segment: string): { error: string; error_description: string; error_codes: number[] } | null {
    const tenant = this.resolveTenant(segment);
    if (!tenant) {
      return { error: "invalid_request", error_description: "AADSTS90002: Tenant not found", error_codes: [90002] };
    }
    if (tenant.answer === "ok") return null;
    const { error, code, description } = TENANT_ERRORS[tenant.answer];
    return { error, error_description: `AADSTS${code}: ${description}`, error_codes: [code] };
  }

  async install(context: BrowserContext) {
    await context.route(`${this.host}/**`, (route, request) => this.handle(route, request));
  }

  private fail(route: Route, message: string) {
    this.errors.push(message);
    return route.fulfill({ status: 400, contentType: "text/plain", body: message });
  }

  private async handle(route: Route, request: Request) {
    const url = new URL(request.url());
    if (url.pathname.endsWith("/oauth2/v2.0/authorize")) return this.authorize(route, url);
    if (url.pathname.endsWith("/oauth2/v2.0/token")) return this.token(route, request);
    if (url.pathname.endsWith("/oauth2/v2.0/logout")) {
      this.logoutRequests.push(url);
      this.sessionActive = false;
      const target = url.searchParams.get("post_logout_redirect_uri");
      if (!target) return route.fulfill({ body: "Signed out" });
      // The request's state comes back with the redirect (OpenID Connect RP-Initiated Logout 1.0, section 3): MSAL's
      // redirect bridge needs it to hand a popup sign-out's answer to the window that asked.
      const back = new URL(target);
      const state = url.searchParams.get("state");
      if (state) back.searchParams.set("state", state);
      return route.fulfill({ status: 302, headers: { location: back.href } });
    }
    if (url.pathname.endsWith("/v2.0/.well-known/openid-configuration"))
      return this.openIdConfiguration(route, request, url);
    return this.fail(route, `unexpected request to Entra: ${request.method()} ${url.pathname}`);
  }

  /** Endpoint metadata, which MSAL fetches for hosts it has no built-in metadata for. */
  private openIdConfiguration(route: Route, request: Request, url: URL) {
    this.metadataRequests += 1;
    const tenant = url.pathname.split("/")[1];
    const base = `${this.host}/${tenant}`;
    return route.fulfill({
      contentType: "application/json",
      headers: { "access-control-allow-origin": request.headers()["origin"] ?? "*" },
      body: JSON.stringify({
        issuer: `${this.host}/${this.tenantId}/v2.0`,
        authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
        token_endpoint: `${base}/oauth2/v2.0/token`,
        end_session_endpoint: `${base}/oauth2/v2.0/logout`,
        jwks_uri: `${this.host}/${tenant}/discovery/v2.0/keys`,
        response_modes_supported: ["query", "fragment", "form_post"],
      }),
    });
  }

  /** Every refresh token issued so far stops working, as after a password reset or a revoked session. */
  revokeRefreshTokens() {
    this.refreshTokens.clear();
  }

  private authorize(route: Route, url: URL) {
    this.authorizeRequests.push(url);
    const q = url.searchParams;
    const redirectUri = q.get("redirect_uri") ?? "";
    if (q.get("claims")) this.claimsSeen.push(q.get("claims")!);
    if (q.get("client_id") !== CLIENT_ID) return this.fail(route, `authorize: unknown client_id ${q.get("client_id")}`);
    if (!this.redirectUris.includes(redirectUri))
      return this.fail(route, `authorize: unregistered redirect_uri ${redirectUri}`);
    if (q.get("response_type") !== "code") return this.fail(route, "authorize: response_type must be code");
    if (q.get("code_challenge_method") !== "S256" || !q.get("code_challenge"))
      return this.fail(route, "authorize: PKCE S256 required");
    const state = q.get("state");
    if (!state) return this.fail(route, "authorize: state missing");
    const segment = url.pathname.split("/")[1] ?? "";
    const refused = this.tenantError(segment);
    if (refused && !(refused.error_codes[0] === 50076 && q.get("prompt") !== "none")) {
      const response = new URLSearchParams({
        error: refused.error === "invalid_grant" ? "consent_required" : refused.error,
        error_description: refused.error_description,
        state,
      });
      if (refused.error_codes[0] === 50020) response.set("error", "access_denied");
      return route.fulfill({ status: 302, headers: { location: `${redirectUri}#${response}` } });
    }
    const missing = this.unconsented(q.get("scope") ?? "");
    if (missing.length > 0) {
      const silent = q.get("prompt") === "none";
      if (silent || this.declineConsent) {
        const response = new URLSearchParams({
          error: silent ? "consent_required" : "access_denied",
          error_description: silent
            ? "AADSTS65001: The user or administrator has not consented to use the application."
            : "AADSTS65004: User declined to consent to access the app.",
          state,
        });
        return route.fulfill({ status: 302, headers: { location: `${redirectUri}#${response}` } });
      }
      for (const name of missing) this.consented.add(name);
    }
    const oauthError =
      this.nextAuthorizeError ?? (q.get("prompt") === "none" && !this.sessionActive ? "login_required" : null);
    if (oauthError) {
      this.nextAuthorizeError = null;
      const response = new URLSearchParams({
        error: oauthError,
        error_description: `AADSTS${oauthError === "consent_required" ? "65001" : "50058"}: ${oauthError}`,
        state,
      });
      return route.fulfill({ status: 302, headers: { location: `${redirectUri}#${response}` } });
    }
    if (q.get("prompt") === "select_account" && this.accountPickerChoice) this.user = this.accountPickerChoice;
    // Signed in to a tenant that asked for MFA: its refresh token grants now carry it.
    const steppedUp = this.resolveTenant(segment);
    if (steppedUp && steppedUp.answer === "stepUp") this.addTenant({ ...steppedUp, answer: "ok" });
    this.sessionActive = true;
    const code = randomUUID();
    this.codes.set(code, {
      challenge: q.get("code_challenge")!,
      nonce: q.get("nonce") ?? "",
      scope: q.get("scope") ?? "",
      redirectUri,
      user: this.user,
      tenant: this.resolveTenant(segment)?.id ?? this.tenantId,
    });
    const response = new URLSearchParams({
      code,
      state,
      client_info: this.clientInfo(this.user),
      session_state: randomUUID(),
    });
    return route.fulfill({ status: 302, headers: { location: `${redirectUri}#${response}` } });
  }

  private clientInfo(user: FakeUser) {
    return base64url(JSON.stringify({ uid: user.oid, utid: this.tenantId }));
  }

  private async token(route: Route, request: Request) {
    const origin = request.headers()["origin"] ?? "*";
    const body = new URLSearchParams(request.postData() ?? "");
    this.tokenRequests.push(body);
    if (body.get("claims")) this.claimsSeen.push(body.get("claims")!);
    const reply = (status: number, json: unknown) =>
      route.fulfill({
        status,
        contentType: "application/json",
        headers: { "access-control-allow-origin": origin },
        body: JSON.stringify(json),
      });
    if (body.get("client_id") !== CLIENT_ID) {
      return reply(400, { error: "unauthorized_client", error_description: "AADSTS700016: unknown client" });
    }
    const segment = new URL(request.url()).pathname.split("/")[1] ?? "";
    this.tokenAuthorities.push(decodeURIComponent(segment));
    let grant: { user: FakeUser; scope: string; nonce?: string };
    let tenant = this.resolveTenant(segment)?.id ?? this.tenantId;
    if (body.get("grant_type") === "authorization_code") {
      const pending = this.codes.get(body.get("code") ?? "");
      this.codes.delete(body.get("code") ?? "");
      if (!pending)
        return reply(400, { error: "invalid_grant", error_description: "AADSTS70008: code expired or used" });
      if (s256(body.get("code_verifier") ?? "") !== pending.challenge) {
        this.errors.push("token: PKCE verifier does not match the challenge");
        return reply(400, { error: "invalid_grant", error_description: "AADSTS501481: code_verifier mismatch" });
      }
      if (body.get("redirect_uri") !== pending.redirectUri) {
        return reply(400, { error: "invalid_grant", error_description: "AADSTS50148: redirect_uri mismatch" });
      }
      grant = pending;
      tenant = pending.tenant;
    } else if (body.get("grant_type") === "refresh_token") {
      // One refresh token serves every tenant of the account (MSAL multi-tenant-accounts.md); each tenant answers
      // for itself.
      const refused = this.tenantError(segment);
      if (refused) return reply(400, refused);
      const known = this.refreshTokens.get(body.get("refresh_token") ?? "");
      if (!known)
        return reply(400, { error: "invalid_grant", error_description: "AADSTS700082: refresh token expired" });
      if (this.unconsented(body.get("scope") ?? "").length > 0) {
        return reply(400, {
          error: "invalid_grant",
          error_description: "AADSTS65001: The user or administrator has not consented to use the application.",
          error_codes: [65001],
          suberror: "consent_required",
        });
      }
      if (this.claimsNeedInteraction && /acrs/.test(body.get("claims") ?? "")) {
        return reply(400, {
          error: "interaction_required",
          error_description: "AADSTS50076: multi-factor authentication required by Conditional Access",
          suberror: "basic_action",
        });
      }
      grant = { ...known, scope: body.get("scope") ?? known.scope };
    } else {
      return reply(400, { error: "unsupported_grant_type" });
    }
    const now = Math.floor(Date.now() / 1000);
    const accessToken = `fake-at.${randomUUID()}`;
    const refreshToken = `fake-rt.${randomUUID()}`;
    if (this.wrongTenantFor.has(tenant.toLowerCase())) tenant = this.tenantId;
    this.issuedAccessTokens.add(accessToken);
    this.accessTokenUsers.set(accessToken, grant.user);
    this.refreshTokens.set(refreshToken, { user: grant.user, scope: grant.scope });
    const resourceScopes = grant.scope
      .split(" ")
      .filter((s) => !["openid", "profile", "offline_access"].includes(s))
      .join(" ");
    this.accessTokenTenants.set(accessToken, { tenant, scope: resourceScopes });
    return reply(200, {
      token_type: "Bearer",
      scope: resourceScopes,
      expires_in: 3600,
      ext_expires_in: 3600,
      access_token: accessToken,
      refresh_token: refreshToken,
      client_info: this.clientInfo(grant.user),
      id_token: jwt({
        aud: CLIENT_ID,
        iss: `${this.host}/${tenant}/v2.0`,
        iat: now,
        nbf: now,
        exp: now + 3600,
        name: grant.user.name,
        preferred_username: grant.user.upn,
        login_hint: loginHintOf(grant.user),
        oid: grant.user.oid,
        sub: grant.user.oid,
        tid: tenant,
        ver: "2.0",
        ...(grant.nonce ? { nonce: grant.nonce } : {}),
      }),
    });
  }
}
