import type { Pacer } from "./pacer";
import type { RunItem, StoredFailure } from "./runState";

export interface RenewalOptions {
  pacer: Pacer;
  /** Requests in flight at once. */
  concurrency: number;
  /** Cancel: no new request starts; requests in flight finish and are reported. */
  signal: AbortSignal;
  /** Sends one createToken. It is never aborted: a request that went out is always waited for. */
  send: (item: RunItem) => Promise<void>;
  /** Records an item's new status (before a request goes out, too: a reload then knows it may have run). */
  update: (key: string, patch: Partial<RunItem>) => void;
  isThrottled: (error: unknown) => boolean;
  /** The wait after a 429: its Retry-After, or exponential backoff with jitter when Intune sent none. */
  throttleDelayMs: (attempt: number, error: unknown) => number;
  /** 429s an item may meet before it is listed as failed. */
  maxThrottles: number;
  toFailure: (error: unknown) => StoredFailure;
}

/**
 * Sends createToken for `items` in order, paced, a few at a time. A 429 (not executed by Intune) holds every
 * request for its delay and sends that item again; anything else is final for this run: a 5xx, a network failure
 * or a timeout may have created the token, so it is never repeated on its own. So no profile gets two successful
 * POSTs in one run.
 */
export async function runRenewals(items: readonly RunItem[], options: RenewalOptions): Promise<void> {
  const { pacer, concurrency, signal, send, update } = options;
  const queue = [...items];

  async function renew(item: RunItem) {
    let throttled = item.throttled;
    for (;;) {
      try {
        await pacer.acquire(signal);
      } catch {
        return; // Cancelled while waiting its turn: it stays pending, not sent.
      }
      update(item.key, { status: "sending" });
      try {
        await send(item);
        update(item.key, { status: "done", failure: null, throttled });
        return;
      } catch (error) {
        if (options.isThrottled(error) && throttled < options.maxThrottles) {
          throttled += 1;
          pacer.pauseFor(options.throttleDelayMs(throttled, error));
          update(item.key, { status: "pending", throttled });
          continue;
        }
        update(item.key, { status: "failed", failure: options.toFailure(error), throttled });
        return;
      }
    }
  }

  async function worker() {
    while (!signal.aborted) {
      const item = queue.shift();
      if (!item) return;
      await renew(item);
    }
  }

  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
}
