import { tokenState } from "./tokenState";

const NOW = new Date("2024-05-01T12:00:00Z");

describe("tokenState", () => {
  it.each(["0001-01-01T00:00:00Z", "0001-01-01T00:00:00", "0001-01-01T00:00:00.0000000+00:00"])(
    "treats the year-0001 sentinel %s as no token",
    (sentinel) => {
      expect(tokenState(sentinel, NOW)).toEqual({ kind: "none" });
    },
  );

  it.each([[null], [undefined], [""], ["not a date"]])("treats %j as no token", (value) => {
    expect(tokenState(value, NOW)).toEqual({ kind: "none" });
  });

  it("is expired for a date in the past", () => {
    expect(tokenState("2024-04-30T12:00:00Z", NOW)).toEqual({
      kind: "expired",
      expiresAt: new Date("2024-04-30T12:00:00Z"),
    });
  });

  it("is expired at the very moment of expiry", () => {
    expect(tokenState(NOW.toISOString(), NOW).kind).toBe("expired");
  });

  it("is valid for a date in the future", () => {
    expect(tokenState("2024-05-08T12:00:00Z", NOW)).toEqual({
      kind: "valid",
      expiresAt: new Date("2024-05-08T12:00:00Z"),
    });
    expect(tokenState("2024-05-01T12:00:01Z", NOW).kind).toBe("valid");
  });
});
