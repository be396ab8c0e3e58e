/** Runs tasks at most `limit` at a time, in the order they were given; the others wait their turn. */
export interface BoundedQueue {
  /**
   * Runs `task` when a place is free and settles as it does. A task still waiting when `signal` aborts never runs:
   * its promise rejects with the signal's reason. A task already running is not stopped (it keeps its place until it
   * settles, so the bound holds for what is really out).
   */
  run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
}

export function createBoundedQueue(limit: number): BoundedQueue {
  if (!(Number.isInteger(limit) && limit > 0)) throw new RangeError("limit must be a positive integer");
  const waiting: (() => void)[] = [];
  let running = 0;

  const startNext = () => {
    if (running < limit) waiting.shift()?.();
  };

  return {
    run<T>(task: () => Promise<T>, signal?: AbortSignal) {
      return new Promise<T>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const start = () => {
          signal?.removeEventListener("abort", drop);
          running += 1;
          Promise.resolve()
            .then(task)
            .then(resolve, reject)
            .finally(() => {
              running -= 1;
              startNext();
            });
        };
        const drop = () => {
          const index = waiting.indexOf(start);
          if (index >= 0) waiting.splice(index, 1);
          reject(signal!.reason);
        };
        signal?.addEventListener("abort", drop, { once: true });
        waiting.push(start);
        startNext();
      });
    },
  };
}
