import { useEffect, useState, type ReactNode } from "react";
import { QueryClientProvider } from "@tanstack/react-query";
import { useAuth } from "../auth/session";
import { claimAccountState } from "../storage/accountState";
import { createQueryClient } from "./queryClient";

function openScope(accountId: string | null) {
  // Before anything below reads it: state kept for another account is dropped. Claiming is idempotent, so it is
  // safe where React may render twice.
  if (accountId !== null) claimAccountState(accountId);
  return { accountId, client: createQueryClient() };
}

/**
 * Everything below belongs to one signed-in account, or to nobody while signed out: the state kept in session
 * storage and the URL is claimed for it, it gets a query cache of its own, and every component is mounted afresh
 * (`key`), so nothing chosen or read for one account reaches the next. The old cache is dropped, not reused, so
 * no query of the new account can be caught by clearing it.
 */
export function AccountScope({ children }: { children: ReactNode }) {
  const accountId = useAuth().account?.id ?? null;
  const [scope, setScope] = useState(() => openScope(accountId));
  if (scope.accountId !== accountId) setScope(openScope(accountId));
  const { client } = scope;
  useEffect(() => () => client.clear(), [client]);
  return (
    <QueryClientProvider key={accountId ?? ""} client={client}>
      {children}
    </QueryClientProvider>
  );
}
