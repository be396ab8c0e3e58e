import { act, render, screen } from "@testing-library/react";
import { useNow } from "./useNow";

function Clock({ label }: { label: string }) {
  return <span data-testid={label}>{useNow(1_000).toISOString()}</span>;
}

describe("useNow", () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date("2024-05-01T12:00:00Z") }));
  afterEach(() => vi.useRealTimers());

  it("gives every component the same time, and moves them on together", () => {
    render(
      <>
        <Clock label="a" />
        <Clock label="b" />
      </>,
    );
    expect(screen.getByTestId("a")).toHaveTextContent("2024-05-01T12:00:00.000Z");
    expect(screen.getByTestId("b")).toHaveTextContent("2024-05-01T12:00:00.000Z");
    act(() => vi.advanceTimersByTime(1_000));
    expect(screen.getByTestId("a")).toHaveTextContent("2024-05-01T12:00:01.000Z");
    expect(screen.getByTestId("b")).toHaveTextContent("2024-05-01T12:00:01.000Z");
    expect(vi.getTimerCount()).toBe(1);
  });

  it("reads a fresh time after a pause in which nothing listened", () => {
    const { unmount } = render(<Clock label="a" />);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
    vi.setSystemTime(new Date("2024-05-01T13:00:00Z"));
    render(<Clock label="c" />);
    expect(screen.getByTestId("c")).toHaveTextContent("2024-05-01T13:00:00.000Z");
  });
});
