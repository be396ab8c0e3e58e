import { DAY, HOUR, YEAR } from "./duration";
import { allowedInstead, readRefusedValidity } from "./refusedValidity";

describe("reading a createToken 400 for the validity Intune allows", () => {
  it.each([
    ["Token validity must be between 3600 and 2592000 seconds for this profile.", 3600, 2_592_000],
    [
      "Token validity must be between 1 hour and 90 days. - Operation ID (for customer support): 0000 - Activity ID: 5d1c4e2a",
      HOUR,
      90 * DAY,
    ],
    ["tokenValidityInSeconds must be between 3,600 and 7,776,000.", 3600, 7_776_000],
    ["The token validity must be between 1 and 65 years.", YEAR, 65 * YEAR],
  ])("%s", (message, minSeconds, maxSeconds) => {
    expect(readRefusedValidity(message)).toEqual({ minSeconds, maxSeconds });
  });

  it.each([
    ["The token can be valid for at most 90 days.", 90 * DAY],
    ["tokenValidityInSeconds cannot exceed 7776000.", 7_776_000],
    ["Maximum token expiration is 30 days (2592000 seconds).", 2_592_000],
    ["Token validity exceeds the maximum of 12 months", YEAR],
  ])("%s", (message, maxSeconds) => {
    expect(readRefusedValidity(message)).toEqual({ minSeconds: null, maxSeconds });
  });

  it("says the validity was refused, with no limit, when the message names no number it can read", () => {
    expect(readRefusedValidity("Token validity is not supported for this profile type.")).toEqual({
      minSeconds: null,
      maxSeconds: null,
    });
    expect(readRefusedValidity("tokenValidityInSeconds must be an Int32.")).toEqual({
      minSeconds: null,
      maxSeconds: null,
    });
    // Ids, dates and the support trailer are not limits.
    expect(
      readRefusedValidity(
        "Invalid validity for profile 5d1c4e2a-8f3b on 2026-11-28 - Activity ID: 111af43c - Url: https://x/90",
      ),
    ).toEqual({ minSeconds: null, maxSeconds: null });
  });

  it("is not about the validity at all for other 400s", () => {
    expect(readRefusedValidity("The request body is invalid.")).toBeNull();
    expect(readRefusedValidity("Resource not found for the segment 'createToken'.")).toBeNull();
  });
});

describe("the validity offered instead", () => {
  const bounds = { minSeconds: HOUR, maxSeconds: 65 * YEAR };

  it("is the longest allowed, in whole days, when the choice was longer", () => {
    expect(allowedInstead({ minSeconds: null, maxSeconds: 90 * DAY }, 65 * YEAR, bounds)).toBe(90 * DAY);
    expect(allowedInstead({ minSeconds: null, maxSeconds: 3_000_000 }, 65 * YEAR, bounds)).toBe(34 * DAY);
    expect(allowedInstead({ minSeconds: null, maxSeconds: 5 * HOUR + 10 }, DAY, bounds)).toBe(5 * HOUR);
  });

  it("is the shortest allowed when the choice was shorter", () => {
    expect(allowedInstead({ minSeconds: DAY, maxSeconds: 30 * DAY }, HOUR, bounds)).toBe(DAY);
  });

  it("is nothing when Intune named no limit, the choice was within it, or it falls outside the kind's own range", () => {
    expect(allowedInstead({ minSeconds: null, maxSeconds: null }, 65 * YEAR, bounds)).toBeNull();
    expect(allowedInstead({ minSeconds: HOUR, maxSeconds: 90 * DAY }, 30 * DAY, bounds)).toBeNull();
    expect(allowedInstead({ minSeconds: null, maxSeconds: 1800 }, DAY, bounds)).toBeNull();
  });
});
