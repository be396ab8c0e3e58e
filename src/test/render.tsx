import type { ReactElement, ReactNode } from "react";
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
// Tests use the app's own query defaults (staleTime, retry rules); only the app shell itself may import src/app.
import { createQueryClient } from "../app/queryClient";
import { createGraphClient } from "../graph/client";
import { GraphClientContext } from "../graph/GraphContext";
import { ToastProvider } from "../ui/toast";

export const GRAPH_HOST = "https://graph.microsoft.com";
export const PROFILES_URL = `${GRAPH_HOST}/beta/deviceManagement/androidForWorkEnrollmentProfiles`;

/** The app's QueryClient, with read retries off so a failing read shows its error at once. */
export function createTestQueryClient(): QueryClient {
  const queryClient = createQueryClient();
  const defaults = queryClient.getDefaultOptions();
  queryClient.setDefaultOptions({ ...defaults, queries: { ...defaults.queries, retry: false } });
  return queryClient;
}

/**
 * Renders `ui` as the app does: QueryClientProvider, a real Graph client (whose requests MSW answers)
 * and, unless the component brings its own, a ToastProvider.
 */
export function renderWithProviders(ui: ReactElement, { toast = true }: { toast?: boolean } = {}) {
  const queryClient = createTestQueryClient();
  const graph = createGraphClient({ graphHost: GRAPH_HOST, getAccessToken: async () => "test-token" });
  const user = userEvent.setup();
  const wrap = (children: ReactNode) => (toast ? <ToastProvider>{children}</ToastProvider> : children);
  const result = render(
    <QueryClientProvider client={queryClient}>
      <GraphClientContext.Provider value={graph}>{wrap(ui)}</GraphClientContext.Provider>
    </QueryClientProvider>,
  );
  return { ...result, user, queryClient };
}
