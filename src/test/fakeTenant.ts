import { FakeTenant, type FakeTenantOptions } from "../fake-tenant/fakeTenant";
import type { FakeTenants } from "../fake-tenant/fakeTenants";
import { fakeTenantHandler, TEST_CALLER } from "./fakeTenantHandler";
import { server } from "./server";

/** A fake tenant that answers this test's Graph requests (through MSW). */
export function serveFakeTenant(options: FakeTenantOptions = {}): FakeTenant {
  const tenant = new FakeTenant(options);
  server.use(fakeTenantHandler(tenant));
  return tenant;
}

/** The access token tenantTokenOf gives for `tenantId`, which serveFakeTenants answers in that tenant. */
export const tenantTokenOf = (tenantId: string) => `test-token.${tenantId}`;

/** Several fake tenants behind one Graph: a request is answered in the tenant its token (tenantTokenOf) names. */
export function serveFakeTenants(tenants: FakeTenants) {
  server.use(fakeTenantHandler(tenants, (token) => ({ ...TEST_CALLER, tenantId: token.slice("test-token.".length) })));
}
