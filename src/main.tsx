import { StrictMode, type ReactNode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { App } from "./app/App";
import { ThemeRoot } from "./app/AppProviders";
import type { Runtime } from "./app/runtime";
import { createMsalAuth } from "./auth/msal/createMsalAuth";
import { MsalSessionProvider } from "./auth/msal/MsalSessionProvider";
import { CLOUDS } from "./config/clouds";
import { AppConfigContext } from "./config/ConfigContext";
import { ConfigErrorScreen } from "./config/ConfigErrorScreen";
import { loadConfig } from "./config/loadConfig";
import type { ConfigProblem } from "./config/parseConfig";
import { cspBlocksCloud, readPagePolicies } from "./config/cspCheck";
import { createPortalNotifier, PortalContext } from "./embedding/portalMessages";
import { findUntrustedAncestor, UntrustedAncestorContext } from "./embedding/untrustedAncestor";
import { demoProfiles, type AppConfig } from "./config/schema";
import { createGraphClient } from "./graph/client";
import { t } from "./i18n";

async function entraRuntime(config: AppConfig): Promise<Runtime> {
  const auth = await createMsalAuth(config);
  return {
    demo: false,
    graph: createGraphClient({ graphHost: CLOUDS[config.cloud].graphHost, getAccessToken: auth.getAccessToken }),
    SessionProvider: ({ children }: { children: ReactNode }) => (
      <MsalSessionProvider auth={auth}>{children}</MsalSessionProvider>
    ),
  };
}

async function demoRuntime(profileCount: number | null): Promise<Runtime> {
  // Its own chunk: the real path never loads the demo tenant.
  const { DemoSessionProvider, createDemoGraphClient } = await import("./demo");
  return { demo: true, graph: createDemoGraphClient(profileCount), SessionProvider: DemoSessionProvider };
}

function showProblems(root: Root, problems: ConfigProblem[]) {
  root.render(
    <ThemeRoot>
      <ConfigErrorScreen problems={problems} />
    </ThemeRoot>,
  );
}

async function start() {
  const root = createRoot(document.getElementById("root")!);
  const [result, policies] = await Promise.all([loadConfig(), readPagePolicies()]);
  if (!result.ok) return showProblems(root, result.problems);
  const { config } = result;
  const cloud = CLOUDS[config.cloud];
  const demo = demoProfiles(config);
  if (demo === false && cspBlocksCloud(cloud, policies)) {
    const hosts = `${cloud.authorityHost}, ${cloud.graphHost}`;
    return showProblems(root, [{ key: "cloud", message: t("config.key.cloud.csp", { cloud: config.cloud, hosts }) }]);
  }
  let runtime: Runtime;
  try {
    runtime = demo === false ? await entraRuntime(config) : await demoRuntime(demo);
  } catch (error) {
    // MSAL could not start (storage blocked, a chunk failed to load): say so instead of leaving a blank page.
    const detail = error instanceof Error ? error.message : String(error);
    return showProblems(root, [{ key: null, message: t("app.startFailed", { detail }) }]);
  }
  root.render(
    <StrictMode>
      <AppConfigContext.Provider value={config}>
        <PortalContext.Provider value={createPortalNotifier(config.portalOrigins)}>
          <UntrustedAncestorContext.Provider value={findUntrustedAncestor(config.portalOrigins)}>
            <App runtime={runtime} />
          </UntrustedAncestorContext.Provider>
        </PortalContext.Provider>
      </AppConfigContext.Provider>
    </StrictMode>,
  );
}

void start();
