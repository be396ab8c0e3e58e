import clouds from "./clouds.json";

export interface CloudEndpoints {
  /** Origin of the Entra ID authority (login) host. */
  authorityHost: string;
  /** Origin of Microsoft Graph; scopes are qualified with it. */
  graphHost: string;
}

export type CloudName = keyof typeof clouds;

/**
 * Each Microsoft cloud has its own login and Graph hosts, switched together. The table is clouds.json, which
 * deploy/csp.mjs reads too, so the Content Security Policy allows exactly these hosts.
 */
export const CLOUDS: Record<CloudName, CloudEndpoints> = clouds;

export const CLOUD_NAMES = Object.keys(CLOUDS) as [CloudName, ...CloudName[]];
