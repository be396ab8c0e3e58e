import { filterAndSortProfiles } from "./filterSort";
import type { EnrollmentProfile } from "./profile";

const NOW = new Date("2024-05-01T12:00:00Z");
const NONE = "0001-01-01T00:00:00Z";

const profile = (
  id: string,
  displayName: string | null,
  tokenExpirationDateTime: string,
  description: string | null = null,
): EnrollmentProfile => ({ id, displayName, description, tokenExpirationDateTime });

const profiles: EnrollmentProfile[] = [
  profile("kiosk", "Kiosk devices", "2024-06-01T00:00:00Z", "Lobby tablets for visitors"),
  profile("warehouse", "warehouse scanners", NONE, "Zebra handhelds in Building 7"),
  profile("field", "Field Service", "2024-04-01T00:00:00Z", "Rugged phones"),
  profile("retail", "Retail POS", "2024-05-02T00:00:00Z", null),
  profile("archive", "Archive", "2023-01-01T00:00:00Z", "Old tokens"),
  profile("blank", "Blank", NONE, "Nothing yet"),
];

const ids = (list: EnrollmentProfile[]) => list.map((p) => p.id);

describe("filterAndSortProfiles", () => {
  it("sorts by name, case-insensitively", () => {
    expect(ids(filterAndSortProfiles(profiles, "", "name", NOW))).toEqual([
      "archive",
      "blank",
      "field",
      "kiosk",
      "retail",
      "warehouse",
    ]);
  });

  it("sorts numbers in names numerically", () => {
    const numbered = [profile("10", "Site 10", NONE), profile("9", "Site 9", NONE), profile("1", "Site 1", NONE)];
    expect(ids(filterAndSortProfiles(numbered, "", "name", NOW))).toEqual(["1", "9", "10"]);
  });

  it("sorts by expiry: expired first (oldest first), then valid soonest first, then no token by name", () => {
    expect(ids(filterAndSortProfiles(profiles, "", "expiry", NOW))).toEqual([
      "archive",
      "field",
      "retail",
      "kiosk",
      "blank",
      "warehouse",
    ]);
  });

  it("filters by name, case-insensitively", () => {
    expect(ids(filterAndSortProfiles(profiles, "KIOSK", "name", NOW))).toEqual(["kiosk"]);
    expect(ids(filterAndSortProfiles(profiles, "Warehouse", "name", NOW))).toEqual(["warehouse"]);
  });

  it("filters by description, case-insensitively", () => {
    expect(ids(filterAndSortProfiles(profiles, "building 7", "name", NOW))).toEqual(["warehouse"]);
    expect(ids(filterAndSortProfiles(profiles, "TOKENS", "name", NOW))).toEqual(["archive"]);
  });

  it("ignores surrounding spaces and keeps the chosen order among matches", () => {
    expect(ids(filterAndSortProfiles(profiles, "  e  ", "expiry", NOW))).toEqual([
      "archive",
      "field",
      "retail",
      "kiosk",
      "blank",
      "warehouse",
    ]);
    expect(ids(filterAndSortProfiles(profiles, " an ", "name", NOW))).toEqual(["blank", "warehouse"]);
  });

  it("returns nothing when nothing matches, and tolerates a missing name or description", () => {
    expect(filterAndSortProfiles(profiles, "zzz", "name", NOW)).toEqual([]);
    const unnamed = [profile("x", null, NONE)];
    expect(ids(filterAndSortProfiles(unnamed, "", "name", NOW))).toEqual(["x"]);
    expect(filterAndSortProfiles(unnamed, "a", "name", NOW)).toEqual([]);
  });

  it("does not reorder the list it was given", () => {
    const input = [...profiles];
    filterAndSortProfiles(input, "", "name", NOW);
    expect(input).toEqual(profiles);
  });
});
