import { QueryClient } from "@tanstack/react-query";
import { retryDelayMs, shouldRetryRead } from "../graph/retryPolicy";

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        retry: shouldRetryRead,
        retryDelay: retryDelayMs,
      },
      // Mutations decide for themselves (createToken retries only a 429), and never wait for the network to
      // come back on their own: a token is created when the admin presses the button, not later.
      mutations: { retry: false, networkMode: "always" },
    },
  });
}
