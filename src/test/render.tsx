import type { ReactElement, ReactNode } from "react";
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
// Tests use the app's own query defaults (staleTime, retry rules); only the app shell itself may import src/app.
import { createQueryClient } from "../app/queryClient";
import { GraphClientContext } from "../graph/GraphContext";
import { GraphPermissionsContext, type GraphPermissions } from "../graph/GraphContext";
import { createGraphPermissions } from "../graph/graphPermissions";
import { ToastProvider } from "../ui/toast";
import { AuthContext, type AuthSession } from "../auth/session";
import { AuthFailure } from "../auth/AuthFailure";
import type { Permission } from "../graph/permissions";

export const GRAPH_HOST = "https://graph.microsoft.com";
/** The legacy collection, and the one today's admin center uses for corporate-owned Android. */
export const PROFILES_URL = `${GRAPH_HOST}/beta/deviceManagement/androidForWorkEnrollmentProfiles`;
export const DEVICE_OWNER_URL = `${GRAPH_HOST}/beta/deviceManagement/androidDeviceOwnerEnrollmentProfiles`;

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
/** A signed-in session whose actions are spies. */
export function testSession(): AuthSession {
  return {
    status: "signed-in",
    account: { id: "a", name: "Test Admin", username: "admin@contoso.example", tenant: "t" },
    error: null,
    notice: null,
    dismissNotice: vi.fn(),
    signIn: vi.fn(),
    signOut: vi.fn(),
    switchAccount: vi.fn(),
    reauthenticate: vi.fn(async () => undefined),
  };
}

/** Graph as the app's runtime gives it: the test token carries every permission, and granting one resolves. */
export function testGraph() {
  const permissions: GraphPermissions = createGraphPermissions({
    graphHost: GRAPH_HOST,
    getAccessToken: async () => "test-token",
    grant: vi.fn(async () => undefined),
  });
  return { graph: permissions.clientWith("manage"), permissions };
}

/**
 * Graph where the token lacks `permission` until it is granted: its calls fail as MSAL's silent flow does for a
 * permission nobody consented to (consent-required, no window), and `grant` answers with `answer` (null: granted).
 */
export function withheldPermission(permission: Permission, answer: AuthFailure | null = null) {
  let granted = false;
  const grant = vi.fn(async (asked: Permission) => {
    if (asked !== permission) return;
    if (answer) throw answer;
    granted = true;
  });
  const permissions = createGraphPermissions({
    graphHost: GRAPH_HOST,
    getAccessToken: async (asked) => {
      if (asked === permission && !granted) throw new AuthFailure("consent-required", "invalid_grant");
      return "test-token";
    },
    grant,
  });
  return { graph: permissions.clientWith("manage"), permissions, grant };
}

export function renderWithProviders(
  ui: ReactElement,
  { toast = true, graph: given }: { toast?: boolean; graph?: ReturnType<typeof testGraph> } = {},
) {
  const queryClient = createTestQueryClient();
  const session = testSession();
  const { graph, permissions } = given ?? testGraph();
  const user = userEvent.setup();
  const wrap = (children: ReactNode) => (toast ? <ToastProvider>{children}</ToastProvider> : children);
  const result = render(
    <AuthContext.Provider value={session}>
      <QueryClientProvider client={queryClient}>
        <GraphClientContext.Provider value={graph}>
          <GraphPermissionsContext.Provider value={permissions}>{wrap(ui)}</GraphPermissionsContext.Provider>
        </GraphClientContext.Provider>
      </QueryClientProvider>
    </AuthContext.Provider>,
  );
  return { ...result, user, queryClient, session, permissions };
}
