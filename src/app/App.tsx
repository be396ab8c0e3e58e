import { lazy, Suspense } from "react";
import Alert from "@mui/material/Alert";
import AlertTitle from "@mui/material/AlertTitle";
import Button from "@mui/material/Button";
import Box from "@mui/material/Box";
import CircularProgress from "@mui/material/CircularProgress";
import Container from "@mui/material/Container";
import { useAuth } from "../auth/session";
import { GraphClientContext } from "../graph/GraphContext";
import { t } from "../i18n";
import { useOnline } from "../ui/useOnline";
import { isFramed, openInNewWindow } from "../embedding/framing";
import { useUntrustedAncestor } from "../embedding/untrustedAncestor";
import { ThemeRoot } from "./AppProviders";
import { AppHeader } from "./AppHeader";
import { ErrorBoundary } from "./ErrorBoundary";
import { AccountScope } from "./AccountScope";
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

function OfflineBanner() {
  const online = useOnline();
  if (online) return null;
  return (
    <Alert severity="warning" role="status" sx={{ mb: 2 }}>
      {t("app.offline")}
    </Alert>
  );
}

/** Framed by a page that is not a configured portal: why token actions are off, and the way out. */
function UntrustedAncestorNotice() {
  const origin = useUntrustedAncestor();
  if (origin === null) return null;
  return (
    <Alert severity="warning" role="status" sx={{ mb: 2 }}>
      <AlertTitle>{t("embedding.untrusted.title")}</AlertTitle>
      {t("embedding.untrusted.body", { origin })}
      <Box sx={{ mt: 1.5 }}>
        <Button variant="outlined" color="inherit" size="small" onClick={openInNewWindow}>
          {t("embedding.openNewWindow")}
        </Button>
      </Box>
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
            <AccountScope>
              <AppHeader demo={runtime.demo} framed={framed} />
              <Container component="main" maxWidth={framed ? false : "xl"} sx={{ py: framed ? 1.5 : 3 }}>
                <UntrustedAncestorNotice />
                <OfflineBanner />
                <Content />
              </Container>
            </AccountScope>
          </SessionProvider>
        </GraphClientContext.Provider>
      </ErrorBoundary>
    </ThemeRoot>
  );
}
