import { parseConfig } from "../config/parseConfig";
import type { AppConfig } from "../config/schema";
import { configuredTenants, isMultiTenant, mergeTenants, tenantsToChoose } from "./tenant";

const CLIENT_ID = "6a1f3c2e-9b4d-4e8f-a2c1-0d5e7f9b3a41";
const A = { id: "fabrikam.onmicrosoft.com", name: "Fabrikam" };
const B = { id: "0b9d4c1e-6f2a-4d3b-8c5e-7a1f2b3c4d5e", name: "Northwind" };

function config(raw: Record<string, unknown>): AppConfig {
  const result = parseConfig(raw, "https://intranet.contoso.com");
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.config;
}

describe("tenants of a config", () => {
  it("is one tenant without a list, with one listed tenant, or in the single demo tenant", () => {
    expect(isMultiTenant(config({ clientId: CLIENT_ID }))).toBe(false);
    expect(isMultiTenant(config({ clientId: CLIENT_ID, tenants: [A] }))).toBe(false);
    expect(isMultiTenant(config({ demo: true }))).toBe(false);
    expect(isMultiTenant(config({ demo: { profiles: 300 } }))).toBe(false);
  });

  it("is many with GDAP discovery, whatever is listed", () => {
    expect(isMultiTenant(config({ clientId: CLIENT_ID, tenantDiscovery: "gdap" }))).toBe(true);
    expect(isMultiTenant(config({ clientId: CLIENT_ID, tenantDiscovery: "gdap", tenants: [A] }))).toBe(true);
    expect(configuredTenants(config({ clientId: CLIENT_ID, tenantDiscovery: "gdap", tenants: [A] }))).toEqual([A]);
  });

  it("is many with two listed tenants", () => {
    expect(isMultiTenant(config({ clientId: CLIENT_ID, tenants: [A, B] }))).toBe(true);
    expect(configuredTenants(config({ clientId: CLIENT_ID, tenants: [A, B] }))).toEqual([A, B]);
  });

  it("merges discovered tenants after the listed ones, each tenant once whatever the case of its id", () => {
    const c = { id: "C0FFEE00-0000-4000-8000-000000000000", name: "C" };
    expect(mergeTenants([A, B], [{ ...B, id: B.id.toUpperCase(), name: "Again" }, c])).toEqual([A, B, c]);
  });

  it("chooses from the home tenant, the listed ones, then the discovered ones; a listed home tenant keeps its name", () => {
    const home = { id: "72F988BF-86F1-41AF-91AB-2D7CD011DB47", name: "Home" };
    const c = { id: "c0ffee00-0000-4000-8000-000000000000", name: "C" };
    expect(tenantsToChoose([A], home, [c, B])).toEqual([home, A, c, B]);
    const listedHome = { id: home.id.toLowerCase(), name: "Contoso (partner)" };
    expect(tenantsToChoose([A, listedHome], home, [])).toEqual([A, listedHome]);
    expect(tenantsToChoose([A, B], null, [c])).toEqual([A, B, c]);
  });
});
