import { useEffect, useState, type ReactNode } from "react";
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { useTenantChoice } from "../../tenants/TenantContext";

/**
 * The workspace of the chosen tenant, mounted afresh for each (nothing chosen or ticked in one reaches another),
 * with a query cache of each tenant's own, kept while the account is signed in so that coming back is instant.
 * Working in one tenant, it changes nothing.
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
  const key = choice.current.id.toLowerCase();
  let client = clients.get(key);
  if (!client) clients.set(key, (client = createQueryClient()));
  return (
    <QueryClientProvider key={key} client={client}>
      {children}
    </QueryClientProvider>
  );
}
