export interface GraphErrorDetails {
  status: number;
  code: string;
  /** Graph's own readable message; null when it sent none. The UI words the error in the admin's language. */
  graphMessage: string | null;
  requestId: string | null;
  clientRequestId: string;
  date: string | null;
  /** Seconds to wait before retrying, from Retry-After (seconds or HTTP date). */
  retryAfterSeconds: number | null;
}

/**
 * A failed Graph request, with what an admin needs for a support ticket. status 0 = no HTTP response. It speaks no
 * language: its Error message is for developers; ui/describeError words it when it is shown.
 */
export class GraphError extends Error implements GraphErrorDetails {
  readonly status: number;
  readonly code: string;
  readonly graphMessage: string | null;
  readonly requestId: string | null;
  readonly clientRequestId: string;
  readonly date: string | null;
  readonly retryAfterSeconds: number | null;

  constructor(details: GraphErrorDetails) {
    super(details.graphMessage ?? `Microsoft Graph: ${details.status} ${details.code}`);
    this.name = "GraphError";
    this.status = details.status;
    this.code = details.code;
    this.graphMessage = details.graphMessage;
    this.requestId = details.requestId;
    this.clientRequestId = details.clientRequestId;
    this.date = details.date;
    this.retryAfterSeconds = details.retryAfterSeconds;
  }
}

export function parseRetryAfter(header: string | null, now: number = Date.now()): number | null {
  if (header === null || header.trim() === "") return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

interface GraphErrorBody {
  error?: {
    code?: unknown;
    message?: unknown;
    innerError?: { date?: unknown; "request-id"?: unknown; "client-request-id"?: unknown };
  };
}

const asString = (value: unknown): string | null => (typeof value === "string" && value.trim() !== "" ? value : null);

/**
 * Intune nests a JSON document inside `error.message`, sometimes twice
 * ({"ErrorCode":"Forbidden","Message":"{\"Message\":\"...\"}"}). Unwrap it to the readable text.
 */
export function readableMessage(message: unknown, depth = 0): string | null {
  const text = asString(message);
  if (text === null) return null;
  const trimmed = text.trim();
  if (depth < 3 && trimmed.startsWith("{")) {
    try {
      const inner = JSON.parse(trimmed) as Record<string, unknown>;
      return readableMessage(inner.Message ?? inner.message, depth + 1) ?? text;
    } catch {
      return text;
    }
  }
  return text;
}

/** Turns a non-2xx Graph response into a GraphError; never throws itself. */
export async function graphErrorFromResponse(response: Response, clientRequestId: string): Promise<GraphError> {
  let body: GraphErrorBody = {};
  try {
    body = JSON.parse(await response.text()) as GraphErrorBody;
  } catch {
    // Not JSON (a gateway page, an empty 503): the status and headers still tell the story.
  }
  const error = typeof body.error === "object" && body.error !== null ? body.error : {};
  const inner = typeof error.innerError === "object" && error.innerError !== null ? error.innerError : {};
  return new GraphError({
    status: response.status,
    code: asString(error.code) ?? response.statusText ?? "",
    graphMessage: readableMessage(error.message),
    requestId: asString(inner["request-id"]) ?? response.headers.get("request-id"),
    clientRequestId:
      asString(inner["client-request-id"]) ?? response.headers.get("client-request-id") ?? clientRequestId,
    date: asString(inner.date) ?? response.headers.get("date"),
    retryAfterSeconds: parseRetryAfter(response.headers.get("retry-after")),
  });
}
