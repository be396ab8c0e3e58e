import { GraphError, graphErrorFromResponse } from "./GraphError";
import type { GraphPath } from "./graphPath";
import { t } from "../i18n";

export interface GraphClientOptions {
  /** Origin of Microsoft Graph for the configured cloud, e.g. https://graph.microsoft.com. */
  graphHost: string;
  /** Returns a delegated access token for Graph (silent first, interactive when required). */
  getAccessToken: () => Promise<string>;
  /** The transport; the demo tenant passes its in-browser Graph here. */
  fetch?: typeof fetch;
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

export function createGraphClient({
  graphHost,
  getAccessToken,
  fetch: transport = fetch,
}: GraphClientOptions): GraphClient {
  const root = `${graphHost}/beta`;

  async function send<T>(url: string, { method = "GET", body, signal }: GraphRequest = {}): Promise<T | undefined> {
    const clientRequestId = crypto.randomUUID();
    const headers: Record<string, string> = {
      Authorization: `Bearer ${await getAccessToken()}`,
      Accept: "application/json",
      "client-request-id": clientRequestId,
    };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    let response: Response;
    try {
      response = await transport(url, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new GraphError({
        status: 0,
        code: "networkError",
        message: t("error.network"),
        requestId: null,
        clientRequestId,
        date: new Date().toUTCString(),
        retryAfterSeconds: null,
      });
    }
    if (!response.ok) throw await graphErrorFromResponse(response, clientRequestId);
    const text = response.status === 204 ? "" : await response.text();
    return text === "" ? undefined : (JSON.parse(text) as T);
  }

  return {
    request: (path, init) => send(root + path, init),
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
