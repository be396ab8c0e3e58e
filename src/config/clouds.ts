import type { AppConfig } from "./schema";

export interface CloudEndpoints {
  /** Origin of the Entra ID authority (login) host. */
  authorityHost: string;
  /** Origin of Microsoft Graph; scopes are qualified with it. */
  graphHost: string;
}

/** graph-contract.md §5: each national cloud has its own login and Graph hosts, switched together. */
export const CLOUDS: Record<AppConfig["cloud"], CloudEndpoints> = {
  global: { authorityHost: "https://login.microsoftonline.com", graphHost: "https://graph.microsoft.com" },
};
