import { FakeTenant } from "./fakeTenant";
import { GRAPH_HOST, isNetworkFailure, type Caller, type FakeOutcome } from "./fakeHttp";
import { INT32_MAX, NO_TOKEN } from "./intuneRules";
import { WIFI_PASSWORD, everyKind, profile, type FakeProfile } from "./profiles";

const ROOT = `${GRAPH_HOST}/beta/deviceManagement`;
const DEVICE_OWNER = `${ROOT}/androidDeviceOwnerEnrollmentProfiles`;
const LEGACY = `${ROOT}/androidForWorkEnrollmentProfiles`;
const CONSOLE: Caller = { appId: "console", userId: "admin", tenantId: "t1" };
const OTHER_APP: Caller = { appId: "other-tool", userId: "admin", tenantId: "t1" };
const DAY = 86_400;
const YEAR = 365.25 * DAY;

interface Answer {
  status: number;
  headers: Record<string, string>;
  json: Record<string, unknown> | null;
}

function answered(outcome: FakeOutcome): Answer {
  if (isNetworkFailure(outcome)) throw new Error("expected an answer, got a network failure");
  return {
    status: outcome.status,
    headers: outcome.headers,
    json: outcome.body === null ? null : JSON.parse(outcome.body),
  };
}

function call(
  tenant: FakeTenant,
  method: string,
  url: string,
  { body = null as unknown, caller = CONSOLE as Caller | null, headers = {} as Record<string, string> } = {},
) {
  return tenant
    .handle({
      method,
      url,
      headers: { authorization: caller ? "Bearer t" : undefined, "client-request-id": "crid-1", ...headers },
      body: body === null ? null : typeof body === "string" ? body : JSON.stringify(body),
      caller,
    })
    .then(answered);
}

const createToken = (tenant: FakeTenant, collectionUrl: string, id: string, seconds: unknown, caller = CONSOLE) =>
  call(tenant, "POST", `${collectionUrl}/${encodeURIComponent(id)}/createToken`, {
    body: { tokenValidityInSeconds: seconds },
    caller,
  });

const innerMessage = (answer: Answer) => {
  const message = (answer.json?.error as { message: string }).message;
  return (JSON.parse(message) as { Message: string }).Message;
};

const byKind = (profiles: FakeProfile[], kind: FakeProfile["kind"]) => profiles.find((p) => p.kind === kind)!;

