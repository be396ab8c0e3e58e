import type { CloudEndpoints } from "./clouds";

/**
 * The Content Security Policies in force on this page: each <meta> policy, and each policy of the header the page
 * was served with. The built pages' <meta> allows every Microsoft cloud; a web server may send a header narrowed
 * to one (`node deploy/csp.mjs --cloud`). The browser exposes no API for the header, so the page is asked for
 * again, from its own origin, and the header read off that response. Nothing is known when that fails.
 */
export async function readPagePolicies(doc: Document = document, fetchPage: typeof fetch = fetch): Promise<string[]> {
  const metas = [...doc.querySelectorAll<HTMLMetaElement>('meta[http-equiv="Content-Security-Policy" i]')].map(
    (meta) => meta.content,
  );
  const url = new URL(doc.URL);
  url.hash = "";
  let header: string | null = null;
  try {
    const response = await fetchPage(url, { cache: "no-store", credentials: "same-origin" });
    void response.body?.cancel();
    if (response.ok) header = response.headers.get("Content-Security-Policy");
  } catch {
    // Offline, or the host refused: the <meta> policies are all there is to go on.
  }
  // Several header fields arrive joined by commas, one policy each.
  return [...metas, ...(header?.split(",") ?? [])].map((policy) => policy.trim()).filter((policy) => policy !== "");
}

/** The source list of the directive that governs `name` in one policy, following CSP's fallbacks. */
function sourceList(policy: string, fallbacks: string[]): string[] | null {
  const directives = new Map<string, string[]>();
  for (const directive of policy.split(";")) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    // The first occurrence of a directive wins; later duplicates are ignored, as browsers do.
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  for (const name of fallbacks) {
    const sources = directives.get(name);
    if (sources) return sources;
  }
  return null;
}

const DEFAULT_PORTS: Record<string, string> = { "http:": "80", "https:": "443", "ws:": "80", "wss:": "443" };
const HOST_SOURCE = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*|(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*)(?::(\*|\d+))?(?:\/.*)?$/i;

/**
 * Whether one source expression allows `url` (an origin of Microsoft's) on a page served over `pageScheme`.
 * Paths in a source are not compared: the check is about hosts, and the app's requests sit below each host's root.
 */
function sourceAllows(source: string, url: URL, pageScheme: string): boolean {
  const lower = source.toLowerCase();
  const scheme = url.protocol;
  // http: and http://… sources also allow the https form (CSP Level 3's secure upgrade).
  const schemeMatches = (sourceScheme: string) =>
    sourceScheme === scheme || (sourceScheme === "http:" && scheme === "https:");
  if (lower === "*") return scheme === "https:" || scheme === "http:";
  if (/^[a-z][a-z0-9+.-]*:$/.test(lower)) return schemeMatches(lower);
  if (lower.startsWith("'")) return false; // 'self' (never Microsoft's host), 'none', nonces, hashes
  const match = HOST_SOURCE.exec(lower);
  if (!match) return false;
  const [, sourceScheme, host = "", port] = match;
  if (!schemeMatches(sourceScheme ? `${sourceScheme}:` : pageScheme)) return false;
  const hostname = url.hostname.toLowerCase();
  const hostMatches = host === "*" || (host.startsWith("*.") ? hostname.endsWith(host.slice(1)) : hostname === host);
  if (!hostMatches) return false;
  if (port === "*") return true;
  const urlPort = url.port || DEFAULT_PORTS[scheme];
  return (port ?? DEFAULT_PORTS[scheme]) === urlPort;
}

function allows(policy: string, fallbacks: string[], host: string, pageScheme: string): boolean {
  const sources = sourceList(policy, fallbacks);
  if (sources === null) return true;
  const url = new URL(host);
  return sources.some((source) => sourceAllows(source, url, pageScheme));
}

/**
 * True when one of the page's policies would block the cloud's sign-in or Graph host, so that the browser would
 * stop sign-in or Graph with no useful message: found out first, the app can say how to fix it.
 */
export function cspBlocksCloud(
  { authorityHost, graphHost }: CloudEndpoints,
  policies: readonly string[],
  pageScheme: string = window.location.protocol,
): boolean {
  return !policies.every(
    (policy) =>
      allows(policy, ["connect-src", "default-src"], authorityHost, pageScheme) &&
      allows(policy, ["connect-src", "default-src"], graphHost, pageScheme) &&
      allows(policy, ["frame-src", "child-src", "default-src"], authorityHost, pageScheme),
  );
}
