import type { CloudEndpoints } from "./clouds";

/**
 * The built pages carry a CSP <meta> for one cloud (deploy/csp.mjs). When config.json names another, the
 * browser would block sign-in and Graph with no useful message: find that out first, and say how to fix it.
 */
export function cspBlocksCloud({ authorityHost, graphHost }: CloudEndpoints, doc: Document = document): boolean {
  const policy = doc.querySelector<HTMLMetaElement>('meta[http-equiv="Content-Security-Policy" i]')?.content;
  if (!policy) return false;
  const connect = policy
    .split(";")
    .map((directive) => directive.trim().split(/\s+/))
    .find(([name]) => name === "connect-src");
  if (!connect) return false;
  return ![authorityHost, graphHost].every((host) => connect.includes(host));
}
