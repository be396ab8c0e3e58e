import { realClock, type Clock } from "./clock";

export interface PacerOptions {
  /** Writes allowed in any window of `windowMs`. */
  maxWrites: number;
  windowMs: number;
  clock?: Clock;
}

export interface Pacer {
  /** Waits for the next write's turn: first come, first served. Rejects when `signal` aborts. */
  acquire(signal?: AbortSignal): Promise<void>;
  /** Holds every write for `ms` (Intune said 429: the tenant's budget is spent, for every request). */
  pauseFor(ms: number): void;
  /** Milliseconds until the pause ends (0 when there is none). */
  pausedFor(): number;
}

/**
 * Paces writes: at most `maxWrites` in any `windowMs`, spread evenly (one every windowMs / maxWrites), so a run
 * never bursts into Intune's per-tenant write limit.
 */
export function createPacer({ maxWrites, windowMs, clock = realClock }: PacerOptions): Pacer {
  if (!(maxWrites > 0 && windowMs > 0)) throw new RangeError("maxWrites and windowMs must be positive");
  const spacing = windowMs / maxWrites;
  const starts: number[] = [];
  let pausedUntil = 0;
  let turn: Promise<void> = Promise.resolve();

  async function waitForTurn(signal?: AbortSignal) {
    for (;;) {
      signal?.throwIfAborted();
      const now = clock.now();
      while (starts.length > 0 && starts[0]! <= now - windowMs) starts.shift();
      const last = starts.at(-1);
      const wait = Math.max(
        pausedUntil - now,
        last === undefined ? 0 : last + spacing - now,
        starts.length >= maxWrites ? starts[0]! + windowMs - now : 0,
      );
      if (wait <= 0) {
        starts.push(now);
        return;
      }
      await clock.sleep(wait, signal);
    }
  }

  return {
    acquire(signal) {
      const mine = turn.then(() => waitForTurn(signal));
      turn = mine.catch(() => undefined);
      return mine;
    },
    pauseFor(ms) {
      pausedUntil = Math.max(pausedUntil, clock.now() + ms);
    },
    pausedFor: () => Math.max(0, pausedUntil - clock.now()),
  };
}
