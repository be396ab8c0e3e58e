/**
 * Graph's error body (graph-docs `concepts/errors.md`): code, message and an innerError with the request's ids and
 * date. Intune nests its own JSON document inside `message` (microsoftgraph/microsoft-graph-docs issue #11294);
 * `intune` writes the message that way.
 */
export function graphErrorBody(
  code: string,
  message: string,
  {
    intune = false,
    requestId = crypto.randomUUID(),
    clientRequestId = crypto.randomUUID(),
    date = new Date(),
  }: { intune?: boolean; requestId?: string; clientRequestId?: string | null; date?: Date } = {},
) {
  return {
    error: {
      code,
      message: intune ? intuneMessage(message) : message,
      innerError: {
        // Graph writes the date in UTC without a zone.
        date: date.toISOString().slice(0, 19),
        "request-id": requestId,
        "client-request-id": clientRequestId,
      },
    },
  };
}

/** Intune's document inside Graph's message: `Message` is what an admin should read. */
export const intuneMessage = (message: string) =>
  JSON.stringify({ _version: 3, Message: message, CustomApiErrorPhrase: "", RetryAfter: null, ErrorSourceService: "" });
