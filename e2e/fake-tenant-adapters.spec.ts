import { getResponse } from "msw";
import { createDemoGraphFetch } from "../src/demo/demoGraph";
import { FakeTenant, type FakeTenantOptions } from "../src/fake-tenant/fakeTenant";
import { GRAPH_HOST, type Caller } from "../src/fake-tenant/fakeHttp";
import { everyKind, type FakeProfile } from "../src/fake-tenant/profiles";
import { fakeTenantHandler } from "../src/test/fakeTenantHandler";
import { FakeGraph } from "./fakes/graph";
import { expect, test } from "./fixtures";

// One fake tenant, three adapters: the demo's in-page fetch, the unit tests' MSW handler and the end-to-end tests'
// Playwright routes. The same requests, sent through each to a tenant seeded alike, must get the same answers:
// status, Graph's ids and body. The Playwright adapter is exercised for real (a page's fetch, across origins, through
// the route); the other two run here in Node, as they run in the browser (demo) and in jsdom (MSW).

const ROOT = `${GRAPH_HOST}/beta/deviceManagement`;
const DEVICE_OWNER = `${ROOT}/androidDeviceOwnerEnrollmentProfiles`;
const LEGACY = `${ROOT}/androidForWorkEnrollmentProfiles`;
const TOKEN = "adapter-test-access-token";
const CALLER: Caller = { appId: "console", userId: "admin", tenantId: "t1" };

interface Step {
  method: string;
  url: string;
  body?: string;
  /** Without a bearer token. */
  anonymous?: boolean;
}

interface Answer {
  status: number;
  requestId: string | null;
  clientRequestId: string | null;
  contentType: string | null;
  body: unknown;
}

/** The same seed for each tenant: deterministic ids, clock, tokens and request ids. */
function seeded(profiles: readonly FakeProfile[]): Omit<FakeTenantOptions, "profiles"> & { profiles: FakeProfile[] } {
  let request = 0;
  let token = 0;
  return {
    profiles: structuredClone(profiles) as FakeProfile[],
    pageSize: 3,
    now: () => Date.parse("2026-06-01T00:00:00Z"),
    newRequestId: () => `rid-${++request}`,
    newToken: () => `TOKEN${++token}`,
  };
}

function script(profiles: readonly FakeProfile[]): Step[] {
  const id = (kind: FakeProfile["kind"]) => profiles.find((p) => p.kind === kind)!.id;
  const create = (url: string, seconds: number) => ({
    method: "POST",
    url: `${url}/createToken`,
    body: JSON.stringify({ tokenValidityInSeconds: seconds }),
  });
  return [
    { method: "GET", url: `${DEVICE_OWNER}?$select=id,displayName,tokenExpirationDateTime,enrollmentMode,tokenValue` },
    {
      method: "GET",
      url: `${DEVICE_OWNER}?$select=id,displayName,tokenExpirationDateTime,enrollmentMode,tokenValue&$skiptoken=3`,
    },
    { method: "GET", url: `${LEGACY}?$select=id,displayName` },
    { method: "GET", url: `${DEVICE_OWNER}/${id("dedicated")}?$select=id,tokenValue,qrCodeImage` },
    { method: "GET", url: `${DEVICE_OWNER}/${id("aospUserless")}?$select=id,tokenValue` },
    create(`${DEVICE_OWNER}/${id("dedicated")}`, 86_400),
    create(`${DEVICE_OWNER}/AOSP-${id("aospUserAssociated")}`, 2_051_244_000),
    create(`${LEGACY}/${id("legacy")}`, 7_776_001),
    { method: "POST", url: `${DEVICE_OWNER}/${id("workProfile")}/revokeToken`, body: "{}" },
    { method: "POST", url: `${DEVICE_OWNER}/${id("workProfile")}/revokeToken` },
    { method: "GET", url: `${DEVICE_OWNER}/${id("dedicated")}` },
    { method: "GET", url: `${DEVICE_OWNER}/AOSP-${id("aospUserless")}` },
    { method: "GET", url: `${ROOT}/androidWorkProfileEnrollmentProfiles` },
    { method: "GET", url: LEGACY, anonymous: true },
    { method: "DELETE", url: `${LEGACY}/${id("legacy")}` },
  ];
}

