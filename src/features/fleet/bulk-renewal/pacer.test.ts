import type { Clock } from "./clock";
import { createPacer } from "./pacer";

/** A clock that only moves when a sleep is due: time passes as fast as the test runs. */
function fakeClock(): Clock & { sleeps: number[] } {
  let now = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms, signal) => {
      signal?.throwIfAborted();
      sleeps.push(ms);
      now += ms;
      await Promise.resolve();
      signal?.throwIfAborted();
    },
  };
}

describe("createPacer", () => {
  it("spreads writes evenly: 40 per 20 s is one every 500 ms", async () => {
    const clock = fakeClock();
    const pacer = createPacer({ maxWrites: 40, windowMs: 20_000, clock });
    const starts: number[] = [];
    for (let i = 0; i < 5; i++) {
      await pacer.acquire();
      starts.push(clock.now());
    }
    expect(starts).toEqual([0, 500, 1000, 1500, 2000]);
  });

  it("never lets more than maxWrites start in any window, whoever asks", async () => {
    const clock = fakeClock();
    const pacer = createPacer({ maxWrites: 100, windowMs: 20_000, clock });
    const starts: number[] = [];
    await Promise.all(
      Array.from({ length: 350 }, async () => {
        await pacer.acquire();
        starts.push(clock.now());
      }),
    );
    expect(starts).toHaveLength(350);
    for (const start of starts) {
      expect(starts.filter((other) => other >= start && other < start + 20_000).length).toBeLessThanOrEqual(100);
    }
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it("holds every write during a pause (after a 429), then goes on at the usual pace", async () => {
    const clock = fakeClock();
    const pacer = createPacer({ maxWrites: 40, windowMs: 20_000, clock });
    await pacer.acquire();
    pacer.pauseFor(7_000);
    expect(pacer.pausedFor()).toBe(7_000);
    await pacer.acquire();
    expect(clock.now()).toBe(7_000);
    await pacer.acquire();
    expect(clock.now()).toBe(7_500);
    expect(pacer.pausedFor()).toBe(0);
  });

  it("gives up waiting when the run is cancelled, and lets the next caller through", async () => {
    const clock = fakeClock();
    const pacer = createPacer({ maxWrites: 1, windowMs: 10_000, clock });
    await pacer.acquire();
    const controller = new AbortController();
    controller.abort(new Error("cancelled"));
    await expect(pacer.acquire(controller.signal)).rejects.toThrow("cancelled");
    await pacer.acquire();
    expect(clock.now()).toBe(10_000);
  });

  it("refuses a pace that is not positive", () => {
    expect(() => createPacer({ maxWrites: 0, windowMs: 20_000 })).toThrow(RangeError);
  });
});
