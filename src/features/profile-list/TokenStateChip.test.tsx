import { render, screen } from "@testing-library/react";
import { formatDateTime } from "../../i18n";
import { TokenStateChip, tokenStateLabel } from "./TokenStateChip";

const NOW = new Date("2024-05-01T12:00:00Z");
const at = (iso: string) => new Date(iso);

describe("tokenStateLabel", () => {
  it("puts the time left in words next to the exact date", () => {
    const soon = at("2024-05-03T15:00:00Z");
    expect(tokenStateLabel({ kind: "expiringSoon", expiresAt: soon }, NOW)).toBe(
      `Expires in 2 days (${formatDateTime(soon)})`,
    );
    const later = at("2024-05-21T12:00:00Z");
    expect(tokenStateLabel({ kind: "valid", expiresAt: later }, NOW)).toBe(
      `Valid until ${formatDateTime(later)} (in 20 days)`,
    );
    const past = at("2024-04-28T12:00:00Z");
    expect(tokenStateLabel({ kind: "expired", expiresAt: past }, NOW)).toBe(
      `Expired 3 days ago (${formatDateTime(past)})`,
    );
    expect(tokenStateLabel({ kind: "expiringSoon", expiresAt: at("2024-05-01T17:00:00Z") }, NOW)).toMatch(
      /^Expires in 5 hours \(/,
    );
  });

  it("names a missing token and one that does not expire without a date", () => {
    expect(tokenStateLabel({ kind: "none" }, NOW)).toBe("No token");
    expect(tokenStateLabel({ kind: "doesNotExpire" }, NOW)).toBe("Does not expire");
  });
});

describe("TokenStateChip", () => {
  it("shows the label with an icon of its own for each state", () => {
    const { container } = render(
      <>
        <TokenStateChip state={{ kind: "expiringSoon", expiresAt: at("2024-05-03T15:00:00Z") }} now={NOW} />
        <TokenStateChip state={{ kind: "valid", expiresAt: at("2024-05-21T12:00:00Z") }} now={NOW} />
        <TokenStateChip state={{ kind: "expired", expiresAt: at("2024-04-28T12:00:00Z") }} now={NOW} />
        <TokenStateChip state={{ kind: "none" }} now={NOW} />
        <TokenStateChip state={{ kind: "doesNotExpire" }} now={NOW} />
      </>,
    );
    expect(screen.getByText(/^Expires in 2 days/)).toBeInTheDocument();
    const icons = [...container.querySelectorAll("svg")].map((svg) => svg.getAttribute("data-testid"));
    expect(new Set(icons).size).toBe(5);
    for (const svg of container.querySelectorAll("svg")) expect(svg).toHaveAttribute("aria-hidden", "true");
  });
});
