import { http, HttpResponse } from "msw";
import { type FakeTenant } from "../fake-tenant/fakeTenant";
import { GRAPH_HOST, isNetworkFailure, type Caller } from "../fake-tenant/fakeHttp";

/** Whoever holds the tests' access token (renderWithProviders signs every request with one). */
export const TEST_CALLER: Caller = {
  appId: "test-console",
  appDisplayName: "Enrollment Token Console",
  userId: "test-admin",
  userPrincipalName: "admin@contoso.example",
  tenantId: "test-tenant",
};

/**
 * MSW's handler for the fake tenant: every Graph request goes to `tenant` (or to FakeTenants, each request to its
 * token's tenant); any bearer token is the test admin's, unless `callerOf` says whose it is.
 */
export const fakeTenantHandler = (
  tenant: Pick<FakeTenant, "handle">,
  callerOf: (accessToken: string) => Caller = () => TEST_CALLER,
) =>
  http.all(`${GRAPH_HOST}/*`, async ({ request }) => {
    const headers = Object.fromEntries(request.headers);
    const body = await request.text();
    const outcome = await tenant.handle({
      method: request.method,
      url: request.url,
      headers,
      body: body === "" ? null : body,
      caller: /^Bearer \S/.test(headers["authorization"] ?? "") ? callerOf(headers["authorization"]!.slice(7)) : null,
    });
    if (isNetworkFailure(outcome)) return HttpResponse.error();
    return new HttpResponse(outcome.body, { status: outcome.status, headers: outcome.headers });
  });
