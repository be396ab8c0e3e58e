import { http, HttpResponse } from "msw";
import { server } from "../test/server";
import { createGraphClient } from "./client";
import { GraphError } from "./GraphError";
import { graphPath } from "./graphPath";

const GRAPH = "https://graph.microsoft.com";
const PROFILES = `${GRAPH}/beta/deviceManagement/androidForWorkEnrollmentProfiles`;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const profilesPath = graphPath`/deviceManagement/androidForWorkEnrollmentProfiles`;

function setup() {
  const getAccessToken = vi.fn(async () => "test-token");
  return { graph: createGraphClient({ graphHost: GRAPH, getAccessToken }), getAccessToken };
}

/** Records every request that reaches Graph (any path, any method) and answers with `respond`. */
function recordGraph(respond: (request: Request) => Response | Promise<Response>) {
  const requests: Request[] = [];
  server.use(
    http.all(`${GRAPH}/*`, ({ request }) => {
      requests.push(request.clone());
      return respond(request);
    }),
  );
  return requests;
}

describe("createGraphClient request()", () => {
  it("sends the bearer token, Accept and a fresh GUID client-request-id on every request", async () => {
    const { graph, getAccessToken } = setup();
    const requests = recordGraph(() => HttpResponse.json({ id: "p1" }));

    await expect(graph.request(graphPath`/deviceManagement/androidForWorkEnrollmentProfiles/${"p1"}`)).resolves.toEqual(
      { id: "p1" },
    );
    await graph.request(graphPath`/deviceManagement/androidForWorkEnrollmentProfiles/${"p1"}`);

    expect(requests).toHaveLength(2);
    const ids = requests.map((request) => request.headers.get("client-request-id"));
    for (const request of requests) {
      expect(request.method).toBe("GET");
      expect(request.url).toBe(`${PROFILES}/p1`);
      expect(request.headers.get("authorization")).toBe("Bearer test-token");
      expect(request.headers.get("accept")).toBe("application/json");
      expect(request.headers.get("content-type")).toBeNull();
      expect(request.headers.get("client-request-id")).toMatch(GUID);
    }
    expect(ids[0]).not.toBe(ids[1]);
    expect(getAccessToken).toHaveBeenCalledTimes(2);
  });

  it("POSTs a JSON body with Content-Type and resolves undefined for 204", async () => {
    const { graph } = setup();
    const requests = recordGraph(() => new HttpResponse(null, { status: 204 }));

    const result = await graph.request(
      graphPath`/deviceManagement/androidForWorkEnrollmentProfiles/${"p1"}/createToken`,
      {
        method: "POST",
        body: { tokenValidityInSeconds: 604800 },
      },
    );

    expect(result).toBeUndefined();
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe(`${PROFILES}/p1/createToken`);
    expect(request?.headers.get("content-type")).toBe("application/json");
    expect(request?.headers.get("authorization")).toBe("Bearer test-token");
    expect(await request?.text()).toBe('{"tokenValidityInSeconds":604800}');
  });

  it("resolves undefined for a 200 with an empty body", async () => {
    const { graph } = setup();
    recordGraph(() => new HttpResponse("", { status: 200 }));
    await expect(graph.request(profilesPath)).resolves.toBeUndefined();
  });

  it("throws a GraphError carrying the status, readable message and ids", async () => {
    const { graph } = setup();
    const requests = recordGraph(() =>
      HttpResponse.json(
        {
          error: {
            code: "BadRequest",
            message: JSON.stringify({ _version: 3, Message: "Token validity is out of range." }),
            innerError: { "request-id": "req-1", date: "2024-05-01T12:00:00" },
          },
        },
        { status: 400 },
      ),
    );

    const error: unknown = await graph.request(profilesPath).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({
      status: 400,
      code: "BadRequest",
      graphMessage: "Token validity is out of range.",
      requestId: "req-1",
      // Nothing echoed: the id the client sent is kept for the support ticket.
      clientRequestId: requests[0]?.headers.get("client-request-id"),
    });
  });

  it("turns a network failure into a GraphError with status 0", async () => {
    const { graph } = setup();
    const requests = recordGraph(() => HttpResponse.error());

    const error: unknown = await graph.request(profilesPath).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ status: 0, code: "networkError", graphMessage: null, requestId: null });
    expect((error as GraphError).clientRequestId).toBe(requests[0]?.headers.get("client-request-id"));
    expect((error as GraphError).clientRequestId).toMatch(GUID);
  });

  it("rethrows an abort as it is, not as a network GraphError", async () => {
    const { graph } = setup();
    recordGraph(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      return HttpResponse.json({});
    });
    const controller = new AbortController();
    const pending = graph.request(profilesPath, { signal: controller.signal }).catch((caught: unknown) => caught);
    await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    const error = await pending;
    expect(error).not.toBeInstanceOf(GraphError);
    expect((error as Error).name).toBe("AbortError");
  });

  it("does not send a request when no token can be had", async () => {
    const requests = recordGraph(() => HttpResponse.json({}));
    const graph = createGraphClient({
      graphHost: GRAPH,
      getAccessToken: () => Promise.reject(new Error("interaction_required")),
    });
    await expect(graph.request(profilesPath)).rejects.toThrow("interaction_required");
    expect(requests).toHaveLength(0);
  });
});

