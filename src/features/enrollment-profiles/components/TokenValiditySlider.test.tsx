import { useState } from "react";
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { formatDateTime, formatDateTimeUtc } from "../../../i18n";
import { DAY, DEFAULT_VALIDITY_SECONDS } from "../model/validity";
import { TokenValiditySlider } from "./TokenValiditySlider";

const NOW = new Date("2024-05-01T12:00:00Z");

function Harness({
  onChange,
  initial = DEFAULT_VALIDITY_SECONDS,
}: {
  onChange: (s: number) => void;
  initial?: number;
}) {
  const [seconds, setSeconds] = useState(initial);
  return (
    <TokenValiditySlider
      seconds={seconds}
      now={NOW}
      onChange={(next) => {
        onChange(next);
        setSeconds(next);
      }}
    />
  );
}

function renderSlider(initial?: number) {
  const onChange = vi.fn<(seconds: number) => void>();
  const user = userEvent.setup();
  render(<Harness onChange={onChange} initial={initial} />);
  return { user, onChange, slider: screen.getByRole("slider", { name: "Token validity" }) };
}

describe("TokenValiditySlider", () => {
  it("is a slider named Token validity that starts at 7 days", () => {
    const { slider } = renderSlider();
    expect(slider).toHaveAttribute("aria-valuetext", "7 days");
    expect(screen.getByText("Valid for 7 days")).toBeInTheDocument();
    const expiresAt = new Date(NOW.getTime() + 7 * DAY * 1000);
    expect(
      screen.getByText(`Expires ${formatDateTime(expiresAt)} · ${formatDateTimeUtc(expiresAt)}`),
    ).toBeInTheDocument();
  });

  it("steps with ArrowRight / ArrowLeft and jumps with End / Home", async () => {
    const { user, onChange, slider } = renderSlider();
    act(() => slider.focus());

    await user.keyboard("{ArrowRight}");
    expect(onChange).toHaveBeenLastCalledWith(8 * DAY);
    expect(slider).toHaveAttribute("aria-valuetext", "8 days");
    expect(screen.getByText("Valid for 8 days")).toBeInTheDocument();

    await user.keyboard("{ArrowLeft}{ArrowLeft}");
    expect(onChange).toHaveBeenLastCalledWith(6 * DAY);
    expect(slider).toHaveAttribute("aria-valuetext", "6 days");

    await user.keyboard("{End}");
    expect(onChange).toHaveBeenLastCalledWith(7_776_000);
    expect(slider).toHaveAttribute("aria-valuetext", "90 days");
    expect(screen.getByText("Valid for 90 days")).toBeInTheDocument();

    await user.keyboard("{ArrowRight}");
    expect(slider).toHaveAttribute("aria-valuetext", "90 days");

    await user.keyboard("{Home}");
    expect(onChange).toHaveBeenLastCalledWith(3600);
    expect(slider).toHaveAttribute("aria-valuetext", "1 hour");
    expect(screen.getByText("Valid for 1 hour")).toBeInTheDocument();

    await user.keyboard("{ArrowRight}");
    expect(onChange).toHaveBeenLastCalledWith(7200);
    expect(slider).toHaveAttribute("aria-valuetext", "2 hours");
  });

  it("only ever reports values createToken accepts", async () => {
    const { user, onChange, slider } = renderSlider(3600);
    act(() => slider.focus());
    await user.keyboard("{PageUp}{PageUp}{PageDown}{ArrowLeft}{End}{ArrowUp}");
    expect(onChange).toHaveBeenCalled();
    for (const [seconds] of onChange.mock.calls) {
      expect(Number.isInteger(seconds)).toBe(true);
      expect(seconds).toBeGreaterThanOrEqual(3600);
      expect(seconds).toBeLessThanOrEqual(7_776_000);
    }
  });

  it("cannot be changed while disabled", () => {
    const onChange = vi.fn();
    render(<TokenValiditySlider seconds={DAY} now={NOW} onChange={onChange} disabled />);
    expect(screen.getByRole("slider", { name: "Token validity" })).toBeDisabled();
  });
});
