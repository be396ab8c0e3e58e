import { randomUUID } from "node:crypto";
import type { BrowserContext, Request, Route } from "@playwright/test";
import {
  COLLECTIONS,
  PROFILE_KINDS,
  kindOf,
  tokenRuleOf,
  type ProfileCollection,
  type ProfileKindId,
} from "../../src/features/enrollment-profiles/model/profileKinds";
import type { FakeEntra } from "./entra";
import { fakeQrPng } from "./qrPng";

export const GRAPH_HOST = "https://graph.microsoft.com";
export const NO_TOKEN = "0001-01-01T00:00:00Z";
const DAY = 86_400_000;
const INT32_MAX = 2_147_483_647;

/** A profile as the fake Graph holds it. `kind` is the fake's own bookkeeping and never sent. */
export interface FakeProfile {
  kind: ProfileKindId;
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
  enrollmentMode?: string;
  enrollmentTokenType?: string;
  tokenCreationDateTime?: string;
  wifiSsid?: string | null;
  wifiPassword?: string | null;
}

/** The Wi-Fi password AOSP profiles carry in this fake: it must never reach the page, a log or a download. */
export const WIFI_PASSWORD = "fake-wifi-secret-Q7p2";

const isAosp = (kind: ProfileKindId) => kind === "aospUserless" || kind === "aospUserAssociated";

/** Intune's QR code for a token, as a mimeContent. */
const qrFor = (token: string) => ({
  "@odata.type": "microsoft.graph.mimeContent" as const,
  type: "image/png",
  value: fakeQrPng(token),
});

/** qrCodeContent as Intune writes it: provisioning JSON, base64-encoded for AOSP (with the Wi-Fi password). */
export function qrContentFor(kind: ProfileKindId, token: string): string {
  const extras = {
    "android.app.extra.PROVISIONING_DEVICE_ADMIN_COMPONENT_NAME":
      "com.google.android.apps.work.clouddpc/.receivers.CloudDeviceAdminReceiver",
    "android.app.extra.PROVISIONING_DEVICE_ADMIN_SIGNATURE_CHECKSUM": "I5YvS0O5hXY46mb01BlRjq4oJJGs2kuUcHvVkAPEXlg",
    "android.app.extra.PROVISIONING_DEVICE_ADMIN_PACKAGE_DOWNLOAD_LOCATION":
      "https://play.google.com/managed/downloadManagingApp?identifier=setup",
    ...(isAosp(kind)
      ? { "android.app.extra.PROVISIONING_WIFI_SSID": "Contoso-Devices", "android.app.extra.PROVISIONING_WIFI_PASSWORD": WIFI_PASSWORD }
      : {}),
    "android.app.extra.PROVISIONING_ADMIN_EXTRAS_BUNDLE": {
      "com.google.android.apps.work.clouddpc.EXTRA_ENROLLMENT_TOKEN": token,
    },
  };
  const json = JSON.stringify(extras);
  return isAosp(kind) ? Buffer.from(json).toString("base64") : json;
}

type ProfileInit = Partial<FakeProfile> & { displayName: string | null };

/** A profile of `kind` (legacy by default), with the enrollmentMode and token type its descriptor names. */
export function profile({ kind = "legacy", ...overrides }: ProfileInit): FakeProfile {
  const now = new Date().toISOString();
  const descriptor = PROFILE_KINDS[kind];
  const deviceOwner = descriptor.collection === "androidDeviceOwnerEnrollmentProfiles";
  const token = overrides.tokenValue ?? null;
  return {
    kind,
    id: randomUUID(),
    description: null,
    enrolledDeviceCount: 0,
    tokenValue: null,
    tokenExpirationDateTime: NO_TOKEN,
    createdDateTime: now,
    lastModifiedDateTime: now,
    accountId: randomUUID(),
    qrCodeContent: token ? qrContentFor(kind, token) : null,
    ...(deviceOwner
      ? {
          enrollmentMode: descriptor.match?.enrollmentMode ?? "corporateOwnedDedicatedDevice",
          enrollmentTokenType: descriptor.match?.tokenType ?? "default",
          tokenCreationDateTime: token ? now : NO_TOKEN,
        }
      : {}),
    ...(isAosp(kind) ? { wifiSsid: "Contoso-Devices", wifiPassword: WIFI_PASSWORD } : {}),
    ...overrides,
    qrCodeImage: overrides.qrCodeImage ?? (token ? qrFor(token) : null),
  };
}

