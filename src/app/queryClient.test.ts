import { http, HttpResponse } from "msw";
import { server } from "../test/server";
import { createGraphClient } from "../graph/client";
import { GraphError } from "../graph/GraphError";
import { graphPath } from "../graph/graphPath";
import { createQueryClient } from "./queryClient";

const graphError = (status: number, retryAfterSeconds: number | null = null) =>
  new GraphError({
    status,
    code: "x",
    graphMessage: "x",
    requestId: null,
    clientRequestId: "c",
    date: null,
    retryAfterSeconds,
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

  it("sends a failing 503 read four times in all (three retries), then gives up", async () => {
    const { requests, outcome } = await readWith(() =>
      HttpResponse.json({ error: { code: "ServiceUnavailable", message: "busy" } }, { status: 503 }),
    );
    expect(requests).toBe(4);
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

  it("waits as long as Retry-After says", () => {
    const retryDelay = createQueryClient().getDefaultOptions().queries?.retryDelay;
    if (typeof retryDelay !== "function") throw new Error("retryDelay should be a function");
    expect(retryDelay(0, graphError(429, 7))).toBe(7000);
  });

  it("never retries mutations by default, and never holds one back until the network returns", () => {
    expect(createQueryClient().getDefaultOptions().mutations?.retry).toBe(false);
    expect(createQueryClient().getDefaultOptions().mutations?.networkMode).toBe("always");
  });
});
