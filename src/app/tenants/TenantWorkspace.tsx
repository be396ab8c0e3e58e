import { lazy, useEffect, useMemo, useState, type ReactNode } from "react";
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { useTenantChoice, type TenantChoice } from "../../tenants/TenantContext";
import type { TenantRuntime } from "../../tenants/tenantRuntime";
import { createTenantQueryClients, useTenantRuntime, type TenantQueryClients } from "./tenantWorkspaces";

// In the tenant picker's chunk, which the header loads anyway: a console that works in one tenant never downloads
// them. The overview in a chunk of its own would share MUI with the picker's and the workspace's, which makes the
// bundler split the first load's script into more chunks (about 3 KB gzip more).
const UnknownTenant = lazy(() => import("./TenantPicker").then((module) => ({ default: module.UnknownTenant })));
const TenantOverview = lazy(() => import("./TenantPicker").then((module) => ({ default: module.TenantOverview })));

interface AllTenantsProps {
  choice: TenantChoice;
  queryClients: TenantQueryClients;
  runtime: TenantRuntime;
}

/** The overview of every tenant, reading into each tenant's own cache; a tenant's name opens its workspace. */
function AllTenants({ choice, queryClients, runtime }: AllTenantsProps) {
  const source = useMemo(
    () => ({ queryClientOf: queryClients.of, graphOf: runtime.graphFor, reauthenticate: runtime.reauthenticate }),
    [queryClients, runtime],
  );
  return <TenantOverview tenants={choice.tenants} source={source} onOpen={choice.choose} />;
}

/**
 * The workspace of the chosen tenant, mounted afresh for each (nothing chosen or ticked in one reaches another),
 * with a query cache of each tenant's own, kept while the account is signed in so that coming back is instant; or
 * the overview of every tenant (`?view=tenants`), which reads into the same caches. A link's tenant the console does
 * not know opens no workspace. Working in one tenant, it changes nothing.
 */
export function TenantWorkspace({
  createQueryClient,
  children,
}: {
  createQueryClient: () => QueryClient;
  children: ReactNode;
}) {
  const choice = useTenantChoice();
  const runtime = useTenantRuntime();
  const [queryClients] = useState(() => createTenantQueryClients(createQueryClient));
  useEffect(() => () => queryClients.clear(), [queryClients]);
  if (choice === null || runtime === null) return children;
  if (choice.overview) return <AllTenants choice={choice} queryClients={queryClients} runtime={runtime} />;
  if (choice.requested !== null) return <UnknownTenant choice={{ ...choice, requested: choice.requested }} />;
  const key = choice.current.id.toLowerCase();
  return (
    <QueryClientProvider key={key} client={queryClients.of(key)}>
      {children}
    </QueryClientProvider>
  );
}
