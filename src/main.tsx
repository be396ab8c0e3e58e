import { StrictMode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { App } from "./app/App";
import { ThemeRoot } from "./app/AppProviders";
import type { Runtime } from "./app/runtime";
import type { TenantRuntime } from "./tenants/tenantRuntime";
import { CLOUDS } from "./config/clouds";
import { AppConfigContext } from "./config/ConfigContext";
import { ConfigErrorScreen } from "./app/ConfigErrorScreen";
import { loadConfig } from "./config/loadConfig";
import type { ConfigProblem } from "./config/parseConfig";
import { cspBlocksCloud, readPagePolicies } from "./config/cspCheck";
import { createPortalNotifier, PortalContext } from "./embedding/portalMessages";
import { ALWAYS_TRUSTED, FrameTrustContext, type FrameTrustSource } from "./embedding/frameTrust";
import { isFramed } from "./embedding/framing";
import { demoProfiles, demoPartnerOf, type AppConfig } from "./config/schema";
import { activateLanguage, loadChosenLanguage } from "./i18n";
import { LocaleProvider } from "./i18n/LocaleProvider";

async function entraRuntime(config: AppConfig): Promise<Runtime> {
  // Its own chunk, with MSAL: only a real tenant needs it.
  const { createEntraRuntime } = await import("./auth/msal/entraRuntime");
  const { tenants, ...entra } = await createEntraRuntime(config);
  return { demo: false, ...entra, ...(tenants && { TenantScope: await tenantScopeOf(tenants) }) };
}

/** Everything below works in the chosen tenant: its own chunk, loaded only when the console works in several. */
async function tenantScopeOf(tenants: TenantRuntime): Promise<Runtime["TenantScope"]> {
  const { TenantScope } = await import("./app/tenants/TenantScope");
  return ({ children }) => <TenantScope runtime={tenants}>{children}</TenantScope>;
}

async function frameCheck(config: AppConfig): Promise<FrameTrustSource> {
  const { checkFrameTrust } = await import("./embedding/frameCheck");
  return checkFrameTrust(config.portalOrigins);
}

async function demoRuntime(
  profileCount: number | null,
  partnerSize: { customers: number; profiles: number | null } | null,
): Promise<Runtime> {
  // Its own chunk: the real path never loads the demo tenant.
  const { DemoSessionProvider, createDemoGraph, createDemoPartner } = await import("./demo");
  if (partnerSize === null) {
    const permissions = createDemoGraph(profileCount);
    return { demo: true, SessionProvider: DemoSessionProvider, graph: permissions.clientWith("manage"), permissions };
  }
  const { tenants, ...partner } = createDemoPartner(partnerSize.customers, partnerSize.profiles);
  return { demo: true, SessionProvider: DemoSessionProvider, ...partner, TenantScope: await tenantScopeOf(tenants) };
}

function showProblems(root: Root, problems: ConfigProblem[]) {
  root.render(
    <LocaleProvider>
      {() => (
        <ThemeRoot>
          <ConfigErrorScreen problems={problems} />
        </ThemeRoot>
      )}
    </LocaleProvider>,
  );
}

async function start() {
  const root = createRoot(document.getElementById("root")!);
  // The language chunk downloads in parallel with config.json and the page's own policy; all are needed first.
  const [result, policies, { language, bundle }] = await Promise.all([
    loadConfig(),
    readPagePolicies(),
    loadChosenLanguage(),
  ]);
  activateLanguage(language, bundle);
  if (!result.ok) return showProblems(root, result.problems);
  const { config } = result;
  const cloud = CLOUDS[config.cloud];
  const demo = demoProfiles(config);
  if (demo === false && cspBlocksCloud(cloud, policies)) {
    const hosts = `${cloud.authorityHost}, ${cloud.graphHost}`;
    return showProblems(root, [
      { key: "cloud", message: { id: "config.key.cloud.csp", values: { cloud: config.cloud, hosts } } },
    ]);
  }
  // Framed, the framing page is checked now (its chunk is loaded only then): a portal's answer to the handshake can
  // arrive while sign-in starts.
  const frameTrust = isFramed() ? frameCheck(config) : Promise.resolve(ALWAYS_TRUSTED);
  let runtime: Runtime;
  let trust: FrameTrustSource;
  try {
    [runtime, trust] = await Promise.all([
      demo === false ? entraRuntime(config) : demoRuntime(demo, demoPartnerOf(config)),
      frameTrust,
    ]);
  } catch (error) {
    // MSAL could not start (storage blocked, a chunk failed to load): say so instead of leaving a blank page.
    const detail = error instanceof Error ? error.message : String(error);
    return showProblems(root, [{ key: null, message: { id: "app.startFailed", values: { detail } } }]);
  }
  const notifyPortal = createPortalNotifier(config.portalOrigins);
  root.render(
    <StrictMode>
      <LocaleProvider>
        {() => (
          <AppConfigContext.Provider value={config}>
            <PortalContext.Provider value={notifyPortal}>
              <FrameTrustContext.Provider value={trust}>
                <App runtime={runtime} />
              </FrameTrustContext.Provider>
            </PortalContext.Provider>
          </AppConfigContext.Provider>
        )}
      </LocaleProvider>
    </StrictMode>,
  );
}

void start();
