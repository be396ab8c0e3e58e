import {
  CacheLookupPolicy,
  InteractionRequiredAuthError,
  ServerError,
  type AccountInfo,
  type AuthenticationResult,
  type SilentRequest,
} from "@azure/msal-browser";
import { http, HttpResponse } from "msw";
import { server } from "../test/server";
import { createGraphClient } from "../graph/client";
import { graphPath } from "../graph/graphPath";
import { AuthFailure } from "./AuthFailure";
import { createTenantTokens, type TenantMsal } from "./tenantAccess";

const LOGIN = "https://login.microsoftonline.com";
const CLIENT_ID = "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0";
const HOME = "72f988bf-86f1-41af-91ab-2d7cd011db47";
const FABRIKAM = "0b9d4c1e-6f2a-4d3b-8c5e-7a1f2b3c4d5e";
const SCOPES = ["https://graph.microsoft.com/DeviceManagementConfiguration.ReadWrite.All"];

const account = (tenantId: string): AccountInfo => ({
  homeAccountId: `uid.${HOME}`,
  environment: "login.windows.net",
  tenantId,
  username: "adele@contoso.example",
  localAccountId: "uid",
});

const result = (tid: string, claimsTid: string = tid): AuthenticationResult =>
  ({
    accessToken: `token-of-${tid}`,
    tenantId: tid,
    idTokenClaims: { tid: claimsTid },
    account: account(tid),
  }) as unknown as AuthenticationResult;

/** MSAL as the tenant tokens use it: records the silent requests and answers with what the test queues. */
function fakeMsal(answers: Array<AuthenticationResult | Error>, accountsInTenant: AccountInfo[] = []) {
  const requests: SilentRequest[] = [];
  const msal: TenantMsal = {
    async acquireTokenSilent(request) {
      requests.push(request);
      const answer = answers.shift();
      if (!answer) throw new Error("no answer queued");
      if (answer instanceof Error) throw answer;
      return answer;
    },
    getAccount: ({ tenantId }) => accountsInTenant.find((a) => a.tenantId === tenantId) ?? null,
  };
  return { msal, requests };
}

function tokens(msal: TenantMsal, interactive = async (): Promise<AuthenticationResult> => result(FABRIKAM)) {
  return createTenantTokens({
    msal,
    authorityHost: LOGIN,
    clientId: CLIENT_ID,
    home: () => account(HOME),
    interactive,
  });
}

async function failureOf(promise: Promise<unknown>): Promise<AuthFailure> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AuthFailure)) throw new Error(`expected an AuthFailure, got ${String(error)}`);
  return error;
}

