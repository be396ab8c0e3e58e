import { GraphError, graphErrorFromResponse } from "./GraphError";
import type { GraphPath } from "./graphPath";
import { claimsFromChallenge } from "./claimsChallenge";
import { t } from "../i18n";

export interface TokenRequest {
  /** A claims challenge (decoded JSON) the new token must satisfy. */
  claims?: string;
  /** Do not reuse the cached token: Graph has just refused it. */
  forceRefresh?: boolean;
}

export interface GraphClientOptions {
  /** Origin of Microsoft Graph for the configured cloud, e.g. https://graph.microsoft.com. */
  graphHost: string;
  /** Returns a delegated access token for Graph (silent first, interactive when required). */
  getAccessToken: (request?: TokenRequest) => Promise<string>;
  /** The transport; the demo tenant passes its in-browser Graph here. Defaults to the global fetch at call time. */
  fetch?: typeof fetch;
  /** A request that has not answered after this long is aborted. */
  timeoutMs?: number;
}

export interface GraphRequest {
  method?: "GET" | "POST" | "PATCH" | "DELETE";
  body?: unknown;
  signal?: AbortSignal;
}

export interface GraphClient {
  /** Sends one request; resolves with the parsed body, or undefined for 204 No Content. */
  request<T>(path: GraphPath, init?: GraphRequest): Promise<T | undefined>;
  /** Reads a collection, following @odata.nextLink until the last page. */
  list<T>(path: GraphPath, signal?: AbortSignal): Promise<T[]>;
}

interface CollectionPage<T> {
  value?: T[];
  "@odata.nextLink"?: string;
}

/** A request that got no HTTP response at all. */
const noResponse = (code: "networkError" | "timeout" | "offline", clientRequestId: string) =>
  new GraphError({
    status: 0,
    code,
    message: t(code === "timeout" ? "error.timeout" : code === "offline" ? "error.offline" : "error.network"),
    requestId: null,
    clientRequestId,
    date: new Date().toUTCString(),
    retryAfterSeconds: null,
  });

export function createGraphClient({
  graphHost,
  getAccessToken,
  fetch: transport = (...args) => fetch(...args),
  timeoutMs = 30_000,
}: GraphClientOptions): GraphClient {
  const root = `${graphHost}/beta`;

  async function send<T>(
    url: string,
    init: GraphRequest,
    token: TokenRequest = {},
    renewed = false,
  ): Promise<T | undefined> {
    const { method = "GET", body, signal } = init;
    const clientRequestId = crypto.randomUUID();
    // Offline, not even a token is asked for: MSAL would fail on the network and blame sign-in.
    if (!navigator.onLine) throw noResponse("offline", clientRequestId);
    const headers: Record<string, string> = {
      Authorization: `Bearer ${await getAccessToken(token)}`,
      Accept: "application/json",
      "client-request-id": clientRequestId,
    };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    let response: Response;
    try {
      response = await transport(url, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal,
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw noResponse(timeout.signal.aborted ? "timeout" : "networkError", clientRequestId);
    } finally {
      clearTimeout(timer);
    }
    if ((response.status === 401 || response.status === 403) && !renewed) {
      // A claims challenge (Conditional Access, CAE) asks for a token with those claims; a plain 401 for a fresh
      // token. Either way Graph refused the request before running it, so it is sent once more, even a POST.
      const claims = claimsFromChallenge(response.headers.get("www-authenticate"));
      if (claims) return send<T>(url, init, { claims }, true);
      if (response.status === 401) return send<T>(url, init, { forceRefresh: true }, true);
    }
    if (!response.ok) throw await graphErrorFromResponse(response, clientRequestId);
    const text = response.status === 204 ? "" : await response.text();
    return text === "" ? undefined : (JSON.parse(text) as T);
  }

  return {
    request: (path, init = {}) => send(root + path, init),
    async list<T>(path: GraphPath, signal?: AbortSignal) {
      const items: T[] = [];
      let url: string | undefined = root + path;
      while (url !== undefined) {
        const page: CollectionPage<T> | undefined = await send<CollectionPage<T>>(url, { signal });
        items.push(...(page?.value ?? []));
        url = page?.["@odata.nextLink"];
        // The bearer token goes to Graph only: a nextLink to any other host is refused.
        if (url !== undefined && !url.startsWith(`${graphHost}/`)) {
          throw new RangeError(`Refusing to follow @odata.nextLink outside ${graphHost}`);
        }
      }
      return items;
    },
  };
}