/** A small tenant in mixed token states and kinds, in both collections. */
export function sampleProfiles(): FakeProfile[] {
  const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();
  return [
    profile({
      kind: "dedicated",
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
      kind: "aospUserless",
      displayName: "Field service",
      description: "Technician phones",
      enrolledDeviceCount: 87,
      tokenValue: "OLDTOKENFIELD",
      tokenExpirationDateTime: inDays(60),
    }),
    profile({
      kind: "dedicatedSharedMode",
      displayName: "Hospital carts",
      description: "Medication carts",
      enrolledDeviceCount: 54,
    }),
  ];
}

/** One profile of every kind, each with a valid token. */
export function everyKind(): FakeProfile[] {
  const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();
  return (Object.keys(PROFILE_KINDS) as ProfileKindId[])
    .filter((kind) => kind !== "otherDeviceOwner")
    .map((kind) =>
      profile({
        kind,
        displayName: `Every kind: ${kind}`,
        tokenValue: `TOKEN${kind.toUpperCase()}`,
        tokenExpirationDateTime: PROFILE_KINDS[kind].token.expires ? inDays(30) : inDays(365 * 60),
      }),
    );
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
 * Microsoft Graph (beta) at the network boundary: accepts only bearer tokens the fake Entra issued, serves both
 * enrollment-profile collections, pages them with @odata.nextLink, honours $select, and implements createToken
 * (204, each kind's validity limit enforced with an Intune-style 400) and revokeToken.
 */
export class FakeGraph {
  readonly requests: RecordedRequest[] = [];
  readonly failures: Failure[] = [];
  /** createToken calls that Graph executed (a refused or throttled POST is not executed). */
  executedCreateTokens = 0;
  /** revokeToken calls that Graph executed. */
  executedRevokeTokens = 0;
  /** A validity limit Intune enforces for a profile (by id) that differs from its kind's: tests the 400 path. */
  readonly maxValidityOverride = new Map<string, number>();
  /**
   * Intune's write throttling, when set: at most `max` POSTs per `windowMs` (sliding), beyond which a POST is
   * answered 429 without Retry-After (as Intune is reported to do) and not executed.
   */
  writeLimit: { max: number; windowMs: number } | null = null;
  /** When writes were accepted (for the limit); other tools' writes can be added here. */
  readonly writeTimes: number[] = [];
  /** POSTs answered 429 by the write limit. */
  throttledWrites = 0;
  /** createToken calls executed, per profile id. */
  readonly createdFor = new Map<string, number>();
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
      })
        // The page may have gone meanwhile (a reload while a request was held): the answer has nowhere to go.
        .catch(() => undefined);
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
    if (request.method() === "POST" && this.writeLimit) {
      const now = Date.now();
      const recent = this.writeTimes.filter((at) => at > now - this.writeLimit!.windowMs);
      if (recent.length >= this.writeLimit.max) {
        this.throttledWrites += 1;
        return error(429, "TooManyRequests", "Too many requests.");
      }
      this.writeTimes.push(now);
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

    const match = /^\/beta\/deviceManagement\/([^/]+?)(?:\/([^/]+))?(?:\/(createToken|revokeToken))?$/.exec(
      url.pathname,
    );
    const collection = match?.[1] as ProfileCollection | undefined;
    if (!match || !collection || !Object.hasOwn(COLLECTIONS, collection)) {
      return error(400, "BadRequest", `Resource not found for the segment '${url.pathname.split("/").pop()}'.`);
    }
    const inCollection = this.profiles.filter((p) => PROFILE_KINDS[p.kind].collection === collection);
    const fields = url.searchParams.get("$select")?.split(",");
    const selected = (p: FakeProfile) => {
      const { kind, ...graphFields } = p;
      void kind;
      return fields ? Object.fromEntries(Object.entries(graphFields).filter(([k]) => fields.includes(k))) : graphFields;
    };

    if (request.method() === "GET" && match[2] === undefined) {
      const skip = Number(url.searchParams.get("$skiptoken") ?? 0);
      // Like the real service (reported for AOSP), the list leaves AOSP token fields empty even when asked.
      const page = inCollection
        .slice(skip, skip + this.pageSize)
        .map((p) => selected(isAosp(p.kind) ? { ...p, tokenValue: null, qrCodeContent: null, qrCodeImage: null } : p));
      const next = new URL(url);
      next.searchParams.set("$skiptoken", String(skip + this.pageSize));
      return reply(200, {
        "@odata.context": `${this.host}/beta/$metadata#deviceManagement/${collection}`,
        value: page,
        ...(skip + this.pageSize < inCollection.length ? { "@odata.nextLink": next.href } : {}),
      });
    }

    const found = inCollection.find((p) => p.id === decodeURIComponent(match[2]!));
    if (!found) {
      return error(404, "ResourceNotFound", `Resource not found for the segment '${url.pathname.split("/").pop()}'.`);
    }
    if (request.method() === "GET" && !match[3]) {
      // A read by id ignores $select for AOSP profiles, as a service may: the console must drop wifiPassword itself.
      const body = isAosp(found.kind) ? { ...found, kind: undefined } : selected(found);
      return reply(200, { "@odata.context": `${this.host}/beta/$metadata#deviceManagement/${collection}/$entity`, ...body });
    }
    if (request.method() === "POST" && match[3] === "createToken") {
      let seconds: unknown;
      try {
        const body = JSON.parse(request.postData() ?? "") as Record<string, unknown>;
        if (Object.keys(body).join() !== "tokenValidityInSeconds") throw new Error("unexpected keys");
        seconds = body.tokenValidityInSeconds;
      } catch {
        return error(400, "BadRequest", "The request body is invalid.");
      }
      if (typeof seconds !== "number" || !Number.isInteger(seconds) || seconds < 1 || seconds > INT32_MAX) {
        return error(400, "BadRequest", "tokenValidityInSeconds must be an Int32.");
      }
      // Each kind's limit, refused the way Intune refuses: a 400 with its JSON document inside the message.
      const rule = tokenRuleOf(kindOf(collection, found), found);
      const max = this.maxValidityOverride.get(found.id) ?? (rule.expires ? rule.maxSeconds : rule.sendSeconds);
      if (seconds < 3_600 || seconds > max) {
        const message = `Token validity must be between 3600 and ${max} seconds for this profile.`;
        return error(400, "BadRequest", JSON.stringify({ _version: 3, Message: message, RetryAfter: null }));
      }
      this.executedCreateTokens += 1;
      this.createdFor.set(found.id, (this.createdFor.get(found.id) ?? 0) + 1);
      found.tokenValue = `NEWTOKEN${randomUUID().replace(/-/g, "").slice(0, 12).toUpperCase()}`;
      found.qrCodeImage = qrFor(found.tokenValue);
      found.qrCodeContent = qrContentFor(found.kind, found.tokenValue);
      found.tokenExpirationDateTime = rule.expires
        ? new Date(Date.now() + seconds * 1000).toISOString()
        : new Date(Date.now() + max * 1000).toISOString();
      if (found.tokenCreationDateTime !== undefined) found.tokenCreationDateTime = new Date().toISOString();
      found.lastModifiedDateTime = new Date().toISOString();
      return reply(204);
    }
    if (request.method() === "POST" && match[3] === "revokeToken") {
      if (request.postData()) return error(400, "BadRequest", "revokeToken takes no body.");
      this.executedRevokeTokens += 1;
      found.tokenValue = null;
      found.qrCodeImage = null;
      found.qrCodeContent = null;
      found.tokenExpirationDateTime = NO_TOKEN;
      if (found.tokenCreationDateTime !== undefined) found.tokenCreationDateTime = NO_TOKEN;
      found.lastModifiedDateTime = new Date().toISOString();
      return reply(204);
    }
    return error(405, "BadRequest", "No HTTP resource was found that matches the request URI.");
  }
}
