import { countByKindAndGroup, groupOfState, groupsShown } from "./expiryGroups";
import type { ListedProfile } from "./profile";

const NOW = new Date("2024-05-01T12:00:00Z");
const inDays = (days: number) => new Date(NOW.getTime() + days * 86_400_000);

describe("expiry groups", () => {
  it.each([
    [{ kind: "expired", expiresAt: inDays(-1) }, "expired"],
    [{ kind: "expiringSoon", expiresAt: inDays(2) }, "within7"],
    [{ kind: "valid", expiresAt: inDays(8) }, "within30"],
    [{ kind: "valid", expiresAt: inDays(30) }, "within30"],
    [{ kind: "valid", expiresAt: inDays(30.01) }, "valid"],
    [{ kind: "doesNotExpire" }, "doesNotExpire"],
    [{ kind: "none" }, "none"],
    [{ kind: "unknown" }, "unknown"],
  ] as const)("%j is %s", (state, group) => {
    expect(groupOfState(state, NOW)).toBe(group);
  });

  it("count every profile once, per kind and in total", () => {
    const listed = (kind: ListedProfile["kind"], days: number | null | "missing"): ListedProfile => ({
      id: `${kind}-${days}`,
      kind,
      collection: kind === "legacy" ? "androidForWorkEnrollmentProfiles" : "androidDeviceOwnerEnrollmentProfiles",
      ...(days === "missing"
        ? {}
        : { tokenExpirationDateTime: days === null ? "0001-01-01T00:00:00Z" : inDays(days).toISOString() }),
    });
    const { byKind, total } = countByKindAndGroup(
      [
        listed("legacy", -5),
        listed("legacy", 3),
        listed("aospUserless", 20),
        listed("aospUserless", null),
        listed("fullyManaged", 9000),
        listed("aospUserAssociated", "missing"),
      ],
      NOW,
    );
    expect(total).toEqual({ expired: 1, within7: 1, within30: 1, valid: 0, doesNotExpire: 1, none: 1, unknown: 1 });
    expect(byKind.get("legacy")).toEqual({
      expired: 1,
      within7: 1,
      within30: 0,
      valid: 0,
      doesNotExpire: 0,
      none: 0,
      unknown: 0,
    });
    expect(byKind.get("aospUserAssociated")?.unknown).toBe(1);
    expect(byKind.get("aospUserless")?.within30).toBe(1);
    expect(byKind.has("dedicated")).toBe(false);
  });

  it("show an expiry Graph did not report as a group only where there is one", () => {
    const counts = { expired: 0, within7: 0, within30: 0, valid: 0, doesNotExpire: 0, none: 0, unknown: 0 };
    expect(groupsShown(counts)).not.toContain("unknown");
    expect(groupsShown({ ...counts, unknown: 2 }).at(-1)).toBe("unknown");
  });
});
