import { useState } from "react";
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DAY } from "../../domain/duration";
import { PROFILE_KINDS } from "../../domain/profileKinds";
import { DEFAULT_VALIDITY_SECONDS, type ValidityBounds } from "../../domain/validity";
import { TokenValiditySlider } from "./TokenValiditySlider";

const NINETY_DAYS = PROFILE_KINDS.legacy.token as ValidityBounds;
const SIXTY_FIVE_YEARS = PROFILE_KINDS.dedicated.token as ValidityBounds;

function Harness({
  onChange,
  initial,
  bounds,
}: {
  onChange: (s: number) => void;
  initial: number;
  bounds: ValidityBounds;
}) {
  const [seconds, setSeconds] = useState(initial);
  return (
    <TokenValiditySlider
      seconds={seconds}
      bounds={bounds}
      onChange={(next) => {
        onChange(next);
        setSeconds(next);
      }}
    />
  );
}

function renderSlider(initial = DEFAULT_VALIDITY_SECONDS, bounds = NINETY_DAYS) {
  const onChange = vi.fn<(seconds: number) => void>();
  const user = userEvent.setup();
  render(<Harness onChange={onChange} initial={initial} bounds={bounds} />);
  return { user, onChange, slider: screen.getByRole("slider", { name: "Token validity" }) };
}

describe("TokenValiditySlider", () => {
  it("is a slider named Token validity that starts at the chosen validity", () => {
    const { slider } = renderSlider();
    expect(slider).toHaveAttribute("aria-valuetext", "7 days");
    expect(screen.getByText("90 d")).toBeInTheDocument();
  });

  it("steps with ArrowRight / ArrowLeft and jumps with End / Home", async () => {
    const { user, onChange, slider } = renderSlider();
    act(() => slider.focus());

    await user.keyboard("{ArrowRight}");
    expect(onChange).toHaveBeenLastCalledWith(8 * DAY);
    expect(slider).toHaveAttribute("aria-valuetext", "8 days");

    await user.keyboard("{ArrowLeft}{ArrowLeft}");
    expect(onChange).toHaveBeenLastCalledWith(6 * DAY);

    await user.keyboard("{End}");
    expect(onChange).toHaveBeenLastCalledWith(7_776_000);
    expect(slider).toHaveAttribute("aria-valuetext", "90 days");

    await user.keyboard("{ArrowRight}");
    expect(slider).toHaveAttribute("aria-valuetext", "90 days");

    await user.keyboard("{Home}");
    expect(onChange).toHaveBeenLastCalledWith(3600);
    expect(slider).toHaveAttribute("aria-valuetext", "1 hour");

    await user.keyboard("{ArrowRight}");
    expect(onChange).toHaveBeenLastCalledWith(7200);
    expect(slider).toHaveAttribute("aria-valuetext", "2 hours");
  });

  it("reaches 65 years for a dedicated profile, through months and years, with readable marks", async () => {
    const { user, onChange, slider } = renderSlider(DEFAULT_VALIDITY_SECONDS, SIXTY_FIVE_YEARS);
    for (const label of ["1 h", "1 d", "30 d", "1 y", "10 y", "65 y"])
      expect(screen.getByText(label)).toBeInTheDocument();
    act(() => slider.focus());
    await user.keyboard("{End}");
    expect(onChange).toHaveBeenLastCalledWith(2_051_244_000);
    expect(slider).toHaveAttribute("aria-valuetext", "65 years");
    await user.keyboard("{ArrowLeft}");
    expect(slider).toHaveAttribute("aria-valuetext", "60 years");
  });

  it("names a validity chosen by date exactly, even between two stops", () => {
    const { slider } = renderSlider(100 * DAY, SIXTY_FIVE_YEARS);
    expect(slider).toHaveAttribute("aria-valuetext", "100 days");
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
    render(<TokenValiditySlider seconds={DAY} bounds={NINETY_DAYS} onChange={vi.fn()} disabled />);
    expect(screen.getByRole("slider", { name: "Token validity" })).toBeDisabled();
  });
});