const headersOf = (step: Step, index: number): Record<string, string> => ({
  ...(step.anonymous ? {} : { authorization: `Bearer ${TOKEN}` }),
  "client-request-id": `crid-${index}`,
  ...(step.body ? { "content-type": "application/json" } : {}),
});

async function answerOf(response: Response): Promise<Answer> {
  const text = await response.text();
  return {
    status: response.status,
    requestId: response.headers.get("request-id"),
    clientRequestId: response.headers.get("client-request-id"),
    contentType: response.headers.get("content-type"),
    body: text === "" ? null : (JSON.parse(text) as unknown),
  };
}

test.use({
  expectedConsoleErrors: [
    [/^Failed to load resource: the server responded with a status of (400|401|404|405)\b/],
    { scope: "test" },
  ],
});

test("the demo, MSW and Playwright adapters give the same answers to the same requests", async ({ page, baseURL }) => {
  const seed = everyKind();
  const steps = script(seed);

  // The demo's in-page fetch (without its latency).
  const demoTenant = new FakeTenant(seeded(seed));
  const demoFetch = createDemoGraphFetch(demoTenant, { latencyMs: () => 0 });
  const demo: Answer[] = [];
  for (const [index, step] of steps.entries()) {
    demo.push(
      await answerOf(
        await demoFetch(step.url, { method: step.method, headers: headersOf(step, index), body: step.body }),
      ),
    );
  }

  // The unit tests' MSW handler.
  const mswTenant = new FakeTenant(seeded(seed));
  const msw: Answer[] = [];
  for (const [index, step] of steps.entries()) {
    const request = new Request(step.url, { method: step.method, headers: headersOf(step, index), body: step.body });
    msw.push(await answerOf((await getResponse([fakeTenantHandler(mswTenant)], request))!));
  }

  // The end-to-end tests' Playwright routes, from a page of another origin (the console's), as the app calls Graph.
  const { profiles, ...options } = seeded(seed);
  const graph = new FakeGraph(
    { callerOf: (token) => (token === TOKEN ? CALLER : null), homeTenantId: CALLER.tenantId },
    profiles,
    GRAPH_HOST,
    options,
  );
  await graph.install(page.context());
  await page.goto(new URL("config.json", baseURL).href);
  const playwright = await page.evaluate(
    async (calls) => {
      const answers = [];
      for (const { url, init } of calls) {
        const response = await fetch(url, init);
        const text = await response.text();
        answers.push({
          status: response.status,
          requestId: response.headers.get("request-id"),
          clientRequestId: response.headers.get("client-request-id"),
          contentType: response.headers.get("content-type"),
          body: text === "" ? null : (JSON.parse(text) as unknown),
        });
      }
      return answers;
    },
    steps.map((step, index) => ({
      url: step.url,
      init: { method: step.method, headers: headersOf(step, index), body: step.body },
    })),
  );

  expect(msw).toEqual(demo);
  expect(playwright).toEqual(demo);
  // Each answer what the tenant's rules make of the request (a check that the script covers them).
  expect(demo.map((answer) => answer.status)).toEqual([
    200, 200, 200, 200, 200, 204, 204, 400, 400, 204, 200, 404, 400, 401, 405,
  ]);
  expect(demo.map((answer) => answer.requestId)).toEqual(steps.map((_, index) => `rid-${index + 1}`));
  expect(demo[4]!.body).toHaveProperty("wifiPassword");
  expect(demo[10]!.body).toMatchObject({ tokenValue: "TOKEN1" });
  for (const tenant of [demoTenant, mswTenant, graph.tenant]) {
    expect(tenant.executedCreateTokens).toBe(2);
    expect(tenant.executedRevokeTokens).toBe(1);
  }
});
