import { GraphError, graphErrorFromResponse } from "./GraphError";
import type { GraphPath } from "./graphPath";
import { createCallLog, type CallLog, type GraphCall, type ListRead } from "./callLog";
import { claimsFromChallenge } from "./claimsChallenge";

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
  /** The Graph version paths are below: beta for Intune's enrollment profiles, v1.0 for the partner's customers. */
  version?: "beta" | "v1.0";
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
  /**
   * Reads one page of a collection: the first (`path`) or the one a previous page's `nextLink` names (only ever on
   * the Graph host). For collections read a page at a time, on the admin's request.
   */
  page<T>(from: GraphPath | { nextLink: string }, signal?: AbortSignal): Promise<GraphPage<T>>;
  /** Sends one request; the parsed body and Graph's request-id of the answer (for a report of a write). */
  send<T>(path: GraphPath, init?: GraphRequest): Promise<{ body: T | undefined; requestId: string | null }>;
  /** The last calls and collection reads, for the console's diagnostics. */
  readonly calls: Pick<CallLog, "recent" | "lists">;
}

interface CollectionPage<T> {
  value?: T[];
  "@odata.nextLink"?: string;
}

export interface GraphPage<T> {
  value: T[];
  /** Where the next page is; null on the last. */
  nextLink: string | null;
}

/** A request that got no HTTP response at all. */
const noResponse = (code: "networkError" | "timeout" | "offline", clientRequestId: string) =>
  new GraphError({
    status: 0,
    code,
    graphMessage: null,
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
  version = "beta",
}: GraphClientOptions): GraphClient {
  const root = `${graphHost}/${version}`;
  const log = createCallLog();

  /** Sends one request; the answer's body, and the call as the log keeps it. */
  async function send<T>(
    url: string,
    init: GraphRequest,
    token: TokenRequest = {},
    renewed = false,
  ): Promise<{ body: T | undefined; call: GraphCall }> {
    const { method = "GET", body, signal } = init;
    const clientRequestId = crypto.randomUUID();
    const call: GraphCall = { method, url, status: 0, requestId: null, clientRequestId, at: new Date().toISOString() };
    log.record(call);
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
    call.status = response.status;
    call.requestId = response.headers.get("request-id");
    if ((response.status === 401 || response.status === 403) && !renewed) {
      // A claims challenge (Conditional Access, CAE) asks for a token with those claims; a plain 401 for a fresh
      // token. Either way Graph refused the request before running it, so it is sent once more, even a POST.
      const claims = claimsFromChallenge(response.headers.get("www-authenticate"));
      if (claims) return send<T>(url, init, { claims }, true);
      if (response.status === 401) return send<T>(url, init, { forceRefresh: true }, true);
    }
    if (!response.ok) {
      const error = await graphErrorFromResponse(response, clientRequestId);
      call.requestId ??= error.requestId;
      throw error;
    }
    const text = response.status === 204 ? "" : await response.text();
    return { body: text === "" ? undefined : (JSON.parse(text) as T), call };
  }

  /** The bearer token goes to Graph only: a nextLink to any other host is refused. */
  const onGraph = (url: string) => {
    if (!url.startsWith(`${graphHost}/`))
      throw new RangeError(`Refusing to follow @odata.nextLink outside ${graphHost}`);
    return url;
  };

  return {
    async request<T>(path: GraphPath, init: GraphRequest = {}) {
      return (await send<T>(root + path, init)).body;
    },
    async send<T>(path: GraphPath, init: GraphRequest = {}) {
      const { body, call } = await send<T>(root + path, init);
      return { body, requestId: call.requestId };
    },
    async page<T>(from: GraphPath | { nextLink: string }, signal?: AbortSignal) {
      const url = typeof from === "string" ? root + from : onGraph(from.nextLink);
      const { body } = await send<CollectionPage<T>>(url, { signal });
      const next = body?.["@odata.nextLink"];
      return { value: body?.value ?? [], nextLink: next === undefined ? null : onGraph(next) };
    },
    async list<T>(path: GraphPath, signal?: AbortSignal) {
      const items: T[] = [];
      const read: ListRead = {
        path: path.split("?")[0]!,
        status: 0,
        pages: 0,
        requestId: null,
        at: new Date().toISOString(),
      };
      let url: string | undefined = root + path;
      try {
        while (url !== undefined) {
          read.pages += 1;
          const answer: { body: CollectionPage<T> | undefined; call: GraphCall } = await send(url, { signal });
          const { body: page, call } = answer;
          Object.assign(read, { status: call.status, requestId: call.requestId });
          items.push(...(page?.value ?? []));
          const next = page?.["@odata.nextLink"];
          url = next === undefined ? undefined : onGraph(next);
        }
      } catch (error) {
        if (error instanceof GraphError) Object.assign(read, { status: error.status, requestId: error.requestId });
        throw error;
      } finally {
        log.recordList(read);
      }
      return items;
    },
    calls: log,
  };
}
