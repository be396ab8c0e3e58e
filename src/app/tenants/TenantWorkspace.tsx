import { lazy, useEffect, useState, type ReactNode } from "react";
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { useTenantChoice } from "../../tenants/TenantContext";

// Rare (a link to a tenant not known yet): in the tenant picker's chunk, which the header loads anyway.
const UnknownTenant = lazy(() => import("./TenantPicker").then((module) => ({ default: module.UnknownTenant })));

/**
 * The workspace of the chosen tenant, mounted afresh for each (nothing chosen or ticked in one reaches another),
 * with a query cache of each tenant's own, kept while the account is signed in so that coming back is instant.
 * A link's tenant the console does not know opens no workspace. Working in one tenant, it changes nothing.
 */
export function TenantWorkspace({
  createQueryClient,
  children,
}: {
  createQueryClient: () => QueryClient;
  children: ReactNode;
}) {
  const choice = useTenantChoice();
  const [clients] = useState(() => new Map<string, QueryClient>());
  useEffect(() => () => clients.forEach((client) => client.clear()), [clients]);
  if (choice === null) return children;
  if (choice.requested !== null) return <UnknownTenant choice={{ ...choice, requested: choice.requested }} />;
  const key = choice.current.id.toLowerCase();
  let client = clients.get(key);
  if (!client) clients.set(key, (client = createQueryClient()));
  return (
    <QueryClientProvider key={key} client={client}>
      {children}
    </QueryClientProvider>
  );
}
