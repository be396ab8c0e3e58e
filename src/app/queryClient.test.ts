import { http, HttpResponse } from "msw";
import { server } from "../test/server";
import { createGraphClient } from "../graph/client";
import { GraphError } from "../graph/GraphError";
import { graphPath } from "../graph/graphPath";
import { createQueryClient, shouldRetryRead } from "./queryClient";

const graphError = (status: number, retryAfterSeconds: number | null = null) =>
  new GraphError({
    status,
    code: "x",
    message: "x",
    requestId: null,
    clientRequestId: "c",
    date: null,
    retryAfterSeconds,
  });

describe("shouldRetryRead", () => {
  it.each([0, 429, 500, 502, 503, 504])("retries status %d for the first two failures only", (status) => {
    expect(shouldRetryRead(0, graphError(status))).toBe(true);
    expect(shouldRetryRead(1, graphError(status))).toBe(true);
    expect(shouldRetryRead(2, graphError(status))).toBe(false);
    expect(shouldRetryRead(5, graphError(status))).toBe(false);
  });

  it.each([400, 401, 403, 404, 409, 412])("never retries status %d", (status) => {
    expect(shouldRetryRead(0, graphError(status))).toBe(false);
  });

  it("never retries what is not a GraphError", () => {
    expect(shouldRetryRead(0, new Error("boom"))).toBe(false);
    expect(shouldRetryRead(0, new RangeError("Refusing to follow @odata.nextLink"))).toBe(false);
    expect(shouldRetryRead(0, "503")).toBe(false);
  });
});

describe("createQueryClient", () => {
  const PROFILES = "https://graph.microsoft.com/beta/deviceManagement/androidForWorkEnrollmentProfiles";
  /** Reads the list through the app's query defaults, with no wait between retries. */
  async function readWith(respond: () => Response) {
    let requests = 0;
    server.use(
      http.get(PROFILES, () => {
        requests += 1;
        return respond();
      }),
    );
    // Created here, not at collection time: the client keeps the fetch it was given, and MSW patches fetch in beforeAll.
    const graph = createGraphClient({ graphHost: "https://graph.microsoft.com", getAccessToken: async () => "t" });
    const client = createQueryClient();
    const outcome = await client
      .fetchQuery({
        queryKey: ["profiles"],
        queryFn: () => graph.list(graphPath`/deviceManagement/androidForWorkEnrollmentProfiles`),
        retryDelay: 0,
      })
      .then(
        (value) => ({ value }),
        (error: unknown) => ({ error }),
      );
    client.clear();
    return { requests, outcome };
  }

  it("sends a failing 503 read three times in all, then gives up", async () => {
    const { requests, outcome } = await readWith(() =>
      HttpResponse.json({ error: { code: "ServiceUnavailable", message: "busy" } }, { status: 503 }),
    );
    expect(requests).toBe(3);
    expect(outcome).toEqual({ error: expect.objectContaining({ status: 503 }) });
  });

  it("sends a 403 read once", async () => {
    const { requests, outcome } = await readWith(() =>
      HttpResponse.json({ error: { code: "Forbidden", message: "no" } }, { status: 403 }),
    );
    expect(requests).toBe(1);
    expect(outcome).toEqual({ error: expect.objectContaining({ status: 403 }) });
  });

  it("recovers when a retry succeeds", async () => {
    let calls = 0;
    const { requests, outcome } = await readWith(() =>
      ++calls === 1 ? new HttpResponse(null, { status: 429 }) : HttpResponse.json({ value: [{ id: "a" }] }),
    );
    expect(requests).toBe(2);
    expect(outcome).toEqual({ value: [{ id: "a" }] });
  });

  it("waits as long as Retry-After says, else backs off exponentially up to 8 s", () => {
    const retryDelay = createQueryClient().getDefaultOptions().queries?.retryDelay;
    if (typeof retryDelay !== "function") throw new Error("retryDelay should be a function");
    expect(retryDelay(0, graphError(429, 7))).toBe(7000);
    expect(retryDelay(0, graphError(503))).toBe(1000);
    expect(retryDelay(1, graphError(503))).toBe(2000);
    expect(retryDelay(5, graphError(503))).toBe(8000);
  });

  it("never retries mutations", () => {
    expect(createQueryClient().getDefaultOptions().mutations?.retry).toBe(false);
  });
});
