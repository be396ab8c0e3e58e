import { GraphError, graphErrorFromResponse, parseRetryAfter, readableMessage } from "./GraphError";

const CLIENT_REQUEST_ID = "9c4b1e0a-5d2f-4a7b-8e6c-3f1d2a9b7c50";

/** The shape Intune returns: a JSON document (with \r\n) inside error.message. */
const INTUNE_INNER = JSON.stringify(
  {
    _version: 3,
    Message:
      "An error has occurred - Operation ID (for customer support): 0000 - Activity ID: 111af43c - Url: https://fef.msub02.manage.microsoft.com/...",
    CustomApiErrorPhrase: "",
    RetryAfter: null,
  },
  null,
  2,
).replace(/\n/g, "\r\n");

const intuneBody = {
  error: {
    code: "Forbidden",
    message: INTUNE_INNER,
    innerError: {
      date: "2021-01-15T14:39:08",
      "request-id": "111af43c-7b5e-4b1f-9d0a-2c6e8f3a5d71",
      "client-request-id": "111af43c-0000-4b1f-9d0a-2c6e8f3a5d71",
    },
  },
};

const jsonResponse = (body: unknown, init: ResponseInit) =>
  new Response(JSON.stringify(body), { ...init, headers: { "Content-Type": "application/json", ...init.headers } });

describe("readableMessage", () => {
  it("keeps a plain message", () => {
    expect(readableMessage("Resource not found for the segment 'foo'.")).toBe(
      "Resource not found for the segment 'foo'.",
    );
  });

  it("unwraps Intune's JSON nested in the message", () => {
    expect(INTUNE_INNER).toContain("\r\n");
    expect(readableMessage(INTUNE_INNER)).toBe(
      "An error has occurred - Operation ID (for customer support): 0000 - Activity ID: 111af43c - Url: https://fef.msub02.manage.microsoft.com/...",
    );
  });

  it("unwraps a doubly nested {ErrorCode, Message: '{Message}'}", () => {
    const doubled = JSON.stringify({
      ErrorCode: "Forbidden",
      Message: JSON.stringify({ Message: "Application is not authorized to perform this operation." }),
    });
    expect(readableMessage(doubled)).toBe("Application is not authorized to perform this operation.");
  });

  it("accepts a lower-case message key inside the JSON", () => {
    expect(readableMessage('{"message":"inner text"}')).toBe("inner text");
  });

  it("keeps the text when it only looks like JSON or the JSON has no message", () => {
    expect(readableMessage("{not json")).toBe("{not json");
    expect(readableMessage('{"ErrorCode":"Forbidden"}')).toBe('{"ErrorCode":"Forbidden"}');
  });

  it.each([[undefined], [null], [""], ["   "], [42]])("returns null for %j", (value) => {
    expect(readableMessage(value)).toBeNull();
  });
});

describe("parseRetryAfter", () => {
  const now = Date.parse("2024-05-01T12:00:00Z");

  it("reads seconds", () => {
    expect(parseRetryAfter("120", now)).toBe(120);
    expect(parseRetryAfter(" 5 ", now)).toBe(5);
    expect(parseRetryAfter("0", now)).toBe(0);
  });

  it("reads an HTTP date as seconds from now", () => {
    expect(parseRetryAfter("Wed, 01 May 2024 12:01:30 GMT", now)).toBe(90);
    expect(parseRetryAfter(new Date(now + 1500).toUTCString(), now)).toBe(1);
  });

  it("never returns a negative wait for a date in the past", () => {
    expect(parseRetryAfter("Wed, 01 May 2024 11:00:00 GMT", now)).toBe(0);
  });

  it.each([[null], [""], ["   "], ["soon"]])("returns null for %j", (header) => {
    expect(parseRetryAfter(header, now)).toBeNull();
  });
});

