import { StrictMode, type ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { ThemeRoot } from "./app/AppProviders";
import type { Runtime } from "./app/runtime";
import { createMsalAuth } from "./auth/msal/createMsalAuth";
import { MsalSessionProvider } from "./auth/msal/MsalSessionProvider";
import { CLOUDS } from "./config/clouds";
import { ConfigErrorScreen } from "./config/ConfigErrorScreen";
import { loadConfig } from "./config/loadConfig";
import type { AppConfig } from "./config/schema";
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

async function demoRuntime(): Promise<Runtime> {
  // Its own chunk: the real path never loads the demo tenant.
  const { DemoSessionProvider, createDemoGraphClient } = await import("./demo");
  return { demo: true, graph: createDemoGraphClient(), SessionProvider: DemoSessionProvider };
}

async function start() {
  const root = createRoot(document.getElementById("root")!);
  const result = await loadConfig();
  if (!result.ok) {
    root.render(
      <ThemeRoot>
        <ConfigErrorScreen problems={result.problems} />
      </ThemeRoot>,
    );
    return;
  }
  let runtime: Runtime;
  try {
    runtime = result.config.demo ? await demoRuntime() : await entraRuntime(result.config);
  } catch (error) {
    // MSAL could not start (storage blocked, a chunk failed to load): say so instead of leaving a blank page.
    const detail = error instanceof Error ? error.message : String(error);
    root.render(
      <ThemeRoot>
        <ConfigErrorScreen problems={[{ key: null, message: t("app.startFailed", { detail }) }]} />
      </ThemeRoot>,
    );
    return;
  }
  root.render(
    <StrictMode>
      <App runtime={runtime} />
    </StrictMode>,
  );
}

void start();
