import { graphErrorBody, intuneMessage } from "./graphErrors";
import {
  AOSP_ID_PREFIX,
  COLLECTIONS,
  DEFAULT_AOSP_WRITE_IDS,
  FAKE_KINDS,
  INT32_MAX,
  INTUNE_WRITE_LIMIT,
  isAospMode,
  underWriteLimit,
  validityRule,
  type AospWriteIds,
  type FakeCollection,
  type ValidityRule,
  type WriteLimit,
} from "./intuneRules";
import { clearToken, graphView, issueToken, newTokenValue, type FakeProfile } from "./profiles";
import { pageOf } from "./fakeHttp";
import {
  FilterError,
  actorOf,
  activityTypesOf,
  mayReadAuditLog,
  parseFilter,
  sortEvents,
  tokenEvent,
  type FakeAuditEvent,
} from "./auditLog";
import type { Caller, Failure, FakeAnswer, FakeOutcome, FakeRequest, RecordedRequest } from "./fakeHttp";

export interface FakeTenantOptions {
  profiles?: FakeProfile[];
  /** Profiles per list page. */
  pageSize?: number;
  now?: () => number;
  /** A new token's value. */
  newToken?: () => string;
  newRequestId?: () => string;
  /** The audit log's events so far (the demo's history), oldest first. */
  auditEvents?: FakeAuditEvent[];
}

const AUDIT_PATH = /^\/beta\/deviceManagement\/auditEvents(?:\/getAuditActivityTypes\(category='([^']*)'\))?$/;
const PATH = /^\/beta\/deviceManagement\/([^/]+?)(?:\/([^/]+))?(?:\/(createToken|revokeToken))?$/;

const isCollection = (value: string | undefined): value is FakeCollection =>
  (COLLECTIONS as readonly string[]).includes(value ?? "");

const collectionOf = (profile: FakeProfile) => FAKE_KINDS[profile.kind].collection;

type Reply = (status: number, body?: unknown, headers?: Record<string, string>) => FakeAnswer;
type ReplyError = (status: number, code: string, message: string, intune?: boolean) => FakeAnswer;

/**
 * One Intune tenant behind Microsoft Graph (beta), as plain functions over an in-memory model: both enrollment
 * profile collections, paging and $select, createToken and revokeToken with Intune's rules (intuneRules.ts), its
 * write limit and Graph-shaped errors. No HTTP library, browser or Node API: the demo (in the page), the unit tests
 * (MSW) and the end-to-end tests (Playwright routes) reach it through thin adapters. Everything a test sets or reads
 * is a field of one instance: one tenant's state.
 */
export class FakeTenant {
  profiles: FakeProfile[];
  pageSize: number;
  /** Every request received, in order. */
  readonly requests: RecordedRequest[] = [];
  /** Failures waiting for the next matching request (failNext). */
  readonly failures: Failure[] = [];
  /** Requests whose answer is held back until released (timeouts, pending states). */
  hold: { method: string; path: RegExp; release: Promise<void> } | null = null;
  /** Intune's write limit; null turns it off. */
  writeLimit: WriteLimit | null = INTUNE_WRITE_LIMIT;
  /** The write limit's 429 says when a write is accepted again (Retry-After); Intune's, as admins report it, does not. */
  retryAfterWhenThrottled = false;
  /** When each app's writes were accepted, for the write limit; a test adds another tool's writes here. */
  readonly writesByApp = new Map<string, number[]>();
  /** Writes answered 429 by the write limit (and not executed). */
  throttledWrites = 0;
  executedCreateTokens = 0;
  executedRevokeTokens = 0;
  /** createToken calls executed, per profile id. */
  readonly createdFor = new Map<string, number>();
  /** A tenant that answers otherwise. Per profile id: the longest validity it accepts. */
  readonly validityOverrides = new Map<string, number>();
  /** Per enrollmentMode (or "legacy"): the longest validity it accepts. */
  readonly modeValidityOverrides = new Map<string, number>();
  /** Which id forms an AOSP profile's createToken and revokeToken accept. */
  aospWriteIds: AospWriteIds = DEFAULT_AOSP_WRITE_IDS;
  /** Fields this tenant's Graph never sends, in lists or reads. */
  readonly omitFields = new Set<string>();
  /** Intune's audit log: every executed createToken and revokeToken adds an event (auditLog.ts). Oldest first. */
  auditEvents: FakeAuditEvent[];
  /** Audit events per page, at most (a smaller $top gives smaller pages). */
  auditPageSize = 50;

