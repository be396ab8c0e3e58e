import { PROFILE_KINDS } from "./profileKinds";
import { isUsable, tokenState } from "./tokenState";

const NOW = new Date("2024-05-01T12:00:00Z");
const EXPIRING = PROFILE_KINDS.legacy.token;
const NEVER = PROFILE_KINDS.fullyManaged.token;
const at = (tokenExpirationDateTime: string | null | undefined, tokenCreationDateTime?: string) => ({
  tokenExpirationDateTime,
  tokenCreationDateTime,
});

describe("tokenState", () => {
  it.each(["0001-01-01T00:00:00Z", "0001-01-01T00:00:00", "0001-01-01T00:00:00.0000000+00:00"])(
    "treats the year-0001 sentinel %s as no token",
    (sentinel) => {
      expect(tokenState(at(sentinel), EXPIRING, NOW)).toEqual({ kind: "none" });
    },
  );

  it.each([[null], [undefined], [""], ["not a date"]])(
    "treats %j (an expiry Graph did not send) as unknown, never as no token or expired",
    (value) => {
      expect(tokenState(at(value), EXPIRING, NOW)).toEqual({ kind: "unknown" });
    },
  );

  it("tells a token that does not expire from its creation date when Graph sent no expiry; else it is unknown", () => {
    expect(tokenState(at(undefined, "2024-01-01T00:00:00Z"), NEVER, NOW)).toEqual({ kind: "doesNotExpire" });
    expect(tokenState(at(undefined, "0001-01-01T00:00:00Z"), NEVER, NOW)).toEqual({ kind: "none" });
    expect(tokenState(at(undefined, undefined), NEVER, NOW)).toEqual({ kind: "unknown" });
    expect(isUsable({ kind: "unknown" })).toBe(false);
  });

  it("is expired for a date in the past, and at the very moment of expiry", () => {
    expect(tokenState(at("2024-04-30T12:00:00Z"), EXPIRING, NOW)).toEqual({
      kind: "expired",
      expiresAt: new Date("2024-04-30T12:00:00Z"),
    });
    expect(tokenState(at(NOW.toISOString()), EXPIRING, NOW).kind).toBe("expired");
  });

  it("is expiring soon within 7 days, and valid after that", () => {
    expect(tokenState(at("2024-05-01T12:00:01Z"), EXPIRING, NOW).kind).toBe("expiringSoon");
    expect(tokenState(at("2024-05-08T12:00:00Z"), EXPIRING, NOW)).toEqual({
      kind: "expiringSoon",
      expiresAt: new Date("2024-05-08T12:00:00Z"),
    });
    expect(tokenState(at("2024-05-08T12:00:01Z"), EXPIRING, NOW)).toEqual({
      kind: "valid",
      expiresAt: new Date("2024-05-08T12:00:01Z"),
    });
  });

  it("says a token that does not expire does not, unless it was revoked (an expiry in the past)", () => {
    expect(tokenState(at("2089-05-01T12:00:00Z"), NEVER, NOW)).toEqual({ kind: "doesNotExpire" });
    expect(tokenState(at("0001-01-01T00:00:00Z", "2024-01-01T00:00:00Z"), NEVER, NOW)).toEqual({
      kind: "doesNotExpire",
    });
    expect(tokenState(at("0001-01-01T00:00:00Z", "0001-01-01T00:00:00Z"), NEVER, NOW)).toEqual({ kind: "none" });
    expect(tokenState(at("2024-04-01T00:00:00Z"), NEVER, NOW).kind).toBe("expired");
  });

  it("counts valid, expiring soon and never-expiring tokens as usable", () => {
    expect(isUsable({ kind: "valid", expiresAt: NOW })).toBe(true);
    expect(isUsable({ kind: "expiringSoon", expiresAt: NOW })).toBe(true);
    expect(isUsable({ kind: "doesNotExpire" })).toBe(true);
    expect(isUsable({ kind: "expired", expiresAt: NOW })).toBe(false);
    expect(isUsable({ kind: "none" })).toBe(false);
  });
});
