import { randomUUID } from "node:crypto";
import type { BrowserContext, Request, Route } from "@playwright/test";
import type { FakeEntra } from "./entra";
import { fakeQrPng } from "./qrPng";

export const GRAPH_HOST = "https://graph.microsoft.com";
const COLLECTION = "/beta/deviceManagement/androidForWorkEnrollmentProfiles";
export const NO_TOKEN = "0001-01-01T00:00:00Z";
const DAY = 86_400_000;

export interface FakeProfile {
  id: string;
  displayName: string | null;
  description: string | null;
  enrolledDeviceCount: number;
  tokenValue: string | null;
  tokenExpirationDateTime: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  accountId: string | null;
  qrCodeContent: string | null;
  qrCodeImage: { "@odata.type": "microsoft.graph.mimeContent"; type: string; value: string } | null;
}

/** Intune's QR code for a token, as a mimeContent. */
const qrFor = (token: string) => ({
  "@odata.type": "microsoft.graph.mimeContent" as const,
  type: "image/png",
  value: fakeQrPng(token),
});

export function profile(overrides: Partial<FakeProfile> & { displayName: string | null }): FakeProfile {
  const now = new Date().toISOString();
  return {
    id: randomUUID(),
    description: null,
    enrolledDeviceCount: 0,
    tokenValue: null,
    tokenExpirationDateTime: NO_TOKEN,
    createdDateTime: now,
    lastModifiedDateTime: now,
    accountId: randomUUID(),
    qrCodeContent: null,
    ...overrides,
    qrCodeImage: overrides.qrCodeImage ?? (overrides.tokenValue ? qrFor(overrides.tokenValue) : null),
  };
}

/** A small tenant in mixed token states. */
export function sampleProfiles(): FakeProfile[] {
  const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();
  return [
    profile({
      displayName: "Warehouse scanners",
      description: "Zebra handhelds",
      enrolledDeviceCount: 148,
      tokenValue: "OLDTOKENWAREHOUSE",
      tokenExpirationDateTime: inDays(20),
    }),
    profile({
      displayName: "Retail POS tablets",
      description: "Checkout tablets",
      enrolledDeviceCount: 312,
      tokenValue: "OLDTOKENRETAIL",
      tokenExpirationDateTime: inDays(-3),
    }),
    profile({ displayName: "Digital signage", description: null, enrolledDeviceCount: 9 }),
    profile({
      displayName: "Field service",
      description: "Technician phones",
      enrolledDeviceCount: 87,
      tokenValue: "OLDTOKENFIELD",
      tokenExpirationDateTime: inDays(60),
    }),
    profile({ displayName: "Hospital carts", description: "Medication carts", enrolledDeviceCount: 54 }),
  ];
}

export interface RecordedRequest {
  method: string;
  url: string;
  authorization: string | null;
  clientRequestId: string | null;
  body: string | null;
}

export interface Failure {
  method: string;
  path: RegExp;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Fail the connection instead of answering (a network failure). */
  abort?: boolean;
}

/** A Graph-shaped error body, with Intune's JSON nested in `message` when `intune` is set. */
export function graphErrorBody(code: string, message: string, { intune = false } = {}) {
  return {
    error: {
      code,
      message: intune
        ? JSON.stringify({ _version: 3, Message: message, CustomApiErrorPhrase: "", RetryAfter: null })
        : message,
      innerError: {
        date: new Date().toISOString().slice(0, 19),
        "request-id": randomUUID(),
        "client-request-id": randomUUID(),
      },
    },
  };
}

/**
 * Microsoft Graph (beta) at the network boundary: accepts only bearer tokens the fake Entra issued,
 * pages the collection with @odata.nextLink, honours $select, and implements createToken (204).
 */
export class FakeGraph {
  readonly requests: RecordedRequest[] = [];
  readonly failures: Failure[] = [];
  /** createToken calls that Graph executed (a refused or throttled POST is not executed). */
  executedCreateTokens = 0;
  /** Requests whose answer is held back until released (to test timeouts and pending states). */
  hold: { method: string; path: RegExp; release: Promise<void> } | null = null;
  pageSize = 2;

  constructor(
    private readonly entra: FakeEntra,
    public profiles: FakeProfile[] = sampleProfiles(),
    private readonly host = GRAPH_HOST,
  ) {}

  async install(context: BrowserContext) {
    await context.route(`${this.host}/**`, (route, request) => this.handle(route, request));
  }

  /** The next request matching `method` and `path` fails with a Graph-shaped error (or, with abort, no answer). */
  failNext(
    method: string,
    path: RegExp,
    status: number,
    code: string,
    message: string,
    { intune = false, headers, abort }: { intune?: boolean; headers?: Record<string, string>; abort?: boolean } = {},
  ) {
    this.failures.push({ method, path, status, headers, abort, body: graphErrorBody(code, message, { intune }) });
  }

  /** The createToken POSTs received, in order. */
  get createTokenRequests() {
    return this.requests.filter((r) => r.method === "POST" && r.url.includes("/createToken"));
  }

