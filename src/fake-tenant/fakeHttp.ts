// One request to the fake Graph and its answer, whichever adapter carries them (the demo's fetch, MSW, Playwright).

export const GRAPH_HOST = "https://graph.microsoft.com";

/**
 * Who is calling, as the adapter read it from the bearer token: the app (its client id), the signed-in user and the
 * tenant the token was issued in. Null: no token the fake accepts.
 */
export interface Caller {
  appId: string;
  userId: string;
  tenantId: string;
  /** The token's delegated permissions, space-separated; absent: every permission the console asks for. */
  scopes?: string;
  /** The signed-in user's user principal name, which the audit log names as the actor. */
  userPrincipalName?: string;
  /** The app's name, which the audit log names when an app acted. */
  appDisplayName?: string;
}

/** One HTTP request to Graph, whichever adapter received it. */
export interface FakeRequest {
  method: string;
  url: string;
  /** Header names in lower case. */
  headers: Readonly<Record<string, string | undefined>>;
  body: string | null;
  caller: Caller | null;
}

export interface FakeAnswer {
  status: number;
  headers: Record<string, string>;
  body: string | null;
}

/** The connection failed without an answer (a network failure): the adapter cuts it. */
export interface NetworkFailure {
  networkFailure: true;
}

export type FakeOutcome = FakeAnswer | NetworkFailure;
export const isNetworkFailure = (outcome: FakeOutcome): outcome is NetworkFailure => "networkFailure" in outcome;

/** A request as the fake received it, and (once answered) its status and request-id. */
export interface RecordedRequest {
  method: string;
  url: string;
  authorization: string | null;
  clientRequestId: string | null;
  contentType: string | null;
  body: string | null;
  caller: Caller | null;
  /** 0 for a network failure; null until answered. */
  status: number | null;
  requestId: string | null;
  /** When the tenant received the request, and answered it (null until then), by its clock: what was out at once. */
  receivedAt: number;
  answeredAt: number | null;
}

/** A Graph-shaped failure (or a cut connection) waiting for the next matching request (FakeTenant.failNext). */
export interface Failure {
  method: string;
  path: RegExp;
  status: number;
  code: string;
  message: string;
  /** Intune's JSON document inside the message. */
  intune?: boolean;
  headers?: Record<string, string>;
  /** Fail the connection instead of answering (a network failure). */
  abort?: boolean;
  /** Answer with this request-id instead of a fresh one. */
  requestId?: string;
}

/** graph-docs `concepts/paging.md`: pages of pageSize, each but the last with @odata.nextLink (the whole URL). */
export function pageOf<T>(
  all: readonly T[],
  url: URL,
  collection: string,
  pageSize: number,
  view: (item: T) => unknown,
) {
  const skip = Number(url.searchParams.get("$skiptoken") ?? 0);
  const next = new URL(url);
  next.searchParams.set("$skiptoken", String(skip + pageSize));
  return {
    "@odata.context": `${url.origin}/beta/$metadata#deviceManagement/${collection}`,
    value: all.slice(skip, skip + pageSize).map(view),
    ...(skip + pageSize < all.length ? { "@odata.nextLink": next.href } : {}),
  };
}
