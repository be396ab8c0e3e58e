import { useQueryClient } from "@tanstack/react-query";
import { useAuth } from "../auth/session";
import { useAppConfig } from "../config/ConfigContext";
import { useGraphClient } from "../graph/GraphContext";

/**
 * Builds the diagnostics report of what this account's console has seen. The report's code is loaded only when an
 * admin asks for it.
 */
export function useDiagnosticsReport(): () => Promise<string> {
  const queryClient = useQueryClient();
  const graph = useGraphClient();
  const { cloud } = useAppConfig();
  const tenantId = useAuth().account?.tenant ?? null;
  return async () => {
    const { diagnostics } = await import("../features/diagnostics/diagnosticsReport");
    return diagnostics({
      queryClient,
      calls: graph.calls,
      cloud,
      tenantId,
      userAgent: navigator.userAgent,
      now: new Date(),
    });
  };
}
