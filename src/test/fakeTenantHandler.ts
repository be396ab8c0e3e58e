import { http, HttpResponse } from "msw";
import { type FakeTenant } from "../fake-tenant/fakeTenant";
import { GRAPH_HOST, isNetworkFailure, type Caller } from "../fake-tenant/fakeHttp";

/** Whoever holds the tests' access token (renderWithProviders signs every request with one). */
export const TEST_CALLER: Caller = { appId: "test-console", userId: "test-admin", tenantId: "test-tenant" };

/** MSW's handler for the fake tenant: every Graph request goes to `tenant`; any bearer token is the test admin's. */
export const fakeTenantHandler = (tenant: FakeTenant) =>
  http.all(`${GRAPH_HOST}/*`, async ({ request }) => {
    const headers = Object.fromEntries(request.headers);
    const body = await request.text();
    const outcome = await tenant.handle({
      method: request.method,
      url: request.url,
      headers,
      body: body === "" ? null : body,
      caller: /^Bearer \S/.test(headers["authorization"] ?? "") ? TEST_CALLER : null,
    });
    if (isNetworkFailure(outcome)) return HttpResponse.error();
    return new HttpResponse(outcome.body, { status: outcome.status, headers: outcome.headers });
  });
