import { CLOCK_MARGIN_MS, renewedMeanwhile } from "./renewedMeanwhile";
import type { RunItem } from "./runState";

const NO_TOKEN = "0001-01-01T00:00:00Z";
const STARTED = Date.parse("2026-06-01T10:00:00Z");

const planned = (kind: RunItem["kind"], tokenCreationDateTime: string | null, tokenExpirationDateTime: string | null) =>
  ({ kind, planned: { tokenCreationDateTime, tokenExpirationDateTime } }) as RunItem;

describe("renewedMeanwhile", () => {
  describe("a device-owner profile (tokenCreationDateTime)", () => {
    const item = planned("dedicated", "2026-03-01T08:00:00Z", "2026-06-04T08:00:00Z");

    it("is renewed when its token was created after the one it was planned with", () => {
      const now = {
        tokenCreationDateTime: "2026-06-01T10:00:03.1234567Z",
        tokenExpirationDateTime: "2026-07-01T10:00:03Z",
      };
      expect(renewedMeanwhile(item, now, STARTED)).toBe(true);
    });

    it("is not when it still has that token, or has none (revoked)", () => {
      expect(renewedMeanwhile(item, item.planned, STARTED)).toBe(false);
      expect(
        renewedMeanwhile(item, { tokenCreationDateTime: NO_TOKEN, tokenExpirationDateTime: NO_TOKEN }, STARTED),
      ).toBe(false);
    });

    it("compares with the run's start (less a margin for the clocks) when the list did not say", () => {
      const unknown = planned("aospUserless", null, null);
      const at = (ms: number) => ({ tokenCreationDateTime: new Date(ms).toISOString() });
      expect(renewedMeanwhile(unknown, at(STARTED + 1_000), STARTED)).toBe(true);
      expect(renewedMeanwhile(unknown, at(STARTED - CLOCK_MARGIN_MS + 1_000), STARTED)).toBe(true);
      expect(renewedMeanwhile(unknown, at(STARTED - CLOCK_MARGIN_MS - 1_000), STARTED)).toBe(false);
    });
  });

  describe("an Android for Work (legacy) profile (no tokenCreationDateTime)", () => {
    const item = planned("legacy", null, "2026-06-04T08:00:00Z");

    it("is renewed when its expiry is not the one it was planned with (a new token gets a new expiry)", () => {
      expect(renewedMeanwhile(item, { tokenExpirationDateTime: "2026-08-30T10:00:07Z" }, STARTED)).toBe(true);
      expect(renewedMeanwhile(item, { tokenExpirationDateTime: "2026-06-02T10:00:07Z" }, STARTED)).toBe(true);
    });

    it("is not when the expiry is the planned one (however Graph writes it), or there is no token", () => {
      expect(renewedMeanwhile(item, { tokenExpirationDateTime: "2026-06-04T08:00:00.0000000Z" }, STARTED)).toBe(false);
      expect(renewedMeanwhile(item, { tokenExpirationDateTime: NO_TOKEN }, STARTED)).toBe(false);
    });

    it("is renewed when it had no token when planned and has one now", () => {
      expect(
        renewedMeanwhile(
          planned("legacy", null, NO_TOKEN),
          { tokenExpirationDateTime: "2026-09-01T00:00:00Z" },
          STARTED,
        ),
      ).toBe(true);
    });
  });
});
