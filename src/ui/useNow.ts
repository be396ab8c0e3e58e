import { useSyncExternalStore } from "react";

interface Clock {
  subscribe: (onTick: () => void) => () => void;
  read: () => Date;
}

/**
 * A clock that ticks every `intervalMs` while anything listens. While nothing listens it stands still, and the
 * first reader after a pause gets a fresh time.
 */
function createClock(intervalMs: number): Clock {
  let now = new Date();
  let timer: number | undefined;
  const listeners = new Set<() => void>();
  return {
    subscribe(onTick) {
      listeners.add(onTick);
      timer ??= window.setInterval(() => {
        now = new Date();
        listeners.forEach((listener) => listener());
      }, intervalMs);
      return () => {
        listeners.delete(onTick);
        if (listeners.size === 0) {
          window.clearInterval(timer);
          timer = undefined;
        }
      };
    },
    read() {
      if (timer === undefined && Date.now() - now.getTime() >= intervalMs) now = new Date();
      return now;
    },
  };
}

const clocks = new Map<number, Clock>();

/**
 * The current time, refreshed every `intervalMs`, so "expires" and "expired" stay true while the page is open.
 * One timer per interval serves every component that asks: a list of a thousand token states and the page
 * around it tick together, and agree on what "now" is.
 */
export function useNow(intervalMs = 30_000): Date {
  let clock = clocks.get(intervalMs);
  if (!clock) {
    clock = createClock(intervalMs);
    clocks.set(intervalMs, clock);
  }
  return useSyncExternalStore(clock.subscribe, clock.read, clock.read);
}
