import { DAY, HOUR, MONTH, YEAR, durationParts } from "./duration";
import { PROFILE_KINDS } from "./profileKinds";
import {
  DEFAULT_VALIDITY_SECONDS,
  clampValidity,
  isValidValidity,
  marksThatFit,
  nearestStep,
  ruleBounds,
  secondsToSend,
  validityMarks,
  validitySteps,
  type ValidityBounds,
} from "./validity";

const INT32_MAX = 2 ** 31 - 1;
const NINETY_DAYS: ValidityBounds = { expires: true, minSeconds: HOUR, maxSeconds: 7_776_000 };
const SIXTY_FIVE_YEARS: ValidityBounds = { expires: true, minSeconds: HOUR, maxSeconds: 2_051_244_000 };

describe.each([
  ["90 days", NINETY_DAYS, 47],
  ["65 years", SIXTY_FIVE_YEARS, 72],
])("slider steps up to %s", (_name, bounds, count) => {
  const steps = validitySteps(bounds);

  it("run from 1 hour to the maximum, strictly increasing, in whole seconds createToken accepts", () => {
    expect(steps).toHaveLength(count);
    expect(steps[0]).toBe(3600);
    expect(steps.at(-1)).toBe(bounds.maxSeconds);
    steps.forEach((seconds, index) => {
      expect(Number.isInteger(seconds)).toBe(true);
      expect(seconds).toBeLessThanOrEqual(INT32_MAX);
      expect(isValidValidity(seconds, bounds)).toBe(true);
      if (index > 0) expect(seconds).toBeGreaterThan(steps[index - 1]!);
    });
  });

  it("keep hours and single days at the start: 1, 2, 4, 8, 12 hours, then every day to 30", () => {
    expect(steps.slice(0, 6)).toEqual([HOUR, 2 * HOUR, 4 * HOUR, 8 * HOUR, 12 * HOUR, DAY]);
    expect(steps.slice(5, 35)).toEqual(Array.from({ length: 30 }, (_, i) => (i + 1) * DAY));
  });

  it("put the default and every mark on a step", () => {
    for (const seconds of [DEFAULT_VALIDITY_SECONDS, ...validityMarks(bounds)]) {
      expect(steps[nearestStep(steps, seconds)]).toBe(seconds);
    }
  });
});

describe("validitySteps beyond 90 days", () => {
  it("go on by months, then years, to 65 years (2,051,244,000 s, inside Int32)", () => {
    const long = validitySteps(SIXTY_FIVE_YEARS).filter((seconds) => seconds > 90 * DAY);
    expect(long).toEqual([
      4 * MONTH,
      6 * MONTH,
      9 * MONTH,
      YEAR,
      18 * MONTH,
      ...[2, 3, 4, 5, 6, 7, 8, 9, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65].map((years) => years * YEAR),
    ]);
    expect(65 * YEAR).toBe(2_051_244_000);
    expect(65 * YEAR).toBeLessThan(INT32_MAX);
  });

  it("end at a maximum that is not a step itself", () => {
    expect(validitySteps({ expires: true, minSeconds: HOUR, maxSeconds: 100 * DAY }).slice(-2)).toEqual([
      90 * DAY,
      100 * DAY,
    ]);
  });
});

describe("validityMarks", () => {
  it("label the familiar values up to 90 days", () => {
    expect(validityMarks(NINETY_DAYS)).toEqual([HOUR, DAY, 7 * DAY, 14 * DAY, 30 * DAY, 60 * DAY, 90 * DAY]);
  });

  it("stay sparse over 65 years, so labels do not collide", () => {
    expect(validityMarks(SIXTY_FIVE_YEARS)).toEqual([HOUR, DAY, 30 * DAY, YEAR, 10 * YEAR, 65 * YEAR]);
  });
});

