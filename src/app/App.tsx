import { Suspense, type ReactNode } from "react";
import Alert from "@mui/material/Alert";
import AlertTitle from "@mui/material/AlertTitle";
import Button from "@mui/material/Button";
import Box from "@mui/material/Box";
import { useAuth } from "../auth/session";
import { GraphClientContext, GraphPermissionsContext } from "../graph/GraphContext";
import { t } from "../i18n";
import { SkipLink } from "../ui/SkipLink";
import { useOnline } from "../ui/useOnline";
import { isFramed, openInNewWindow } from "../embedding/framing";
import { FRAME_NOTICE_ID, useFrameTrust } from "../embedding/frameTrust";
import { ThemeRoot } from "./AppProviders";
import { AppHeader } from "./AppHeader";
import { Loading, MainArea } from "./AppLayout";
import { ErrorBoundary } from "./ErrorBoundary";
import { AccountScope } from "./AccountScope";
import { createQueryClient } from "./queryClient";
import { TenantWorkspace } from "./tenants/TenantWorkspace";
import type { Runtime } from "./runtime";
import { WorkspacePage, SessionNoticeAlert } from "./loadWorkspace";
import { SignInPage } from "./SignInPage";

const framed = isFramed();

const MAIN_ID = "main";

function OfflineBanner() {
  const online = useOnline();
  if (online) return null;
  return (
    <Alert severity="warning" role="status" sx={{ mb: 2 }}>
      {t("app.offline")}
    </Alert>
  );
}

/**
 * Framed by a page that is not a configured portal, or one the console cannot verify (yet): why token actions are
 * off, and the way out. The controls it turns off point at it (aria-describedby).
 */
function FrameTrustNotice() {
  const trust = useFrameTrust();
  if (trust.status === "trusted") return null;
  const checking = trust.status === "checking";
  return (
    <Alert id={FRAME_NOTICE_ID} severity={checking ? "info" : "warning"} role="status" sx={{ mb: 2 }}>
      <AlertTitle>{t(checking ? "embedding.checking.title" : "embedding.untrusted.title")}</AlertTitle>
      {checking
        ? t("embedding.checking.body")
        : trust.origin === null
          ? t("embedding.unverified.body")
          : t("embedding.untrusted.body", { origin: trust.origin })}
      {!checking && (
        <Box sx={{ mt: 1.5 }}>
          <Button variant="outlined" color="inherit" size="small" onClick={openInNewWindow}>
            {t("embedding.openNewWindow")}
          </Button>
        </Box>
      )}
    </Alert>
  );
}

/** A failed sign-out, or another account that answered a sign-in window: its code comes with the workspace. */
function SessionNotice() {
  const { notice } = useAuth();
  if (notice === null) return null;
  return (
    <Suspense fallback={null}>
      <SessionNoticeAlert />
    </Suspense>
  );
}

function Content() {
  const { status } = useAuth();
  if (status === "starting") return <Loading />;
  if (status !== "signed-in") return <SignInPage />;
  return (
    <Suspense fallback={<Loading />}>
      <TenantWorkspace createQueryClient={createQueryClient}>
        <WorkspacePage />
      </TenantWorkspace>
    </Suspense>
  );
}

/** The signed-in tenant is the only one. */
const OneTenant = ({ children }: { children: ReactNode }) => children;

export function App({ runtime }: { runtime: Runtime }) {
  const { SessionProvider, TenantScope = OneTenant } = runtime;
  return (
    <ThemeRoot>
      <ErrorBoundary>
        <GraphClientContext.Provider value={runtime.graph}>
          <GraphPermissionsContext.Provider value={runtime.permissions}>
            <SessionProvider>
              <AccountScope>
                <TenantScope>
                  <SkipLink target={MAIN_ID} />
                  <AppHeader demo={runtime.demo} framed={framed} />
                  <MainArea framed={framed} id={MAIN_ID}>
                    <FrameTrustNotice />
                    <SessionNotice />
                    <OfflineBanner />
                    <Content />
                  </MainArea>
                </TenantScope>
              </AccountScope>
            </SessionProvider>
          </GraphPermissionsContext.Provider>
        </GraphClientContext.Provider>
      </ErrorBoundary>
    </ThemeRoot>
  );
}
