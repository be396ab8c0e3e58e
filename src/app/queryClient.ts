import { QueryClient } from "@tanstack/react-query";
import { GraphError } from "../graph/GraphError";

const MAX_READ_RETRIES = 2;

/** Reads retry only what may succeed on a second try: throttling, server errors and the network. */
export function shouldRetryRead(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_READ_RETRIES || !(error instanceof GraphError)) return false;
  return error.status === 0 || error.status === 429 || error.status >= 500;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        retry: shouldRetryRead,
        retryDelay: (attempt, error) =>
          error instanceof GraphError && error.retryAfterSeconds !== null
            ? error.retryAfterSeconds * 1000
            : Math.min(1000 * 2 ** attempt, 8000),
      },
      mutations: { retry: false },
    },
  });
}
