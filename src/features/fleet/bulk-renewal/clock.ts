/** Time for the pacer and the run, replaceable in tests. */
export interface Clock {
  now(): number;
  /** Resolves after `ms` (at most MAX_TIMER_DELAY_MS), or rejects with the signal's reason when it is aborted first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/**
 * setTimeout's limit (a signed 32-bit number of milliseconds, about 24.8 days): a longer delay fires at once. A
 * longer sleep ends at the limit; the pacer looks at the time again when it wakes, and sleeps on if it must.
 */
export const MAX_TIMER_DELAY_MS = 2 ** 31 - 1;

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const timer = setTimeout(
        () => {
          signal?.removeEventListener("abort", onAbort);
          resolve();
        },
        Math.min(ms, MAX_TIMER_DELAY_MS),
      );
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
    }),
};
