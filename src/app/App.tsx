import { lazy, Suspense, useEffect, useState, type ReactNode } from "react";
import { QueryClientProvider } from "@tanstack/react-query";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import CircularProgress from "@mui/material/CircularProgress";
import Container from "@mui/material/Container";
import { useAuth } from "../auth/session";
import { GraphClientContext } from "../graph/GraphContext";
import { t } from "../i18n";
import { useOnline } from "../ui/useOnline";
import { isFramed } from "../embedding/framing";
import { ThemeRoot } from "./AppProviders";
import { AppHeader } from "./AppHeader";
import { ErrorBoundary } from "./ErrorBoundary";
import { createQueryClient } from "./queryClient";
import type { Runtime } from "./runtime";
import { SignInPage } from "./SignInPage";

// The signed-in workspace is its own chunk: the sign-in screen does not wait for it, and its download
// starts as soon as this module runs, in parallel with config.json and MSAL start-up.
const framed = isFramed();

const workspace = import("../features/enrollment-profiles/components/ProfilesPage");
const ProfilesPage = lazy(() => workspace.then((module) => ({ default: module.ProfilesPage })));

function Loading() {
  return (
    <Box role="status" aria-label={t("app.loading")} sx={{ display: "grid", placeItems: "center", py: 10 }}>
      <CircularProgress aria-hidden />
    </Box>
  );
}

/**
 * One query cache per signed-in account: nothing read for one account can be shown to the next, and no
 * query of the new account can be caught by clearing the old cache. The old cache is dropped, not reused.
 */
function AccountQueryScope({ children }: { children: ReactNode }) {
  const accountId = useAuth().account?.id ?? null;
  const [scope, setScope] = useState(() => ({ accountId, client: createQueryClient() }));
  if (scope.accountId !== accountId) setScope({ accountId, client: createQueryClient() });
  const { client } = scope;
  useEffect(() => () => client.clear(), [client]);
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

function OfflineBanner() {
  const online = useOnline();
  if (online) return null;
  return (
    <Alert severity="warning" role="status" sx={{ mb: 2 }}>
      {t("app.offline")}
    </Alert>
  );
}

function Content() {
  const { status } = useAuth();
  if (status === "starting") return <Loading />;
  if (status !== "signed-in") return <SignInPage />;
  return (
    <Suspense fallback={<Loading />}>
      <ProfilesPage />
    </Suspense>
  );
}

export function App({ runtime }: { runtime: Runtime }) {
  const { SessionProvider } = runtime;
  return (
    <ThemeRoot>
      <ErrorBoundary>
        <GraphClientContext.Provider value={runtime.graph}>
          <SessionProvider>
            <AccountQueryScope>
              <AppHeader demo={runtime.demo} framed={framed} />
              <Container component="main" maxWidth={framed ? false : "xl"} sx={{ py: framed ? 1.5 : 3 }}>
                <OfflineBanner />
                <Content />
              </Container>
            </AccountQueryScope>
          </SessionProvider>
        </GraphClientContext.Provider>
      </ErrorBoundary>
    </ThemeRoot>
  );
}