  private async handle(route: Route, request: Request) {
    const origin = request.headers()["origin"] ?? "*";
    const cors = {
      "access-control-allow-origin": origin,
      "access-control-expose-headers": "request-id, client-request-id, retry-after, www-authenticate, date",
    };
    if (request.method() === "OPTIONS") {
      return route.fulfill({
        status: 204,
        headers: {
          ...cors,
          "access-control-allow-methods": "GET, POST, PATCH, DELETE",
          "access-control-allow-headers": "authorization, client-request-id, content-type, accept",
          "access-control-max-age": "600",
        },
      });
    }
    const headers = await request.allHeaders();
    const url = new URL(request.url());
    const clientRequestId = headers["client-request-id"] ?? null;
    this.requests.push({
      method: request.method(),
      url: request.url(),
      authorization: headers["authorization"] ?? null,
      clientRequestId,
      body: request.postData(),
    });
    const requestId = randomUUID();
    const reply = (status: number, body?: unknown, extra: Record<string, string> = {}) =>
      route.fulfill({
        status,
        headers: {
          ...cors,
          "request-id": requestId,
          ...(clientRequestId ? { "client-request-id": clientRequestId } : {}),
          ...(body === undefined ? {} : { "content-type": "application/json" }),
          ...extra,
        },
        body: body === undefined ? "" : JSON.stringify(body),
      });
    const error = (status: number, code: string, message: string, extra: Record<string, string> = {}) =>
      reply(
        status,
        {
          error: {
            code,
            message,
            innerError: {
              date: new Date().toISOString().slice(0, 19),
              "request-id": requestId,
              "client-request-id": clientRequestId,
            },
          },
        },
        extra,
      );

    const token = /^Bearer (.+)$/.exec(headers["authorization"] ?? "")?.[1];
    if (!token || !this.entra.issuedAccessTokens.has(token)) {
      return error(401, "InvalidAuthenticationToken", "Access token validation failure. Invalid audience.");
    }
    if (this.hold && this.hold.method === request.method() && this.hold.path.test(url.pathname)) {
      await this.hold.release;
    }
    const failure = this.failures.findIndex((f) => f.method === request.method() && f.path.test(url.pathname));
    if (failure >= 0) {
      const [f] = this.failures.splice(failure, 1);
      if (f!.abort) return route.abort("connectionreset");
      // Like Graph, the error body echoes this request's ids.
      const inner = (f!.body as { error?: { innerError?: Record<string, unknown> } } | undefined)?.error?.innerError;
      if (inner) Object.assign(inner, { "request-id": requestId, "client-request-id": clientRequestId });
      return reply(f!.status, f!.body, f!.headers);
    }

    if (request.method() === "GET" && url.pathname === COLLECTION) {
      const skip = Number(url.searchParams.get("$skiptoken") ?? 0);
      const fields = url.searchParams.get("$select")?.split(",");
      const page = this.profiles
        .slice(skip, skip + this.pageSize)
        .map((p) => (fields ? Object.fromEntries(Object.entries(p).filter(([k]) => fields.includes(k))) : p));
      const next = new URL(url);
      next.searchParams.set("$skiptoken", String(skip + this.pageSize));
      return reply(200, {
        "@odata.context": `${this.host}/beta/$metadata#deviceManagement/androidForWorkEnrollmentProfiles`,
        value: page,
        ...(skip + this.pageSize < this.profiles.length ? { "@odata.nextLink": next.href } : {}),
      });
    }

    const match = /^\/beta\/deviceManagement\/androidForWorkEnrollmentProfiles\/([^/]+)(\/createToken)?$/.exec(
      url.pathname,
    );
    const found = match && this.profiles.find((p) => p.id === decodeURIComponent(match[1]!));
    if (!match || !found) {
      return error(404, "ResourceNotFound", `Resource not found for the segment '${url.pathname.split("/").pop()}'.`);
    }
    if (request.method() === "GET" && !match[2]) {
      return reply(200, {
        "@odata.context": `${this.host}/beta/$metadata#deviceManagement/androidForWorkEnrollmentProfiles/$entity`,
        ...found,
      });
    }
    if (request.method() === "POST" && match[2]) {
      let seconds: unknown;
      try {
        const body = JSON.parse(request.postData() ?? "") as Record<string, unknown>;
        if (Object.keys(body).join() !== "tokenValidityInSeconds") throw new Error("unexpected keys");
        seconds = body.tokenValidityInSeconds;
      } catch {
        return error(400, "BadRequest", "The request body is invalid.");
      }
      if (typeof seconds !== "number" || !Number.isInteger(seconds) || seconds < 1 || seconds > 2_147_483_647) {
        return error(400, "BadRequest", "tokenValidityInSeconds must be an Int32.");
      }
      this.executedCreateTokens += 1;
      found.tokenValue = `NEWTOKEN${randomUUID().replace(/-/g, "").slice(0, 12).toUpperCase()}`;
      found.qrCodeImage = qrFor(found.tokenValue);
      found.tokenExpirationDateTime = new Date(Date.now() + seconds * 1000).toISOString();
      found.lastModifiedDateTime = new Date().toISOString();
      return reply(204);
    }
    return error(405, "BadRequest", "No HTTP resource was found that matches the request URI.");
  }
}
