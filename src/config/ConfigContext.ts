import { createContext, useContext } from "react";
import { DEFAULT_BULK_WRITES_PER_20S, type AppConfig } from "./schema";

/** The validated config.json, for the few features that read a setting (main.tsx provides it). */
export const AppConfigContext = createContext<AppConfig>({
  demo: true,
  tenantId: "organizations",
  cloud: "global",
  bulkWritesPer20s: DEFAULT_BULK_WRITES_PER_20S,
  portalOrigins: [],
});

export const useAppConfig = () => useContext(AppConfigContext);
