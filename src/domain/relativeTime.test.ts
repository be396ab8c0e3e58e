import { DAY, HOUR, YEAR } from "./duration";
import { relativeTime } from "./relativeTime";

const NOW = new Date("2024-05-01T12:00:00Z");
const after = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

describe("relativeTime", () => {
  it.each([
    [30, { value: 1, unit: "minute" }],
    [59 * 60, { value: 59, unit: "minute" }],
    [HOUR, { value: 1, unit: "hour" }],
    [5.4 * HOUR, { value: 5, unit: "hour" }],
    [DAY, { value: 1, unit: "day" }],
    [2 * DAY + 3 * HOUR, { value: 2, unit: "day" }],
    [14 * DAY - 5, { value: 14, unit: "day" }],
    [90 * DAY, { value: 90, unit: "day" }],
    [180 * DAY, { value: 6, unit: "month" }],
    [2 * YEAR, { value: 2, unit: "year" }],
    [65 * YEAR - 60, { value: 65, unit: "year" }],
  ])("%d s ahead is %j", (seconds, expected) => {
    expect(relativeTime(after(seconds), NOW)).toEqual(expected);
  });

  it("counts the past backwards", () => {
    expect(relativeTime(after(-3 * DAY), NOW)).toEqual({ value: -3, unit: "day" });
    expect(relativeTime(after(-10), NOW)).toEqual({ value: -1, unit: "minute" });
    expect(relativeTime(after(-400 * DAY), NOW)).toEqual({ value: -13, unit: "month" });
  });
});
