import { lazy, Suspense, useEffect, useState } from "react";
import { QueryClientProvider, useQueryClient } from "@tanstack/react-query";
import Box from "@mui/material/Box";
import CircularProgress from "@mui/material/CircularProgress";
import Container from "@mui/material/Container";
import { useAuth } from "../auth/session";
import { GraphClientContext } from "../graph/GraphContext";
import { t } from "../i18n";
import { ThemeRoot } from "./AppProviders";
import { AppHeader } from "./AppHeader";
import { ErrorBoundary } from "./ErrorBoundary";
import { createQueryClient } from "./queryClient";
import type { Runtime } from "./runtime";
import { SignInPage } from "./SignInPage";

// The signed-in workspace is its own chunk: the sign-in screen does not wait for it, and its download
// starts as soon as this module runs, in parallel with config.json and MSAL start-up.
const workspace = import("../features/enrollment-profiles/components/ProfilesPage");
const ProfilesPage = lazy(() => workspace.then((module) => ({ default: module.ProfilesPage })));

function Loading() {
  return (
    <Box role="status" aria-label={t("app.loading")} sx={{ display: "grid", placeItems: "center", py: 10 }}>
      <CircularProgress aria-hidden />
    </Box>
  );
}

/** Nothing read for one account may be shown to the next: the cache is dropped when the account changes. */
function useClearCacheOnAccountChange(accountId: string | null) {
  const queryClient = useQueryClient();
  const [previous, setPrevious] = useState(accountId);
  useEffect(() => {
    if (previous !== accountId) {
      queryClient.clear();
      setPrevious(accountId);
    }
  }, [accountId, previous, queryClient]);
}

function Content() {
  const { status, account } = useAuth();
  useClearCacheOnAccountChange(account?.id ?? null);
  if (status === "starting") return <Loading />;
  if (status !== "signed-in") return <SignInPage />;
  return (
    <Suspense fallback={<Loading />}>
      <ProfilesPage />
    </Suspense>
  );
}

export function App({ runtime }: { runtime: Runtime }) {
  const [queryClient] = useState(createQueryClient);
  const { SessionProvider } = runtime;
  return (
    <ThemeRoot>
      <ErrorBoundary>
        <QueryClientProvider client={queryClient}>
          <GraphClientContext.Provider value={runtime.graph}>
            <SessionProvider>
              <AppHeader demo={runtime.demo} />
              <Container component="main" maxWidth="xl" sx={{ py: 3 }}>
                <Content />
              </Container>
            </SessionProvider>
          </GraphClientContext.Provider>
        </QueryClientProvider>
      </ErrorBoundary>
    </ThemeRoot>
  );
}