  private readonly now: () => number;
  private readonly newToken: () => string;
  private readonly newRequestId: () => string;

  constructor({
    profiles = [],
    pageSize = 100,
    now = Date.now,
    newToken = newTokenValue,
    newRequestId = () => crypto.randomUUID(),
    auditEvents = [],
  }: FakeTenantOptions = {}) {
    this.profiles = profiles;
    this.auditEvents = auditEvents;
    this.pageSize = pageSize;
    this.now = now;
    this.newToken = newToken;
    this.newRequestId = newRequestId;
  }

  /** The next request matching `method` and `path` fails with a Graph-shaped error (or, with abort, no answer). */
  failNext(
    method: string,
    path: RegExp,
    status: number,
    code: string,
    message: string,
    options: Pick<Failure, "intune" | "headers" | "abort" | "requestId"> = {},
  ) {
    this.failures.push({ method, path, status, code, message, ...options });
  }

  /** The createToken POSTs received, in order. */
  get createTokenRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.method === "POST" && new URL(r.url).pathname.endsWith("/createToken"));
  }

  /** The profile with this id. */
  find(id: string): FakeProfile | undefined {
    return this.profiles.find((profile) => profile.id === id);
  }

  /** The writes of `appId` in the write limit's window (the array itself: a test may add to it). */
  writeTimesOf(appId: string): number[] {
    let times = this.writesByApp.get(appId);
    if (!times) this.writesByApp.set(appId, (times = []));
    return times;
  }

  async handle(request: FakeRequest): Promise<FakeOutcome> {
    const method = request.method.toUpperCase();
    const url = new URL(request.url);
    const clientRequestId = request.headers["client-request-id"] ?? null;
    const record: RecordedRequest = {
      method,
      url: request.url,
      authorization: request.headers["authorization"] ?? null,
      clientRequestId,
      contentType: request.headers["content-type"] ?? null,
      body: request.body,
      caller: request.caller,
      status: null,
      requestId: null,
      receivedAt: this.now(),
      answeredAt: null,
    };
    this.requests.push(record);
    let requestId = this.newRequestId();
    const reply: Reply = (status, body, headers = {}) => {
      record.status = status;
      record.requestId = requestId;
      record.answeredAt = this.now();
      return {
        status,
        headers: {
          "request-id": requestId,
          ...(clientRequestId ? { "client-request-id": clientRequestId } : {}),
          ...(body === undefined ? {} : { "content-type": "application/json" }),
          ...headers,
        },
        body: body === undefined ? null : JSON.stringify(body),
      };
    };
    const error: ReplyError = (status, code, message, intune = false) =>
      reply(status, graphErrorBody(code, message, { intune, requestId, clientRequestId, date: new Date(this.now()) }));

    // graph-docs `concepts/errors.md` and `auth/auth-concepts`: a request without a valid bearer token is a 401.
    if (!request.caller) {
      const bearer = /^Bearer \S/.test(request.headers["authorization"] ?? "");
      return error(
        401,
        "InvalidAuthenticationToken",
        bearer ? "Access token validation failure. Invalid audience." : "Access token is empty.",
      );
    }
    if (this.hold && this.hold.method === method && this.hold.path.test(url.pathname)) await this.hold.release;
    if (method !== "GET" && !this.acceptWrite(request.caller)) {
      this.throttledWrites += 1;
      const throttled = error(429, "TooManyRequests", "Too many requests.");
      if (!this.retryAfterWhenThrottled) return throttled;
      return { ...throttled, headers: { ...throttled.headers, "retry-after": String(this.secondsUntilWriteFrees()) } };
    }
    const failure = this.failures.findIndex((f) => f.method === method && f.path.test(url.pathname));
    if (failure >= 0) {
      const [f] = this.failures.splice(failure, 1);
      if (f!.abort) {
        record.status = 0;
        record.answeredAt = this.now();
        return { networkFailure: true };
      }
      if (f!.requestId) requestId = f!.requestId;
      const answer = error(f!.status, f!.code, f!.message, f!.intune);
      return f!.headers ? { ...answer, headers: { ...answer.headers, ...f!.headers } } : answer;
    }
    return this.route(method, url, request, reply, error);
  }

  /** The write limit (per app, and per tenant for all apps) over a sliding window; an accepted write counts. */
  private acceptWrite(caller: Caller): boolean {
    if (!this.writeLimit) return true;
    const own = this.writeTimesOf(caller.appId);
    if (!underWriteLimit(this.writeLimit, own, this.writesByApp.values(), this.now())) return false;
    own.push(this.now());
    return true;
  }

  /** Whole seconds until the oldest write in the window leaves it (at least 1). */
  private secondsUntilWriteFrees(): number {
    const { windowMs } = this.writeLimit!;
    const since = this.now() - windowMs;
    const times = [...this.writesByApp.values()].flat().filter((at) => at > since);
    const oldest = Math.min(...times, this.now());
    return Math.max(1, Math.ceil((oldest + windowMs - this.now()) / 1000));
  }

  private route(method: string, url: URL, request: FakeRequest, reply: Reply, error: ReplyError): FakeAnswer {
    const audit = AUDIT_PATH.exec(decodeURIComponent(url.pathname));
    if (audit && method === "GET") return this.auditLog(audit[1] ?? null, url, request.caller!, reply, error);
    const match = PATH.exec(url.pathname);
    const collection = match?.[1];
    if (!match || !isCollection(collection)) {
      const segment = decodeURIComponent(url.pathname.split("/").pop() ?? "");
      return error(400, "BadRequest", `Resource not found for the segment '${segment}'.`);
    }
    const fields = url.searchParams.get("$select")?.split(",") ?? null;
    if (method === "GET" && match[2] === undefined) return this.list(collection, url, fields, reply);

    const segment = decodeURIComponent(match[2] ?? "");
    const action = match[3] as "createToken" | "revokeToken" | undefined;
    const notFound = () => error(404, "ResourceNotFound", `Resource not found for the segment '${segment}'.`);
    if (method === "GET" && !action) {
      // Reads address a profile by its bare id (the AOSP sample reads that way).
      const found = this.inCollection(collection).find((p) => p.id === segment);
      if (!found) return notFound();
      // Inferred: a read by id may ignore $select (the fake does for AOSP profiles, Wi-Fi password and all): the
      // console must drop what it did not ask for.
      const body = graphView(found, isAospMode(found.enrollmentMode) ? null : fields, false, this.omitFields);
      return reply(200, {
        "@odata.context": `${url.origin}/beta/$metadata#deviceManagement/${collection}/$entity`,
        ...body,
      });
    }
    if (method === "POST" && action) {
      const found = this.addressedForWrite(collection, segment);
      return found ? this.write(action, found, segment, request, reply, error) : notFound();
    }
    return error(405, "BadRequest", "No HTTP resource was found that matches the request URI.");
  }

  /**
   * GET /deviceManagement/auditEvents ($filter, $orderby, $top, paged with nextLink) and its getAuditActivityTypes
   * (`category`: the category's activity types). Without DeviceManagementApps.Read.All (or ReadWrite.All) in the
   * token: 403, as Intune answers a permission the token lacks (inferred wording).
   */
  private auditLog(category: string | null, url: URL, caller: Caller, reply: Reply, error: ReplyError): FakeAnswer {
    if (!mayReadAuditLog(caller)) {
      return error(
        403,
        "Forbidden",
        "Application is not authorized to perform this operation. Application must have one of the following scopes: DeviceManagementApps.Read.All, DeviceManagementApps.ReadWrite.All",
        true,
      );
    }
    if (category !== null) {
      return reply(200, {
        "@odata.context": `${url.origin}/beta/$metadata#Collection(Edm.String)`,
        value: activityTypesOf(category),
      });
    }
    let events: FakeAuditEvent[];
    try {
      const filter = url.searchParams.get("$filter");
      const matching = filter === null ? this.auditEvents : this.auditEvents.filter(parseFilter(filter));
      events = sortEvents(matching, url.searchParams.get("$orderby"));
    } catch (failure) {
      if (failure instanceof FilterError) return error(400, "BadRequest", failure.message);
      throw failure;
    }
    const top = Number(url.searchParams.get("$top") ?? this.auditPageSize);
    const size = Number.isInteger(top) && top > 0 ? Math.min(top, this.auditPageSize) : this.auditPageSize;
    return reply(
      200,
      pageOf(events, url, "auditEvents", size, (event) => event),
    );
  }

  private inCollection(collection: FakeCollection) {
    return this.profiles.filter((profile) => collectionOf(profile) === collection);
  }

  private list(collection: FakeCollection, url: URL, fields: string[] | null, reply: Reply): FakeAnswer {
    const profiles = this.inCollection(collection);
    return reply(
      200,
      pageOf(profiles, url, collection, this.pageSize, (p) => graphView(p, fields, true, this.omitFields)),
    );
  }

  /** The profile a createToken or revokeToken addresses: by its bare id, or for AOSP by `AOSP-<id>`, as the tenant accepts. */
  private addressedForWrite(collection: FakeCollection, segment: string): FakeProfile | null {
    const profiles = this.inCollection(collection);
    const bare = profiles.find((p) => p.id === segment);
    if (bare) return isAospMode(bare.enrollmentMode) && this.aospWriteIds === "prefixedOnly" ? null : bare;
    if (!segment.startsWith(AOSP_ID_PREFIX) || this.aospWriteIds === "bareOnly") return null;
    const prefixed = profiles.find((p) => p.id === segment.slice(AOSP_ID_PREFIX.length));
    return prefixed && isAospMode(prefixed.enrollmentMode) ? prefixed : null;
  }

  /** The rule createToken applies to `profile` in this tenant: Intune's, or what the tenant was set to enforce. */
  private ruleFor(profile: FakeProfile): ValidityRule {
    const rule = validityRule(collectionOf(profile), profile);
    const max =
      this.validityOverrides.get(profile.id) ??
      this.modeValidityOverrides.get(profile.enrollmentMode ?? "legacy") ??
      rule.maxSeconds;
    return { ...rule, maxSeconds: max };
  }

  /** Every write to a token goes through here: what it accepts, what it changes, what it counts. */
  private write(
    action: "createToken" | "revokeToken",
    profile: FakeProfile,
    segment: string,
    request: FakeRequest,
    reply: Reply,
    error: ReplyError,
  ): FakeAnswer {
    const now = this.now();
    if (action === "revokeToken") {
      // graph-docs `api/...-revoketoken.md`: no request body.
      if (request.body) return error(400, "BadRequest", "revokeToken takes no body.");
      const revoked = profile.tokenValue;
      clearToken(profile, new Date(now));
      this.executedRevokeTokens += 1;
      this.audit(action, profile, segment, request.caller!, revoked, null);
      return reply(204);
    }
    // graph-docs `api/...-createtoken.md`: exactly {"tokenValidityInSeconds": Int32}.
    let seconds: unknown;
    try {
      const body = JSON.parse(request.body ?? "") as Record<string, unknown>;
      if (Object.keys(body).join() !== "tokenValidityInSeconds") throw new Error("unexpected keys");
      seconds = body.tokenValidityInSeconds;
    } catch {
      return error(400, "BadRequest", "The request body is invalid.");
    }
    if (typeof seconds !== "number" || !Number.isInteger(seconds) || seconds < 1 || seconds > INT32_MAX) {
      return error(400, "BadRequest", "tokenValidityInSeconds must be an Int32.");
    }
    const rule = this.ruleFor(profile);
    if (seconds < rule.minSeconds || seconds > rule.maxSeconds) {
      // Inferred: Intune's wording for a validity out of range is not documented; this one names the bounds.
      const message = `Token validity must be between ${rule.minSeconds} and ${rule.maxSeconds} seconds for this profile.`;
      return error(400, "BadRequest", intuneMessage(message));
    }
    const replaced = profile.tokenValue;
    // Inferred: a token that does not expire reports the validity it was created with as its expiry.
    issueToken(profile, this.newToken(), new Date(now + seconds * 1000), { now: new Date(now) });
    this.executedCreateTokens += 1;
    this.createdFor.set(profile.id, (this.createdFor.get(profile.id) ?? 0) + 1);
    this.audit(action, profile, segment, request.caller!, replaced, profile.tokenValue);
    return reply(204);
  }

  /** The audit event of an executed write, its actor the caller (the token's user and app). */
  private audit(
    action: "createToken" | "revokeToken",
    profile: FakeProfile,
    resourceId: string,
    caller: Caller,
    oldToken: string | null,
    newToken: string | null,
  ) {
    this.auditEvents.push(
      tokenEvent({
        action,
        kind: profile.kind,
        resourceId,
        displayName: profile.displayName,
        actor: actorOf(caller),
        at: new Date(this.now()),
        modifiedProperties: [{ displayName: "TokenValue", oldValue: oldToken, newValue: newToken }],
      }),
    );
  }
}