describe("the fake tenant: reading", () => {
  it("lists both collections, each profile in its own, without the fake's bookkeeping", async () => {
    const tenant = new FakeTenant({ profiles: everyKind() });
    const deviceOwner = await call(tenant, "GET", DEVICE_OWNER);
    const legacy = await call(tenant, "GET", LEGACY);
    expect((deviceOwner.json!.value as unknown[]).length).toBe(6);
    expect((legacy.json!.value as { id: string }[]).map((p) => p.id)).toEqual([byKind(tenant.profiles, "legacy").id]);
    expect(deviceOwner.json!["@odata.context"]).toBe(
      `${GRAPH_HOST}/beta/$metadata#deviceManagement/androidDeviceOwnerEnrollmentProfiles`,
    );
    expect(JSON.stringify(deviceOwner.json)).not.toContain('"kind"');
  });

  it("answers a collection it does not have with Graph's 400 for an unknown segment", async () => {
    const answer = await call(new FakeTenant(), "GET", `${ROOT}/androidWorkProfileEnrollmentProfiles`);
    expect(answer.status).toBe(400);
    expect(answer.json!.error).toMatchObject({
      code: "BadRequest",
      message: "Resource not found for the segment 'androidWorkProfileEnrollmentProfiles'.",
    });
  });

  it("pages with @odata.nextLink (the whole URL, $select kept), the last page without one", async () => {
    const profiles = Array.from({ length: 5 }, (_, i) => profile({ displayName: `P${i}` }));
    const tenant = new FakeTenant({ profiles, pageSize: 2 });
    const names: unknown[] = [];
    let url: string | undefined = `${LEGACY}?$select=id,displayName`;
    let pages = 0;
    while (url) {
      const answer = await call(tenant, "GET", url);
      pages += 1;
      names.push(...(answer.json!.value as { displayName: string }[]).map((p) => p.displayName));
      url = answer.json!["@odata.nextLink"] as string | undefined;
      if (url) expect(new URL(url).searchParams.get("$select")).toBe("id,displayName");
    }
    expect(pages).toBe(3);
    expect(names).toEqual(["P0", "P1", "P2", "P3", "P4"]);
  });

  it("sends only the fields $select asks for", async () => {
    const tenant = new FakeTenant({ profiles: [profile({ displayName: "Lobby", tokenValue: "TOKEN" })] });
    const answer = await call(tenant, "GET", `${LEGACY}?$select=id,displayName,tokenExpirationDateTime`);
    expect(Object.keys((answer.json!.value as object[])[0]!).sort()).toEqual([
      "displayName",
      "id",
      "tokenExpirationDateTime",
    ]);
  });

  it("lists AOSP profiles with their token fields empty, even when asked for, and keeps their expiry", async () => {
    const tenant = new FakeTenant({ profiles: everyKind() });
    const answer = await call(
      tenant,
      "GET",
      `${DEVICE_OWNER}?$select=id,enrollmentMode,tokenValue,qrCodeContent,qrCodeImage,tokenExpirationDateTime`,
    );
    for (const listed of answer.json!.value as Record<string, unknown>[]) {
      const aosp = String(listed.enrollmentMode).includes("AOSP");
      const stored = tenant.find(listed.id as string)!;
      expect(listed.tokenExpirationDateTime).toBe(stored.tokenExpirationDateTime);
      for (const field of ["tokenValue", "qrCodeContent", "qrCodeImage"]) {
        if (aosp) expect(listed[field], `${stored.kind} ${field}`).toBeNull();
        else expect(listed[field], `${stored.kind} ${field}`).not.toBeNull();
      }
    }
  });

  it("reads a profile by id with $select; an AOSP profile's read ignores $select, Wi-Fi password and all", async () => {
    const tenant = new FakeTenant({ profiles: everyKind() });
    const dedicated = byKind(tenant.profiles, "dedicated");
    const aosp = byKind(tenant.profiles, "aospUserAssociated");
    const read = await call(tenant, "GET", `${DEVICE_OWNER}/${dedicated.id}?$select=id,tokenValue`);
    expect(read.json).toEqual({
      "@odata.context": `${GRAPH_HOST}/beta/$metadata#deviceManagement/androidDeviceOwnerEnrollmentProfiles/$entity`,
      id: dedicated.id,
      tokenValue: dedicated.tokenValue,
    });
    const aospRead = await call(tenant, "GET", `${DEVICE_OWNER}/${aosp.id}?$select=id,tokenValue`);
    expect(aospRead.json).toMatchObject({ id: aosp.id, tokenValue: aosp.tokenValue, wifiPassword: WIFI_PASSWORD });
    expect(aospRead.json).not.toHaveProperty("kind");
  });

  it("reads by the bare id only: AOSP-<id> is not a profile to read", async () => {
    const tenant = new FakeTenant({ profiles: everyKind() });
    const aosp = byKind(tenant.profiles, "aospUserless");
    expect((await call(tenant, "GET", `${DEVICE_OWNER}/AOSP-${aosp.id}`)).status).toBe(404);
  });

  it("draws a QR image from the token when a profile holds none yet (the demo's large tenant)", async () => {
    const lazy = profile({ displayName: "Lazy", tokenValue: "LAZYTOKEN" });
    delete lazy.qrCodeImage;
    const tenant = new FakeTenant({ profiles: [lazy] });
    const read = await call(tenant, "GET", `${LEGACY}/${lazy.id}?$select=qrCodeImage`);
    expect(read.json!.qrCodeImage).toMatchObject({ type: "image/png", value: expect.stringMatching(/^iVBORw0KGgo/) });
  });

  it("leaves out the fields a tenant is set never to send", async () => {
    const tenant = new FakeTenant({ profiles: [profile({ displayName: "Lobby" })] });
    tenant.omitFields.add("tokenExpirationDateTime");
    const answer = await call(tenant, "GET", `${LEGACY}?$select=id,tokenExpirationDateTime`);
    expect((answer.json!.value as object[])[0]).toEqual({ id: tenant.profiles[0]!.id });
  });

  it("says a profile without a token has none with the year-0001 sentinel", () => {
    expect(profile({ displayName: "New" }).tokenExpirationDateTime).toBe(NO_TOKEN);
    expect(profile({ kind: "dedicated", displayName: "New" }).tokenCreationDateTime).toBe(NO_TOKEN);
  });
});

