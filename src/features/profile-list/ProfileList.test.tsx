import { screen, within } from "@testing-library/react";
import type { ListedProfile } from "../../domain/profile";
import { renderWithProviders } from "../../test/render";
import { ProfileList, WHOLE_LIST_MAX } from "./ProfileList";

const NOW = new Date("2026-12-07T12:00:00Z");

const profiles = (count: number): ListedProfile[] =>
  Array.from({ length: count }, (_, index) => ({
    id: `p-${index + 1}`,
    kind: "legacy",
    collection: "androidForWorkEnrollmentProfiles",
    displayName: `Profile ${String(index + 1).padStart(4, "0")}`,
    description: null,
    enrolledDeviceCount: index,
    tokenExpirationDateTime: "2027-01-07T12:00:00Z",
  }));

/**
 * A phone (390 × 844) with the list starting 700 px down the page, below the header, overview and filters, and
 * rows 124 px high: the layout jsdom does not do, as the list reads it.
 */
function onPhoneBelowTheFold() {
  window.innerWidth = 390;
  window.innerHeight = 844;
  const box = HTMLElement.prototype.getBoundingClientRect;
  vi.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockImplementation(function (this: HTMLElement) {
    return this.tagName === "UL" ? DOMRect.fromRect({ x: 0, y: 700, width: 390, height: 0 }) : box.call(this);
  });
  vi.spyOn(HTMLElement.prototype, "offsetHeight", "get").mockImplementation(function (this: HTMLElement) {
    return this.tagName === "LI" ? 124 : 0;
  });
}

function renderList(list: ListedProfile[]) {
  return renderWithProviders(
    <ProfileList
      profiles={list}
      total={list.length}
      selectedKey={null}
      onSelect={() => undefined}
      focusSelectedRequest={0}
      checked={new Set()}
      onCheck={() => undefined}
      now={NOW}
    />,
  );
}

describe("ProfileList", () => {
  const { innerWidth, innerHeight } = window;
  afterEach(() => {
    window.innerWidth = innerWidth;
    window.innerHeight = innerHeight;
  });

  it("has every row of a short list in the page, the ones below the fold too", () => {
    onPhoneBelowTheFold();
    renderList(profiles(12));
    const list = screen.getByRole("list", { name: "Enrollment profiles" });
    expect(within(list).getAllByRole("link")).toHaveLength(12);
    expect(within(list).getAllByRole("checkbox")).toHaveLength(12);
    expect(within(list).getByRole("link", { name: "Profile 0012" })).toBeInTheDocument();
  });

  it(`has every row up to ${WHOLE_LIST_MAX} profiles`, () => {
    onPhoneBelowTheFold();
    renderList(profiles(WHOLE_LIST_MAX));
    expect(within(screen.getByRole("list")).getAllByRole("listitem")).toHaveLength(WHOLE_LIST_MAX);
  });

  it("windows 1,000 profiles: only the rows near the viewport, each saying where it is in the whole list", () => {
    onPhoneBelowTheFold();
    renderList(profiles(1_000));
    const rows = within(screen.getByRole("list", { name: "Enrollment profiles" })).getAllByRole("listitem");
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(30);
    expect(rows[0]).toHaveAttribute("aria-posinset", "1");
    expect(rows[0]).toHaveAttribute("aria-setsize", "1000");
    expect(screen.queryByRole("link", { name: "Profile 1000" })).not.toBeInTheDocument();
  });
});
