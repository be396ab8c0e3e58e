import { NO_FILTER, filterProfiles, sortProfiles, type ProfileFilter, type ProfileSort } from "./filterSort";
import type { ListedProfile } from "./profile";
import type { ProfileKindId } from "./profileKinds";

const NOW = new Date("2024-05-01T12:00:00Z");
const NONE = "0001-01-01T00:00:00Z";

const profile = (
  id: string,
  displayName: string | null,
  tokenExpirationDateTime: string,
  description: string | null = null,
  kind: ProfileKindId = "legacy",
): ListedProfile => ({
  id,
  displayName,
  description,
  tokenExpirationDateTime,
  kind,
  collection: kind === "legacy" ? "androidForWorkEnrollmentProfiles" : "androidDeviceOwnerEnrollmentProfiles",
});

const profiles: ListedProfile[] = [
  profile("kiosk", "Kiosk devices", "2024-06-01T00:00:00Z", "Lobby tablets for visitors", "dedicated"),
  profile("warehouse", "warehouse scanners", NONE, "Zebra handhelds in Building 7"),
  profile("field", "Field Service", "2024-04-01T00:00:00Z", "Rugged phones", "aospUserless"),
  profile("retail", "Retail POS", "2024-05-02T00:00:00Z", null),
  profile("archive", "Archive", "2023-01-01T00:00:00Z", "Old tokens"),
  profile("blank", "Blank", NONE, "Nothing yet"),
  profile("phones", "Sales phones", "2089-01-01T00:00:00Z", null, "fullyManaged"),
];

const ids = (list: ListedProfile[]) => list.map((p) => p.id);
const run = (filter: Partial<ProfileFilter>, sort: ProfileSort = "name", list = profiles) =>
  ids(sortProfiles(filterProfiles(list, { ...NO_FILTER, ...filter }, NOW), sort, NOW));

describe("filterProfiles and sortProfiles", () => {
  it("sort by name, case-insensitively", () => {
    expect(run({})).toEqual(["archive", "blank", "field", "kiosk", "retail", "phones", "warehouse"]);
  });

  it("sort numbers in names numerically", () => {
    const numbered = [profile("10", "Site 10", NONE), profile("9", "Site 9", NONE), profile("1", "Site 1", NONE)];
    expect(run({}, "name", numbered)).toEqual(["1", "9", "10"]);
  });

  it("sort by expiry: expired first (oldest first), then soonest, then tokens that do not expire, then none", () => {
    expect(run({}, "expiry")).toEqual(["archive", "field", "retail", "kiosk", "phones", "blank", "warehouse"]);
  });

  it("filter by name and description, case-insensitively, ignoring surrounding spaces", () => {
    expect(run({ text: "KIOSK" })).toEqual(["kiosk"]);
    expect(run({ text: "building 7" })).toEqual(["warehouse"]);
    expect(run({ text: "TOKENS" })).toEqual(["archive"]);
    expect(run({ text: " an " })).toEqual(["blank", "warehouse"]);
  });

  it("filter by kind, together with the text", () => {
    expect(run({ kind: "legacy" })).toEqual(["archive", "blank", "retail", "warehouse"]);
    expect(run({ kind: "aospUserless" })).toEqual(["field"]);
    expect(run({ kind: "legacy", text: "o" })).toEqual(["archive", "blank", "retail", "warehouse"]);
    expect(run({ kind: "dedicated", text: "warehouse" })).toEqual([]);
  });

  it("filter by expiry group: expired, within 7 days, within 8 to 30 days, valid, does not expire, no token", () => {
    expect(run({ group: "expired" })).toEqual(["archive", "field"]);
    expect(run({ group: "within7" })).toEqual(["retail"]);
    expect(run({ group: "within30" })).toEqual([]);
    expect(run({ group: "doesNotExpire" })).toEqual(["phones"]);
    expect(run({ group: "none" })).toEqual(["blank", "warehouse"]);
    expect(run({ group: "valid" })).toEqual(["kiosk"]);
    expect(run({ group: "expired", kind: "legacy" })).toEqual(["archive"]);
  });

  it("return nothing when nothing matches, and tolerate a missing name or description", () => {
    expect(run({ text: "zzz" })).toEqual([]);
    const unnamed = [profile("x", null, NONE)];
    expect(run({}, "name", unnamed)).toEqual(["x"]);
    expect(run({ text: "a" }, "name", unnamed)).toEqual([]);
  });

  it("do not reorder the list they were given", () => {
    const input = [...profiles];
    sortProfiles(filterProfiles(input, NO_FILTER, NOW), "name", NOW);
    sortProfiles(input, "expiry", NOW);
    expect(input).toEqual(profiles);
  });
});