describe("the fake tenant: createToken and revokeToken", () => {
  it("creates a token: 204 without a body, a new token, QR content and image, the expiry the validity gives", async () => {
    let now = Date.parse("2026-01-01T00:00:00Z");
    const tenant = new FakeTenant({ profiles: everyKind(), now: () => now, newToken: () => "NEWTOKEN1" });
    const target = byKind(tenant.profiles, "dedicated");
    now += 1000;
    const answer = await createToken(tenant, DEVICE_OWNER, target.id, 30 * DAY);
    expect(answer).toMatchObject({ status: 204, json: null });
    expect(target).toMatchObject({
      tokenValue: "NEWTOKEN1",
      tokenExpirationDateTime: new Date(now + 30 * DAY * 1000).toISOString(),
      tokenCreationDateTime: new Date(now).toISOString(),
      qrCodeImage: { type: "image/png" },
    });
    expect(target.qrCodeContent).toContain("NEWTOKEN1");
    expect(tenant.executedCreateTokens).toBe(1);
    expect(tenant.createdFor.get(target.id)).toBe(1);
  });

  it("accepts each kind's longest validity and refuses one second more with Intune's 400, its JSON in the message", async () => {
    const longest = {
      dedicated: 65 * YEAR,
      dedicatedSharedMode: 65 * YEAR,
      fullyManaged: 65 * YEAR,
      workProfile: 65 * YEAR,
      aospUserless: 90 * DAY,
      aospUserAssociated: 65 * YEAR,
      legacy: 90 * DAY,
    } as const;
    const tenant = new FakeTenant({ profiles: everyKind() });
    for (const [kind, max] of Object.entries(longest)) {
      const target = byKind(tenant.profiles, kind as FakeProfile["kind"]);
      const collection = kind === "legacy" ? LEGACY : DEVICE_OWNER;
      const refused = await createToken(tenant, collection, target.id, max + 1);
      expect(refused.status, kind).toBe(400);
      expect(innerMessage(refused)).toBe(`Token validity must be between 3600 and ${max} seconds for this profile.`);
      expect((await createToken(tenant, collection, target.id, max)).status, kind).toBe(204);
    }
    expect(tenant.executedCreateTokens).toBe(7);
  });

  it("gives a staging token 65 years whatever its kind, and an enrollmentMode it does not know 90 days", async () => {
    const staged = profile({ kind: "workProfile", displayName: "Staged", enrollmentTokenType: "deviceStaging" });
    const unknown = profile({ kind: "dedicated", displayName: "Future", enrollmentMode: "somethingNewInGraphBeta" });
    const tenant = new FakeTenant({ profiles: [staged, unknown] });
    expect((await createToken(tenant, DEVICE_OWNER, staged.id, 65 * YEAR)).status).toBe(204);
    expect((await createToken(tenant, DEVICE_OWNER, unknown.id, 90 * DAY + 1)).status).toBe(400);
    expect((await createToken(tenant, DEVICE_OWNER, unknown.id, 90 * DAY)).status).toBe(204);
  });

  it("refuses less than an hour, a body that is not exactly {tokenValidityInSeconds: Int32}, and executes none", async () => {
    const tenant = new FakeTenant({ profiles: [profile({ displayName: "Lobby" })] });
    const id = tenant.profiles[0]!.id;
    expect(innerMessage(await createToken(tenant, LEGACY, id, 3_599))).toMatch(/between 3600 and/);
    for (const seconds of [1.5, "3600", INT32_MAX + 1, 0]) {
      expect((await createToken(tenant, LEGACY, id, seconds)).json!.error).toMatchObject({ code: "BadRequest" });
    }
    for (const body of ['{"tokenValidityInSeconds":3600,"extra":1}', "not json", null]) {
      const answer = await call(tenant, "POST", `${LEGACY}/${id}/createToken`, { body });
      expect(answer.status).toBe(400);
    }
    expect(tenant.executedCreateTokens).toBe(0);
  });

  it("revokes: 204, no token left (the year-0001 sentinel); a body is refused", async () => {
    const tenant = new FakeTenant({ profiles: everyKind() });
    const target = byKind(tenant.profiles, "dedicated");
    expect((await call(tenant, "POST", `${DEVICE_OWNER}/${target.id}/revokeToken`, { body: "{}" })).status).toBe(400);
    expect((await call(tenant, "POST", `${DEVICE_OWNER}/${target.id}/revokeToken`)).status).toBe(204);
    expect(target).toMatchObject({
      tokenValue: null,
      qrCodeContent: null,
      qrCodeImage: null,
      tokenExpirationDateTime: NO_TOKEN,
      tokenCreationDateTime: NO_TOKEN,
    });
    expect(tenant.executedRevokeTokens).toBe(1);
  });

  it("answers 404 for a profile it does not have, and 405 for what it does not do", async () => {
    const tenant = new FakeTenant({ profiles: everyKind() });
    expect((await createToken(tenant, DEVICE_OWNER, "gone", 3600)).status).toBe(404);
    const legacy = byKind(tenant.profiles, "legacy");
    expect((await createToken(tenant, DEVICE_OWNER, legacy.id, 3600)).status).toBe(404);
    expect((await call(tenant, "DELETE", `${LEGACY}/${legacy.id}`)).status).toBe(405);
  });

  it.each([
    ["either", [204, 204]],
    ["prefixedOnly", [204, 404]],
    ["bareOnly", [404, 204]],
  ] as const)(
    "writes to an AOSP profile by the id forms the tenant accepts (%s: prefixed, bare)",
    async (forms, [prefixed, bare]) => {
      const tenant = new FakeTenant({ profiles: everyKind() });
      tenant.aospWriteIds = forms;
      const aosp = byKind(tenant.profiles, "aospUserAssociated");
      expect((await createToken(tenant, DEVICE_OWNER, `AOSP-${aosp.id}`, DAY)).status).toBe(prefixed);
      expect((await createToken(tenant, DEVICE_OWNER, aosp.id, DAY)).status).toBe(bare);
      expect((await call(tenant, "POST", `${DEVICE_OWNER}/AOSP-${aosp.id}/revokeToken`)).status).toBe(prefixed);
      expect((await call(tenant, "POST", `${DEVICE_OWNER}/${aosp.id}/revokeToken`)).status).toBe(bare);
      // A 404 wrote nothing.
      const written = [prefixed, bare].filter((status) => status === 204).length;
      expect(tenant.createdFor.get(aosp.id)).toBe(written);
      expect(tenant.executedRevokeTokens).toBe(written);
    },
  );

  it("knows the AOSP- form only for AOSP profiles", async () => {
    const tenant = new FakeTenant({ profiles: everyKind() });
    const dedicated = byKind(tenant.profiles, "dedicated");
    expect((await createToken(tenant, DEVICE_OWNER, `AOSP-${dedicated.id}`, DAY)).status).toBe(404);
  });

  it("can be set to enforce another limit, for one profile or one enrollment mode", async () => {
    const tenant = new FakeTenant({ profiles: everyKind() });
    const dedicated = byKind(tenant.profiles, "dedicated");
    const aosp = byKind(tenant.profiles, "aospUserAssociated");
    tenant.validityOverrides.set(dedicated.id, 30 * DAY);
    tenant.modeValidityOverrides.set("corporateOwnedAOSPUserAssociatedDevice", 90 * DAY);
    expect(innerMessage(await createToken(tenant, DEVICE_OWNER, dedicated.id, 31 * DAY))).toBe(
      "Token validity must be between 3600 and 2592000 seconds for this profile.",
    );
    expect(innerMessage(await createToken(tenant, DEVICE_OWNER, aosp.id, 91 * DAY))).toContain("and 7776000 seconds");
    expect((await createToken(tenant, DEVICE_OWNER, aosp.id, 90 * DAY)).status).toBe(204);
  });
});

