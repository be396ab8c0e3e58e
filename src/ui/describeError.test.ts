import { AuthFailure, toAuthFailure } from "../auth/AuthFailure";
import { GraphError } from "../graph/GraphError";
import { activateLanguage, formatDateTime, formatDateTimeUtc, loadLanguage } from "../i18n";
import { describeError } from "./describeError";

const localAndUtc = (date: Date) =>
  `${formatDateTime(date, { seconds: true })} (${formatDateTimeUtc(date, { seconds: true })})`;

const graphError = (status: number, extra: Partial<ConstructorParameters<typeof GraphError>[0]> = {}) =>
  new GraphError({
    status,
    code: "Code",
    graphMessage: "Readable message from Intune.",
    requestId: "req-1",
    clientRequestId: "client-1",
    date: "2026-11-28T10:00:00",
    retryAfterSeconds: null,
    ...extra,
  });

describe("describeError: the one table from a failure to what the admin reads and can do", () => {
  it("400 shows Intune's message and offers no blind retry of a create", () => {
    const d = describeError(graphError(400), "create");
    expect(d.title).toBe("Intune did not accept the request");
    expect(d.message).toBe("Readable message from Intune.");
    expect(d.actions).toEqual([]);
  });

  it("words a Graph error without a message in the language of the moment, not of the failure", async () => {
    const error = graphError(500, { graphMessage: null });
    expect(describeError(error, "read").message).toBe("Microsoft Graph returned an error without a readable message.");
    activateLanguage("ja", await loadLanguage("ja"));
    try {
      expect(describeError(error, "read").message).toBe(
        "Microsoft Graph から、読み取れるメッセージのないエラーが返されました。",
      );
    } finally {
      activateLanguage("en", await loadLanguage("en"));
    }
  });

  it("403 names the permission, the consent and the Intune role", () => {
    const d = describeError(graphError(403), "read");
    expect(d.hint).toContain("DeviceManagementConfiguration.ReadWrite.All");
    expect(d.hint).toContain("admin consent");
    expect(d.hint).toContain("Intune role");
  });

  it("401 asks to sign in again", () => {
    expect(describeError(graphError(401), "create").actions).toContain("signInAgain");
  });

  it("404 says the profile was deleted or is no longer available", () => {
    expect(describeError(graphError(404), "read").title).toBe("This profile was deleted or is no longer available");
  });

  it("429 shows the wait from Retry-After", () => {
    expect(describeError(graphError(429, { retryAfterSeconds: 42 }), "read").hint).toContain("42 seconds");
  });

  it.each([500, 502, 503, 504])("%d on a create says it may have run; on a read, try again", (status) => {
    expect(describeError(graphError(status), "create").hint).toContain("may or may not have been created");
    expect(describeError(graphError(status), "revoke").hint).toContain("may or may not have been revoked");
    expect(describeError(graphError(status), "read").hint).not.toContain("may or may not");
    expect(describeError(graphError(status), "create").actions).toEqual(["retry"]);
  });

  it("network failures, timeouts and offline are told apart", () => {
    expect(describeError(graphError(0, { code: "networkError" }), "create").title).toBe(
      "Microsoft Graph could not be reached",
    );
    expect(describeError(graphError(0, { code: "timeout" }), "create").title).toBe(
      "Microsoft Graph did not answer in time",
    );
    expect(describeError(graphError(0, { code: "offline" }), "read").title).toBe("You are offline");
  });

  it("every Graph error carries the support details", () => {
    const d = describeError(graphError(503), "read");
    expect(d.details).toEqual(expect.arrayContaining(["Request ID: req-1", "Client request ID: client-1"]));
    // Graph's innerError date is UTC without a zone; it is shown in words, to the second, never as ISO.
    expect(d.details).toContain("Time: " + localAndUtc(new Date("2026-11-28T10:00:00Z")));
    expect(d.details.at(-1)).toMatch(/\(Nov 28, 2026, 10:00:00 AM UTC\)$/);
    expect(d.details.join("\n")).not.toMatch(/\d{4}-\d\d-\d\dT/);
  });

  it("a read can always be tried again", () => {
    for (const status of [400, 401, 403, 404])
      expect(describeError(graphError(status), "read").actions).toContain("retry");
  });

  it("maps MSAL errors to what the admin can do", () => {
    expect(describeError(toAuthFailure({ errorCode: "popup_window_error" }), "read").actions).toContain(
      "continueSignIn",
    );
    expect(describeError(toAuthFailure({ errorCode: "consent_required" }), "read").hint).toContain(
      "DeviceManagementConfiguration.ReadWrite.All",
    );
    expect(toAuthFailure({ errorCode: "invalid_grant", errorMessage: "AADSTS65001: consent" }).kind).toBe(
      "consent-required",
    );
    expect(toAuthFailure({ errorCode: "redirect_bridge_timeout" }).kind).toBe("timed-out");
    expect(toAuthFailure({ errorCode: "interaction_in_progress" }).kind).toBe("in-progress");
    expect(toAuthFailure({ errorCode: "login_required" }).kind).toBe("interaction-required");
    expect(toAuthFailure({ errorCode: "user_cancelled" }).kind).toBe("cancelled");
    expect(describeError(new AuthFailure("unknown", "weird_code"), "read").details[0]).toBe("Error code: weird_code");
  });

  it("a tenant's own failure names the tenant, by name where it has one", () => {
    const fabrikam = "0b9d4c1e-6f2a-4d3b-8c5e-7a1f2b3c4d5e";
    const noAccess = new AuthFailure("no-access", "invalid_grant", { id: fabrikam, consentUrl: null });
    const named = describeError(noAccess, "read", (id) => (id === fabrikam ? "Fabrikam" : id));
    expect(named.title).toBe("Fabrikam: Your account has no access to this tenant");
    expect(named.tenant).toBe("Fabrikam");
    expect(named.details[0]).toBe(`Tenant: Fabrikam (${fabrikam})`);
    const unnamed = describeError(noAccess, "read");
    expect(unnamed.title).toBe(`${fabrikam}: Your account has no access to this tenant`);
    expect(unnamed.details[0]).toBe(`Tenant: ${fabrikam}`);
    expect(describeError(new AuthFailure("unknown", "x"), "read").tenant).toBeUndefined();
  });

  it("a request refused before it was sent says why", () => {
    const d = describeError(new RangeError('Not a valid Graph id: ".."'), "read");
    expect(d.title).toBe("This request cannot be sent");
    expect(d.hint).toContain('".."');
  });
});
