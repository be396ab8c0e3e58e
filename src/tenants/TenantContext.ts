import { createContext, useContext } from "react";
import type { Tenant } from "./tenant";

export interface TenantChoice {
  tenants: Tenant[];
  current: Tenant;
  choose(tenant: Tenant): void;
}

/** Provided by TenantScope (in the Entra runtime's chunk); the header's picker and the workspace read it. */
export const TenantContext = createContext<TenantChoice | null>(null);

/** The tenants to choose from and the one the console works in; null when it works in one tenant only. */
export const useTenantChoice = () => useContext(TenantContext);
