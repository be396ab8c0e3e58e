import { GraphError } from "./GraphError";
import {
  MAX_AUTOMATIC_RETRIES,
  MAX_AUTOMATIC_WAIT_SECONDS,
  retryDelayMs,
  shouldRetryWrite,
  shouldRetryRead,
  throttleWaitMs,
} from "./retryPolicy";

const graphError = (status: number, retryAfterSeconds: number | null = null, code = "x") =>
  new GraphError({
    status,
    code,
    graphMessage: "x",
    requestId: null,
    clientRequestId: "c",
    date: null,
    retryAfterSeconds,
  });

describe("shouldRetryRead", () => {
  it.each([0, 429, 500, 502, 503, 504])("retries status %d up to the bound, then stops", (status) => {
    for (let count = 0; count < MAX_AUTOMATIC_RETRIES; count++)
      expect(shouldRetryRead(count, graphError(status))).toBe(true);
    expect(shouldRetryRead(MAX_AUTOMATIC_RETRIES, graphError(status))).toBe(false);
  });

  it.each([400, 401, 403, 404, 409, 412])("never retries status %d", (status) => {
    expect(shouldRetryRead(0, graphError(status))).toBe(false);
  });

  it("retries a timeout but not a request refused because the browser is offline", () => {
    expect(shouldRetryRead(0, graphError(0, null, "timeout"))).toBe(true);
    expect(shouldRetryRead(0, graphError(0, null, "offline"))).toBe(false);
  });

  it("does not sit out a Retry-After longer than the bound: the admin decides", () => {
    expect(shouldRetryRead(0, graphError(429, MAX_AUTOMATIC_WAIT_SECONDS))).toBe(true);
    expect(shouldRetryRead(0, graphError(429, MAX_AUTOMATIC_WAIT_SECONDS + 1))).toBe(false);
  });

  it("never retries what is not a GraphError", () => {
    expect(shouldRetryRead(0, new Error("boom"))).toBe(false);
    expect(shouldRetryRead(0, new RangeError("Refusing to follow @odata.nextLink"))).toBe(false);
  });
});

describe("shouldRetryWrite", () => {
  it("retries a 429, which Graph did not execute, up to the bound", () => {
    expect(shouldRetryWrite(0, graphError(429, 2))).toBe(true);
    expect(shouldRetryWrite(MAX_AUTOMATIC_RETRIES - 1, graphError(429))).toBe(true);
    expect(shouldRetryWrite(MAX_AUTOMATIC_RETRIES, graphError(429))).toBe(false);
    expect(shouldRetryWrite(0, graphError(429, MAX_AUTOMATIC_WAIT_SECONDS + 1))).toBe(false);
  });

  it.each([0, 500, 502, 503, 504])("never repeats a createToken that may have run (status %d)", (status) => {
    expect(shouldRetryWrite(0, graphError(status))).toBe(false);
    expect(shouldRetryWrite(0, graphError(status, null, "timeout"))).toBe(false);
  });

  it.each([400, 401, 403, 404])("never retries status %d", (status) => {
    expect(shouldRetryWrite(0, graphError(status))).toBe(false);
  });
});

describe("retryDelayMs", () => {
  it("honours Retry-After", () => {
    expect(retryDelayMs(0, graphError(429, 7))).toBe(7000);
    expect(retryDelayMs(3, graphError(503, 0))).toBe(0);
  });

  it("never waits longer than the console waits on its own, whatever Retry-After says (a day, a date years ahead)", () => {
    expect(retryDelayMs(0, graphError(429, 86_400))).toBe(MAX_AUTOMATIC_WAIT_SECONDS * 1000);
    expect(retryDelayMs(0, graphError(429, 10 * 365 * 86_400))).toBe(MAX_AUTOMATIC_WAIT_SECONDS * 1000);
  });

  it("backs off exponentially with jitter when Graph gives no Retry-After", () => {
    const low = () => 0;
    const high = () => 1;
    expect(retryDelayMs(0, graphError(503), low)).toBe(500);
    expect(retryDelayMs(0, graphError(503), high)).toBe(1000);
    expect(retryDelayMs(2, graphError(503), low)).toBe(2000);
    expect(retryDelayMs(2, graphError(503), high)).toBe(4000);
    expect(retryDelayMs(10, graphError(503), high)).toBe(30_000);
    const spread = new Set(Array.from({ length: 20 }, () => retryDelayMs(3, graphError(503))));
    expect(spread.size).toBeGreaterThan(1);
    for (const delay of spread) {
      expect(delay).toBeGreaterThanOrEqual(4000);
      expect(delay).toBeLessThanOrEqual(8000);
    }
  });
});

describe("throttleWaitMs (bulk renewal)", () => {
  it("waits out a Retry-After within the bound, and backs off without one", () => {
    expect(throttleWaitMs(1, graphError(429, MAX_AUTOMATIC_WAIT_SECONDS))).toBe(MAX_AUTOMATIC_WAIT_SECONDS * 1000);
    expect(throttleWaitMs(1, graphError(429), () => 0)).toBe(1000);
  });

  it("does not sit out a longer one, as a single write does not: the run stops and the admin decides", () => {
    expect(throttleWaitMs(1, graphError(429, MAX_AUTOMATIC_WAIT_SECONDS + 1))).toBeNull();
    expect(throttleWaitMs(1, graphError(429, 86_400))).toBeNull();
  });
});