describe("createGraphClient list()", () => {
  it("follows @odata.nextLink across pages (one of them empty) and returns every item in order", async () => {
    const { graph } = setup();
    const requests = recordGraph((request) => {
      const token = new URL(request.url).searchParams.get("$skiptoken");
      if (token === null) {
        return HttpResponse.json({ value: [{ id: "a" }, { id: "b" }], "@odata.nextLink": `${PROFILES}?$skiptoken=2` });
      }
      if (token === "2") return HttpResponse.json({ value: [], "@odata.nextLink": `${PROFILES}?$skiptoken=3` });
      return HttpResponse.json({ value: [{ id: "c" }, { id: "d" }] });
    });

    await expect(graph.list<{ id: string }>(profilesPath)).resolves.toEqual([
      { id: "a" },
      { id: "b" },
      { id: "c" },
      { id: "d" },
    ]);
    expect(requests.map((request) => request.url)).toEqual([
      PROFILES,
      `${PROFILES}?$skiptoken=2`,
      `${PROFILES}?$skiptoken=3`,
    ]);
    for (const request of requests) expect(request.headers.get("authorization")).toBe("Bearer test-token");
  });

  it("returns an empty list for a page without value", async () => {
    const { graph } = setup();
    recordGraph(() => HttpResponse.json({}));
    await expect(graph.list(profilesPath)).resolves.toEqual([]);
  });

  it.each([
    "https://evil.example.com/beta/deviceManagement/androidForWorkEnrollmentProfiles?$skiptoken=2",
    "https://graph.microsoft.com.evil.example.com/beta/deviceManagement?$skiptoken=2",
    "http://graph.microsoft.com/beta/deviceManagement?$skiptoken=2",
  ])("refuses a nextLink outside Graph (%s) and never sends the token there", async (nextLink) => {
    const { graph, getAccessToken } = setup();
    const graphRequests = recordGraph(() => HttpResponse.json({ value: [{ id: "a" }], "@odata.nextLink": nextLink }));
    const elsewhere: Request[] = [];
    server.use(
      http.all(/^(?!https:\/\/graph\.microsoft\.com\/)/, ({ request }) => {
        elsewhere.push(request);
        return HttpResponse.json({ value: [{ id: "stolen" }] });
      }),
    );

    await expect(graph.list(profilesPath)).rejects.toThrow(RangeError);
    expect(graphRequests).toHaveLength(1);
    expect(elsewhere).toHaveLength(0);
    expect(getAccessToken).toHaveBeenCalledTimes(1);
  });

  it("stops with the GraphError of a failing page", async () => {
    const { graph } = setup();
    recordGraph((request) =>
      new URL(request.url).searchParams.has("$skiptoken")
        ? HttpResponse.json({ error: { code: "ServiceUnavailable", message: "Try later." } }, { status: 503 })
        : HttpResponse.json({ value: [{ id: "a" }], "@odata.nextLink": `${PROFILES}?$skiptoken=2` }),
    );
    await expect(graph.list(profilesPath)).rejects.toMatchObject({ status: 503, message: "Try later." });
  });
});

