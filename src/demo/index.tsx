import { useMemo, useState, type ReactNode } from "react";
import { AuthContext, type AuthSession, type SignedInAccount } from "../auth/session";
import type { GraphPermissions } from "../graph/GraphContext";
import { createGraphPermissions } from "../graph/graphPermissions";
import { DEMO_GRAPH_HOST, createDemoGraphFetch, createDemoTenant } from "./demoGraph";
import { createDemoPartnerRuntime } from "./demoPartner";

const DEMO_ADMINS: SignedInAccount[] = [
  {
    id: "demo-admin-1",
    name: "Megan Bowen (demo)",
    username: "megan.bowen@contoso-demo.example",
    tenant: "Contoso (demo)",
  },
  {
    id: "demo-admin-2",
    name: "Alex Wilber (demo)",
    username: "alex.wilber@contoso-demo.example",
    tenant: "Contoso (demo)",
  },
];

/** The demo tenant starts signed in; sign-out, sign-in and account switching happen in the page. */
export function DemoSessionProvider({ children }: { children: ReactNode }) {
  const [accountIndex, setAccountIndex] = useState<number | null>(0);
  const session = useMemo<AuthSession>(
    () => ({
      status: accountIndex === null ? "signed-out" : "signed-in",
      account: accountIndex === null ? null : (DEMO_ADMINS[accountIndex] ?? null),
      error: null,
      notice: null,
      dismissNotice: () => undefined,
      signIn: () => setAccountIndex(0),
      signOut: () => setAccountIndex(null),
      switchAccount: () => setAccountIndex((index) => ((index ?? 0) + 1) % DEMO_ADMINS.length),
      reauthenticate: async () => setAccountIndex((index) => index ?? 0),
    }),
    [accountIndex],
  );
  return <AuthContext.Provider value={session}>{children}</AuthContext.Provider>;
}

/**
 * The demo's Graph; `profileCount` generates a large tenant (config.json: "demo": {"profiles": 5000}). The demo admin
 * has every permission: one asked for later is granted at once.
 */
export function createDemoGraph(profileCount: number | null = null): GraphPermissions {
  return createGraphPermissions({
    graphHost: DEMO_GRAPH_HOST,
    getAccessToken: async () => "demo-access-token",
    grant: async () => undefined,
    fetch: createDemoGraphFetch(createDemoTenant(profileCount)),
  });
}

/**
 * The demo partner ("demo": {"tenants": N, "profiles": P}): its own tenant and N customers (of P profiles each, or 3
 * to 60 with null), worked in with the tenant picker.
 */
export function createDemoPartner(customers: number, profiles: number | null = null) {
  const tenants = createDemoPartnerRuntime(customers, profiles);
  const home = tenants.listed[0]!.id;
  return { graph: tenants.graphFor(home), permissions: tenants.permissionsFor(home), tenants };
}
