import {
  DAY,
  DEFAULT_VALIDITY_SECONDS,
  HOUR,
  MARKED_VALIDITIES,
  MAX_VALIDITY_SECONDS,
  MIN_VALIDITY_SECONDS,
  VALIDITY_STEPS,
  isValidValidity,
  positionToSeconds,
  secondsToPosition,
  validityParts,
} from "./validity";

const INT32_MAX = 2 ** 31 - 1;
const LAST = VALIDITY_STEPS.length - 1;
const positions = VALIDITY_STEPS.map((_, position) => position);

describe("slider positions", () => {
  it("run from 1 hour (3600 s) to 90 days (7,776,000 s)", () => {
    expect(MIN_VALIDITY_SECONDS).toBe(3600);
    expect(MAX_VALIDITY_SECONDS).toBe(7_776_000);
    expect(positionToSeconds(0)).toBe(3600);
    expect(positionToSeconds(LAST)).toBe(7_776_000);
  });

  it("map every position to whole seconds that createToken accepts, inside Int32", () => {
    for (const position of positions) {
      const seconds = positionToSeconds(position);
      expect(Number.isInteger(seconds)).toBe(true);
      expect(seconds).toBeLessThanOrEqual(INT32_MAX);
      expect(isValidValidity(seconds)).toBe(true);
    }
  });

  it("are strictly increasing", () => {
    for (const position of positions.slice(1)) {
      expect(positionToSeconds(position)).toBeGreaterThan(positionToSeconds(position - 1));
    }
  });

  it("step by hours, then whole days up to 30, then 5 days to 90", () => {
    expect(VALIDITY_STEPS.slice(0, 6)).toEqual([HOUR, 2 * HOUR, 4 * HOUR, 8 * HOUR, 12 * HOUR, DAY]);
    expect(VALIDITY_STEPS).toContain(30 * DAY);
    expect(VALIDITY_STEPS.filter((seconds) => seconds > 30 * DAY)).toEqual(
      [35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90].map((days) => days * DAY),
    );
  });

  it("round-trip through secondsToPosition for every step", () => {
    for (const position of positions) {
      expect(secondsToPosition(positionToSeconds(position))).toBe(position);
    }
  });

  it("put the default and every marked value on a step", () => {
    expect(DEFAULT_VALIDITY_SECONDS).toBe(7 * DAY);
    for (const seconds of [DEFAULT_VALIDITY_SECONDS, ...MARKED_VALIDITIES]) {
      expect(positionToSeconds(secondsToPosition(seconds))).toBe(seconds);
    }
  });

  it("clamp and round positions outside the scale", () => {
    expect(positionToSeconds(-1)).toBe(3600);
    expect(positionToSeconds(-1000)).toBe(3600);
    expect(positionToSeconds(LAST + 1)).toBe(7_776_000);
    expect(positionToSeconds(10_000)).toBe(7_776_000);
    expect(positionToSeconds(1.4)).toBe(2 * HOUR);
    expect(positionToSeconds(1.6)).toBe(4 * HOUR);
  });

  it("find the nearest position for values between or beyond steps", () => {
    expect(secondsToPosition(0)).toBe(0);
    expect(secondsToPosition(-5)).toBe(0);
    expect(secondsToPosition(10 ** 12)).toBe(LAST);
    expect(positionToSeconds(secondsToPosition(36 * DAY))).toBe(35 * DAY);
    expect(positionToSeconds(secondsToPosition(39 * DAY))).toBe(40 * DAY);
    expect(positionToSeconds(secondsToPosition(3 * HOUR + 1))).toBe(4 * HOUR);
  });
});

describe("isValidValidity", () => {
  it.each([
    [3599, false],
    [3600, true],
    [604_800, true],
    [7_776_000, true],
    [7_776_001, false],
    [1.5, false],
    [3600.5, false],
    [0, false],
    [-3600, false],
    [Number.NaN, false],
    [Number.POSITIVE_INFINITY, false],
    [INT32_MAX + 1, false],
  ])("%d → %s", (seconds, valid) => {
    expect(isValidValidity(seconds)).toBe(valid);
  });
});

describe("validityParts", () => {
  it("shows whole days from one day up, else hours", () => {
    expect(validityParts(HOUR)).toEqual({ unit: "hours", count: 1 });
    expect(validityParts(12 * HOUR)).toEqual({ unit: "hours", count: 12 });
    expect(validityParts(DAY)).toEqual({ unit: "days", count: 1 });
    expect(validityParts(90 * DAY)).toEqual({ unit: "days", count: 90 });
    expect(validityParts(DAY + HOUR)).toEqual({ unit: "hours", count: 25 });
  });
});