describe("graphPath", () => {
  it.each([
    ["a/b", "a%2Fb"],
    ["a?b=c", "a%3Fb%3Dc"],
    ["a#b", "a%23b"],
    ["100%", "100%25"],
    ["../deviceManagement", "..%2FdeviceManagement"],
    ["id with space", "id%20with%20space"],
  ])("encodes %j as one segment, and that is the URL Graph receives", async (id, encoded) => {
    const { graph } = setup();
    const requests = recordGraph(() => new HttpResponse(null, { status: 204 }));

    await graph.request(graphPath`/deviceManagement/androidForWorkEnrollmentProfiles/${id}/createToken`, {
      method: "POST",
      body: { tokenValidityInSeconds: 3600 },
    });

    expect(requests).toHaveLength(1);
    expect(requests[0]?.url).toBe(`${PROFILES}/${encoded}/createToken`);
    expect(new URL(requests[0]?.url ?? "").pathname.split("/")).toHaveLength(6);
  });

  it("leaves the literal parts as written", () => {
    expect(graphPath`/a/${"x"}/b?$select=id`).toBe("/a/x/b?$select=id");
    expect(graphPath`/plain`).toBe("/plain");
  });

  it.each([".", "..", ""])("refuses the id %j before any request is made", async (id) => {
    const { graph, getAccessToken } = setup();
    const requests = recordGraph(() => new HttpResponse(null, { status: 204 }));

    expect(() => graphPath`/deviceManagement/androidForWorkEnrollmentProfiles/${id}`).toThrow(RangeError);
    await expect(
      (async () =>
        graph.request(graphPath`/deviceManagement/androidForWorkEnrollmentProfiles/${id}/createToken`, {
          method: "POST",
          body: { tokenValidityInSeconds: 3600 },
        }))(),
    ).rejects.toThrow(RangeError);

    expect(requests).toHaveLength(0);
    expect(getAccessToken).not.toHaveBeenCalled();
  });
});

describe("createGraphClient: the call log (for diagnostics)", () => {
  it("keeps method, URL, status, request-id and client-request-id of the last 30 calls, oldest first", async () => {
    const { graph } = setup();
    let n = 0;
    recordGraph(() => HttpResponse.json({ id: "p" }, { headers: { "request-id": `rid-${++n}` } }));
    for (let i = 0; i < 31; i++)
      await graph.request(graphPath`/deviceManagement/androidForWorkEnrollmentProfiles/${`p${i}`}`);
    const calls = graph.calls.recent();
    expect(calls).toHaveLength(30);
    expect(calls[0]).toEqual({
      method: "GET",
      url: `${PROFILES}/p1`,
      status: 200,
      requestId: "rid-2",
      clientRequestId: expect.stringMatching(GUID),
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(calls.at(-1)!.url).toBe(`${PROFILES}/p30`);
  });

  it("records a failure with Graph's request-id, and a call without an answer as status 0", async () => {
    const { graph } = setup();
    recordGraph(() =>
      HttpResponse.json(
        { error: { code: "Forbidden", message: "No.", innerError: { "request-id": "rid-403" } } },
        { status: 403 },
      ),
    );
    await expect(graph.request(profilesPath)).rejects.toBeInstanceOf(GraphError);
    server.resetHandlers();
    recordGraph(() => HttpResponse.error());
    await expect(graph.request(profilesPath, { method: "POST" })).rejects.toBeInstanceOf(GraphError);
    expect(graph.calls.recent().map(({ method, status, requestId }) => ({ method, status, requestId }))).toEqual([
      { method: "GET", status: 403, requestId: "rid-403" },
      { method: "POST", status: 0, requestId: null },
    ]);
  });

  it("keeps the last read of each collection: its pages, the last status and request-id", async () => {
    const { graph } = setup();
    recordGraph(({ url }) => {
      const token = new URL(url).searchParams.get("$skiptoken");
      return token
        ? HttpResponse.json({ value: [{ id: "b" }] }, { headers: { "request-id": "rid-page-2" } })
        : HttpResponse.json(
            { value: [{ id: "a" }], "@odata.nextLink": `${PROFILES}?$skiptoken=2` },
            { headers: { "request-id": "rid-page-1" } },
          );
    });
    await graph.list(graphPath`/deviceManagement/androidForWorkEnrollmentProfiles?$select=id` as typeof profilesPath);
    expect(graph.calls.lists()).toEqual([
      {
        path: "/deviceManagement/androidForWorkEnrollmentProfiles",
        status: 200,
        pages: 2,
        requestId: "rid-page-2",
        at: expect.any(String),
      },
    ]);
  });
});