describe("graphErrorFromResponse", () => {
  it("reads a plain Graph error body", async () => {
    const error = await graphErrorFromResponse(
      jsonResponse(
        {
          error: {
            code: "Request_ResourceNotFound",
            message: "Resource 'abc' does not exist.",
            innerError: {
              date: "2024-05-01T12:00:00",
              "request-id": "8d2e6f1a-1111-4c3b-9a7d-5e0f2b4c6d81",
              "client-request-id": CLIENT_REQUEST_ID,
            },
          },
        },
        { status: 404, statusText: "Not Found" },
      ),
      CLIENT_REQUEST_ID,
    );
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: "GraphError",
      status: 404,
      code: "Request_ResourceNotFound",
      graphMessage: "Resource 'abc' does not exist.",
      message: "Resource 'abc' does not exist.",
      requestId: "8d2e6f1a-1111-4c3b-9a7d-5e0f2b4c6d81",
      clientRequestId: CLIENT_REQUEST_ID,
      date: "2024-05-01T12:00:00",
      retryAfterSeconds: null,
    });
  });

  it("unwraps Intune's nested message and keeps the ids from innerError", async () => {
    const error = await graphErrorFromResponse(
      jsonResponse(intuneBody, { status: 403, headers: { "request-id": "header-request-id" } }),
      "sent-client-request-id",
    );
    expect(error.status).toBe(403);
    expect(error.code).toBe("Forbidden");
    expect(error.graphMessage).toMatch(/^An error has occurred - Operation ID \(for customer support\): 0000/);
    expect(error.graphMessage).not.toContain("_version");
    expect(error.requestId).toBe("111af43c-7b5e-4b1f-9d0a-2c6e8f3a5d71");
    expect(error.clientRequestId).toBe("111af43c-0000-4b1f-9d0a-2c6e8f3a5d71");
    expect(error.date).toBe("2021-01-15T14:39:08");
  });

  it("unwraps a doubly nested Intune message", async () => {
    const message = JSON.stringify({
      ErrorCode: "Forbidden",
      Message: JSON.stringify({ Message: "No permission to create tokens. - Operation ID: 42" }),
    });
    const error = await graphErrorFromResponse(
      jsonResponse({ error: { code: "Forbidden", message } }, { status: 403 }),
      CLIENT_REQUEST_ID,
    );
    expect(error.graphMessage).toBe("No permission to create tokens. - Operation ID: 42");
  });

  it("falls back to the status for a body that is not JSON (an HTML 502)", async () => {
    const error = await graphErrorFromResponse(
      new Response("<html><body><h1>502 Bad Gateway</h1></body></html>", {
        status: 502,
        statusText: "Bad Gateway",
        headers: { "Content-Type": "text/html" },
      }),
      CLIENT_REQUEST_ID,
    );
    expect(error).toMatchObject({
      status: 502,
      code: "Bad Gateway",
      graphMessage: null,
      requestId: null,
      clientRequestId: CLIENT_REQUEST_ID,
      retryAfterSeconds: null,
    });
    expect(error.message).not.toContain("<html>");
  });

  it("handles an empty 503 body", async () => {
    const error = await graphErrorFromResponse(new Response(null, { status: 503 }), CLIENT_REQUEST_ID);
    expect(error.status).toBe(503);
    expect(error.graphMessage).toBeNull();
  });

  it("takes request-id, client-request-id, date and Retry-After from the headers when the body lacks them", async () => {
    const error = await graphErrorFromResponse(
      jsonResponse(
        { error: { code: "TooManyRequests", message: "Too many requests." } },
        {
          status: 429,
          headers: {
            "request-id": "0f6c2d8e-2222-4a1b-8c3d-7e9f0a1b2c3d",
            "client-request-id": "echoed-client-request-id",
            date: "Wed, 01 May 2024 12:00:00 GMT",
            "Retry-After": "17",
          },
        },
      ),
      CLIENT_REQUEST_ID,
    );
    expect(error).toMatchObject({
      status: 429,
      code: "TooManyRequests",
      graphMessage: "Too many requests.",
      requestId: "0f6c2d8e-2222-4a1b-8c3d-7e9f0a1b2c3d",
      clientRequestId: "echoed-client-request-id",
      date: "Wed, 01 May 2024 12:00:00 GMT",
      retryAfterSeconds: 17,
    });
  });

  it("reads Retry-After given as an HTTP date", async () => {
    const at = new Date(Date.now() + 60_000).toUTCString();
    const error = await graphErrorFromResponse(
      new Response(null, { status: 503, headers: { "Retry-After": at } }),
      CLIENT_REQUEST_ID,
    );
    // The HTTP date has whole seconds, so the wait is 59 or 60 s depending on when in the second this runs.
    expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(59);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it("uses the client-request-id it sent when neither body nor headers echo one", async () => {
    const error = await graphErrorFromResponse(jsonResponse({ error: {} }, { status: 400 }), CLIENT_REQUEST_ID);
    expect(error.clientRequestId).toBe(CLIENT_REQUEST_ID);
    expect(error.requestId).toBeNull();
    expect(error.date).toBeNull();
    expect(error.graphMessage).toBeNull();
  });

  it("ignores body fields of the wrong type", async () => {
    const error = await graphErrorFromResponse(
      jsonResponse(
        { error: { code: 7, message: { text: "x" }, innerError: "nope" } },
        { status: 400, statusText: "Bad Request" },
      ),
      CLIENT_REQUEST_ID,
    );
    expect(error).toMatchObject({ code: "Bad Request", graphMessage: null, requestId: null });
  });
});
