/**
 * Reads a Conditional Access / continuous access evaluation challenge from WWW-Authenticate:
 * `Bearer realm="", error="insufficient_claims", claims="<base64 JSON>"`. Returns the decoded claims JSON.
 */
export function claimsFromChallenge(header: string | null): string | null {
  if (!header || !/error\s*=\s*"insufficient_claims"/i.test(header)) return null;
  const encoded = /claims\s*=\s*"([^"]+)"/i.exec(header)?.[1];
  if (!encoded) return null;
  try {
    const json = atob(encoded.replace(/-/g, "+").replace(/_/g, "/"));
    JSON.parse(json);
    return json;
  } catch {
    return null;
  }
}
