import { FakeTenant, type FakeTenantOptions } from "../fake-tenant/fakeTenant";
import { fakeTenantHandler } from "./fakeTenantHandler";
import { server } from "./server";

/** A fake tenant that answers this test's Graph requests (through MSW). */
export function serveFakeTenant(options: FakeTenantOptions = {}): FakeTenant {
  const tenant = new FakeTenant(options);
  server.use(fakeTenantHandler(tenant));
  return tenant;
}
