import type { ListedProfile } from "../../../domain/profile";
import { planRenewal } from "./planRenewal";

const YEAR = 31_557_600;
const listed = (id: string, kind: ListedProfile["kind"], extra: Partial<ListedProfile> = {}): ListedProfile => ({
  id,
  kind,
  collection: kind === "legacy" ? "androidForWorkEnrollmentProfiles" : "androidDeviceOwnerEnrollmentProfiles",
  displayName: id,
  enrolledDeviceCount: 10,
  ...extra,
});

describe("planRenewal", () => {
  it("sends each kind the chosen validity fitted to its limit, and says where it was fitted", () => {
    const plan = planRenewal(
      [
        listed("d1", "dedicated"),
        listed("a1", "aospUserless"),
        listed("a2", "aospUserless"),
        listed("l1", "legacy", { enrolledDeviceCount: 5 }),
        listed("f1", "fullyManaged"),
        listed("s1", "workProfile", { enrollmentTokenType: "deviceStaging" }),
      ],
      2 * YEAR,
    );
    expect(plan.items.map((item) => [item.id, item.seconds])).toEqual([
      ["d1", 2 * YEAR],
      ["a1", 7_776_000],
      ["a2", 7_776_000],
      ["l1", 7_776_000],
      ["f1", 65 * YEAR],
      ["s1", 2 * YEAR],
    ]);
    expect(plan.adjustments).toEqual([
      { kind: "aospUserless", staging: false, count: 2, reason: "limited", seconds: 7_776_000 },
      { kind: "legacy", staging: false, count: 1, reason: "limited", seconds: 7_776_000 },
      { kind: "fullyManaged", staging: false, count: 1, reason: "noExpiry", seconds: 65 * YEAR },
    ]);
    expect(plan.devices).toBe(55);
    expect(plan.items[0]).toMatchObject({ key: "androidDeviceOwnerEnrollmentProfiles/d1", status: "pending" });
  });

  it("fits nothing when the chosen validity suits every kind", () => {
    expect(
      planRenewal([listed("d1", "dedicated"), listed("a1", "aospUserAssociated")], 30 * 86_400).adjustments,
    ).toEqual([]);
  });
});
