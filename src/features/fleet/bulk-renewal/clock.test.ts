import { MAX_TIMER_DELAY_MS, realClock } from "./clock";
import { createPacer } from "./pacer";

describe("realClock.sleep", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("never hands setTimeout a delay past its limit (which would fire at once): it wakes at the limit", async () => {
    let woke = false;
    void realClock.sleep(30 * 86_400_000).then(() => (woke = true));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(woke).toBe(false);
    await vi.advanceTimersByTimeAsync(MAX_TIMER_DELAY_MS - 1_000);
    expect(woke).toBe(true);
  });

  it("lets a pacer held for longer than the limit sleep on when it wakes, instead of writing early", async () => {
    const pacer = createPacer({ maxWrites: 40, windowMs: 20_000 });
    pacer.pauseFor(30 * 86_400_000);
    let turn = false;
    void pacer.acquire().then(() => (turn = true));
    await vi.advanceTimersByTimeAsync(MAX_TIMER_DELAY_MS + 1_000);
    expect(turn).toBe(false);
    await vi.advanceTimersByTimeAsync(30 * 86_400_000 - MAX_TIMER_DELAY_MS);
    expect(turn).toBe(true);
  });
});