describe("marksThatFit", () => {
  // Positions over 10 steps; each label 20 px wide.
  const marks = [0, 1, 3, 5, 9, 10].map((position) => ({ position, widthPx: 20 }));

  it("keeps every mark on a wide track", () => {
    expect(marksThatFit(marks, 40, 8)).toEqual(marks);
  });

  it("drops the marks that would touch their neighbour on a narrow track, and always keeps both ends", () => {
    // 20 px a step: two labels need (20 + 20) / 2 + 8 = 28 px, so 2 steps apart.
    expect(marksThatFit(marks, 20, 8).map((mark) => mark.position)).toEqual([0, 3, 5, 10]);
    // 5 px a step: only the ends are far enough apart.
    expect(marksThatFit(marks, 5, 8).map((mark) => mark.position)).toEqual([0, 10]);
  });

  it("weighs each label's own width", () => {
    const wide = [
      { position: 0, widthPx: 60 },
      { position: 2, widthPx: 10 },
      { position: 4, widthPx: 10 },
      { position: 10, widthPx: 10 },
    ];
    // 20 px a step: 40 px from the wide first label is too close (35 + 8 needed); 80 px is not.
    expect(marksThatFit(wide, 20, 8).map((mark) => mark.position)).toEqual([0, 4, 10]);
  });

  it("fits the real marks of a 65-year range on a phone's track without a collision", () => {
    const steps = validitySteps(SIXTY_FIVE_YEARS);
    const real = validityMarks(SIXTY_FIVE_YEARS).map((seconds) => ({
      position: nearestStep(steps, seconds),
      widthPx: 32,
    }));
    const kept = marksThatFit(real, 260 / (steps.length - 1), 8);
    for (let i = 1; i < kept.length; i++) {
      expect((kept[i]!.position - kept[i - 1]!.position) * (260 / (steps.length - 1))).toBeGreaterThanOrEqual(32 + 8);
    }
    expect(kept.at(-1)!.position).toBe(steps.length - 1);
  });
});

describe("nearestStep", () => {
  const steps = validitySteps(NINETY_DAYS);
  it("finds the nearest stop for values between or beyond them", () => {
    expect(nearestStep(steps, 0)).toBe(0);
    expect(nearestStep(steps, -5)).toBe(0);
    expect(nearestStep(steps, 10 ** 12)).toBe(steps.length - 1);
    expect(steps[nearestStep(steps, 36 * DAY)]).toBe(35 * DAY);
    expect(steps[nearestStep(steps, 39 * DAY)]).toBe(40 * DAY);
    expect(steps[nearestStep(steps, 3 * HOUR + 1)]).toBe(4 * HOUR);
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
  ])("%d within 90 days → %s", (seconds, valid) => {
    expect(isValidValidity(seconds, NINETY_DAYS)).toBe(valid);
  });

  it("accepts 65 years but nothing beyond it, and never more than Int32", () => {
    expect(isValidValidity(2_051_244_000, SIXTY_FIVE_YEARS)).toBe(true);
    expect(isValidValidity(2_051_244_001, SIXTY_FIVE_YEARS)).toBe(false);
    expect(isValidValidity(INT32_MAX + 1, { expires: true, minSeconds: 1, maxSeconds: 2 ** 40 })).toBe(false);
  });
});

describe("clampValidity and secondsToSend", () => {
  it("fit a stored choice into a kind's range", () => {
    expect(clampValidity(10 * YEAR, NINETY_DAYS)).toBe(90 * DAY);
    expect(clampValidity(60, NINETY_DAYS)).toBe(HOUR);
    expect(clampValidity(10 * YEAR, SIXTY_FIVE_YEARS)).toBe(10 * YEAR);
  });

  it("send a token that does not expire the fixed validity of its rule", () => {
    const rule = PROFILE_KINDS.fullyManaged.token;
    expect(secondsToSend(rule, 7 * DAY)).toBe(2_051_244_000);
    expect(ruleBounds(rule)).toEqual({ expires: true, minSeconds: 2_051_244_000, maxSeconds: 2_051_244_000 });
    expect(secondsToSend(PROFILE_KINDS.aospUserless.token, 10 * YEAR)).toBe(7_776_000);
  });
});

describe("durationParts", () => {
  it.each([
    [HOUR, "hours", 1],
    [12 * HOUR, "hours", 12],
    [DAY + HOUR, "hours", 25],
    [DAY, "days", 1],
    [90 * DAY, "days", 90],
    [400 * DAY, "days", 400],
    [6 * MONTH, "months", 6],
    [18 * MONTH, "months", 18],
    [YEAR, "years", 1],
    [65 * YEAR, "years", 65],
  ])("%d s is %s %d", (seconds, unit, count) => {
    expect(durationParts(seconds)).toEqual({ unit, count });
  });
});
