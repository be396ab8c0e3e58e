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
  usgov: { authorityHost: "https://login.microsoftonline.us", graphHost: "https://graph.microsoft.us" },
  usgovdod: { authorityHost: "https://login.microsoftonline.us", graphHost: "https://dod-graph.microsoft.us" },
  china: { authorityHost: "https://login.chinacloudapi.cn", graphHost: "https://microsoftgraph.chinacloudapi.cn" },
};