describe("the fake tenant: Intune's write limit", () => {
  it("allows 100 writes per 20 s per app; the 101st is a 429 without Retry-After, not executed", async () => {
    let now = 0;
    const profiles = [profile({ displayName: "Lobby" })];
    const tenant = new FakeTenant({ profiles, now: () => now });
    const id = profiles[0]!.id;
    for (let i = 0; i < 100; i++) expect((await createToken(tenant, LEGACY, id, DAY)).status).toBe(204);
    const throttled = await createToken(tenant, LEGACY, id, DAY);
    expect(throttled.status).toBe(429);
    expect(throttled.headers).not.toHaveProperty("retry-after");
    expect(throttled.json!.error).toMatchObject({ code: "TooManyRequests" });
    expect(tenant.executedCreateTokens).toBe(100);
    expect(tenant.throttledWrites).toBe(1);
    // Another app has its own 100; after the window slides, this one has again.
    expect((await createToken(tenant, LEGACY, id, DAY, OTHER_APP)).status).toBe(204);
    now += 20_001;
    expect((await createToken(tenant, LEGACY, id, DAY)).status).toBe(204);
  });

  it("allows 200 writes per 20 s per tenant for all apps together", async () => {
    const tenant = new FakeTenant({ profiles: [profile({ displayName: "Lobby" })], now: () => 0 });
    const id = tenant.profiles[0]!.id;
    tenant.writeTimesOf("third-tool").push(...Array.from({ length: 150 }, () => 0));
    for (let i = 0; i < 50; i++) expect((await createToken(tenant, LEGACY, id, DAY)).status).toBe(204);
    expect((await createToken(tenant, LEGACY, id, DAY, OTHER_APP)).status).toBe(429);
    expect((await call(tenant, "GET", LEGACY)).status).toBe(200);
  });

  it("can say when a write is accepted again: Retry-After until the oldest write leaves the window", async () => {
    let now = 0;
    const tenant = new FakeTenant({ profiles: [profile({ displayName: "Lobby" })], now: () => now });
    tenant.writeLimit = { perApp: 1, perTenant: 1, windowMs: 10_000 };
    tenant.retryAfterWhenThrottled = true;
    const id = tenant.profiles[0]!.id;
    expect((await createToken(tenant, LEGACY, id, DAY)).status).toBe(204);
    now = 2_500;
    const throttled = await createToken(tenant, LEGACY, id, DAY);
    expect(throttled.status).toBe(429);
    expect(throttled.headers["retry-after"]).toBe("8");
    now = 10_001;
    expect((await createToken(tenant, LEGACY, id, DAY)).status).toBe(204);
  });

  it("can be turned off", async () => {
    const tenant = new FakeTenant({ profiles: [profile({ displayName: "Lobby" })], now: () => 0 });
    tenant.writeLimit = null;
    for (let i = 0; i < 250; i++) await createToken(tenant, LEGACY, tenant.profiles[0]!.id, DAY);
    expect(tenant.throttledWrites).toBe(0);
  });
});