describe("tenant tokens", () => {
  it("asks for the tenant's authority, past the cached access token on first use, and returns a token of that tenant", async () => {
    const { msal, requests } = fakeMsal([result(FABRIKAM)]);
    await expect(tokens(msal).getAccessToken(FABRIKAM, SCOPES)).resolves.toBe(`token-of-${FABRIKAM}`);
    expect(requests).toEqual([
      expect.objectContaining({
        authority: `${LOGIN}/${FABRIKAM}`,
        account: account(HOME),
        scopes: SCOPES,
        cacheLookupPolicy: CacheLookupPolicy.RefreshToken,
      }),
    ]);
  });

  it("uses the account as seen in the tenant once MSAL has it, with its cache", async () => {
    const { msal, requests } = fakeMsal([result(FABRIKAM)], [account(FABRIKAM)]);
    await tokens(msal).getAccessToken(FABRIKAM, SCOPES);
    expect(requests[0]?.account).toEqual(account(FABRIKAM));
    expect(requests[0]).not.toHaveProperty("cacheLookupPolicy");
  });

  it("refuses a token of another tenant, and the Graph client then sends nothing", async () => {
    const { msal } = fakeMsal([result(HOME), result(HOME)]);
    const access = tokens(msal);
    const failure = await failureOf(access.getAccessToken(FABRIKAM, SCOPES));
    expect(failure).toMatchObject({ kind: "tenant-mismatch", tenant: FABRIKAM });

    const sent: string[] = [];
    server.use(
      http.all("https://graph.microsoft.com/*", ({ request }) => (sent.push(request.url), HttpResponse.json({}))),
    );
    const graph = createGraphClient({
      graphHost: "https://graph.microsoft.com",
      getAccessToken: (request) => access.getAccessToken(FABRIKAM, SCOPES, request),
    });
    await expect(graph.request(graphPath`/deviceManagement/androidForWorkEnrollmentProfiles`)).rejects.toMatchObject({
      kind: "tenant-mismatch",
    });
    expect(sent).toEqual([]);
  });

  it("refuses a result whose id token names another tenant than the result", async () => {
    const { msal } = fakeMsal([result(FABRIKAM, HOME)]);
    expect(await failureOf(tokens(msal).getAccessToken(FABRIKAM, SCOPES))).toMatchObject({ kind: "tenant-mismatch" });
  });

  it("pins a tenant configured by domain to the tenant of its first token", async () => {
    const { msal, requests } = fakeMsal([result(FABRIKAM), result(FABRIKAM), result(HOME)], [account(FABRIKAM)]);
    const access = tokens(msal);
    await expect(access.getAccessToken("fabrikam.onmicrosoft.com", SCOPES)).resolves.toBe(`token-of-${FABRIKAM}`);
    expect(requests[0]).toMatchObject({ cacheLookupPolicy: CacheLookupPolicy.RefreshToken });
    await expect(access.getAccessToken("Fabrikam.onmicrosoft.com", SCOPES)).resolves.toBe(`token-of-${FABRIKAM}`);
    expect(requests[1]?.account).toEqual(account(FABRIKAM));
    expect(await failureOf(access.getAccessToken("fabrikam.onmicrosoft.com", SCOPES))).toMatchObject({
      kind: "tenant-mismatch",
    });
  });

  it.each([
    ["65001", "consent_required", "consent-required", true],
    ["50020", "invalid_grant", "no-access", false],
    ["700016", "invalid_client", "app-unknown", true],
    ["50076", "interaction_required", "step-up", false],
    ["50079", "interaction_required", "step-up", false],
    ["90002", "invalid_request", "tenant-not-found", false],
  ])("names AADSTS%s for the tenant as %s", async (errorNo, errorCode, kind, consent) => {
    const error =
      errorCode === "consent_required" || errorCode === "interaction_required"
        ? new InteractionRequiredAuthError(errorCode, "", "", "", "", "", "", errorNo)
        : new ServerError(errorCode, "", "", "", errorNo);
    const { msal } = fakeMsal([error]);
    const failure = await failureOf(tokens(msal).getAccessToken(FABRIKAM, SCOPES));
    expect(failure).toMatchObject({ kind, tenant: FABRIKAM });
    expect(failure.consentUrl).toBe(consent ? `${LOGIN}/${FABRIKAM}/adminconsent?client_id=${CLIENT_ID}` : null);
  });

  it("reads the AADSTS number from the description of an interactive answer", async () => {
    const failing = async (): Promise<AuthenticationResult> => {
      throw new InteractionRequiredAuthError("interaction_required", "", "AADSTS50076: MFA required");
    };
    const failure = await failureOf(tokens(fakeMsal([]).msal, failing).reauthenticate(FABRIKAM, SCOPES));
    expect(failure).toMatchObject({ kind: "step-up", tenant: FABRIKAM });
  });

  it("refuses an interactive answer from another tenant", async () => {
    const failure = await failureOf(
      tokens(fakeMsal([]).msal, async () => result(HOME)).reauthenticate(FABRIKAM, SCOPES),
    );
    expect(failure).toMatchObject({ kind: "tenant-mismatch", tenant: FABRIKAM });
  });
});