describe("the fake tenant: errors, identity and the test API", () => {
  it("answers 401 without a token it accepts, Graph-shaped, and records the request", async () => {
    const tenant = new FakeTenant();
    const none = await call(tenant, "GET", LEGACY, { caller: null });
    expect(none.status).toBe(401);
    expect(none.json!.error).toMatchObject({ code: "InvalidAuthenticationToken", message: "Access token is empty." });
    const foreign = await call(tenant, "GET", LEGACY, { caller: null, headers: { authorization: "Bearer stolen" } });
    expect(foreign.json!.error).toMatchObject({ message: "Access token validation failure. Invalid audience." });
    expect(tenant.requests.map((r) => r.status)).toEqual([401, 401]);
  });

  it("gives every answer a request-id, echoes the client-request-id, and puts both in an error's innerError", async () => {
    let n = 0;
    const tenant = new FakeTenant({ newRequestId: () => `rid-${++n}`, now: () => Date.parse("2026-03-04T05:06:07Z") });
    const answer = await call(tenant, "GET", `${LEGACY}/nope`);
    expect(answer.headers).toMatchObject({ "request-id": "rid-1", "client-request-id": "crid-1" });
    expect(answer.json!.error).toEqual({
      code: "ResourceNotFound",
      message: "Resource not found for the segment 'nope'.",
      innerError: { date: "2026-03-04T05:06:07", "request-id": "rid-1", "client-request-id": "crid-1" },
    });
    expect(tenant.requests[0]).toMatchObject({ status: 404, requestId: "rid-1", clientRequestId: "crid-1" });
  });

  it("fails the next matching request once, as asked: Intune's nested message, headers, a request-id, or no answer", async () => {
    const tenant = new FakeTenant({ profiles: [profile({ displayName: "Lobby" })] });
    tenant.failNext("GET", /Profiles$/, 503, "ServiceUnavailable", "Busy.", {
      intune: true,
      headers: { "retry-after": "2" },
      requestId: "rid-503",
    });
    const failed = await call(tenant, "GET", LEGACY);
    expect(failed).toMatchObject({ status: 503, headers: { "retry-after": "2", "request-id": "rid-503" } });
    expect(innerMessage(failed)).toBe("Busy.");
    expect((await call(tenant, "GET", LEGACY)).status).toBe(200);

    tenant.failNext("POST", /createToken$/, 0, "", "", { abort: true });
    const outcome = await tenant.handle({
      method: "POST",
      url: `${LEGACY}/${tenant.profiles[0]!.id}/createToken`,
      headers: {},
      body: '{"tokenValidityInSeconds":3600}',
      caller: CONSOLE,
    });
    expect(isNetworkFailure(outcome)).toBe(true);
    expect(tenant.executedCreateTokens).toBe(0);
    expect(tenant.requests.at(-1)!.status).toBe(0);
  });

  it("holds matching requests until released", async () => {
    const tenant = new FakeTenant({ profiles: [profile({ displayName: "Lobby" })] });
    let release!: () => void;
    tenant.hold = { method: "GET", path: /Profiles$/, release: new Promise<void>((resolve) => (release = resolve)) };
    let settled = false;
    const pending = call(tenant, "GET", LEGACY).then((answer) => ((settled = true), answer));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(settled).toBe(false);
    release();
    expect((await pending).status).toBe(200);
  });

  it("records what each request carried and who sent it", async () => {
    const tenant = new FakeTenant({ profiles: [profile({ displayName: "Lobby" })] });
    await createToken(tenant, LEGACY, tenant.profiles[0]!.id, DAY);
    expect(tenant.createTokenRequests).toEqual([
      expect.objectContaining({
        method: "POST",
        authorization: "Bearer t",
        clientRequestId: "crid-1",
        body: JSON.stringify({ tokenValidityInSeconds: DAY }),
        caller: CONSOLE,
        status: 204,
      }),
    ]);
  });
});
