import type { Pacer } from "./pacer";
import type { RunItem, StoredFailure, WriteReceipt } from "./runState";

export interface RenewalOptions {
  pacer: Pacer;
  /** Requests in flight at once. */
  concurrency: number;
  /** Cancel: no new request starts; requests in flight finish and are reported. */
  signal: AbortSignal;
  /**
   * Sends one createToken. It is never aborted: a request that went out is always waited for. Its receipt (Graph's
   * request-id) goes into the run's report.
   */
  send: (item: RunItem) => Promise<WriteReceipt | void>;
  /**
   * For a resumed run: reads the profile again and says whether its token was renewed since the run was planned;
   * such a profile is not sent. Null for a run that starts now.
   */
  renewedMeanwhile: ((item: RunItem) => Promise<boolean>) | null;
  /** Records an item's new status (before a request goes out, too: a reload then knows it may have run). */
  update: (key: string, patch: Partial<RunItem>) => void;
  isThrottled: (error: unknown) => boolean;
  /**
   * The wait after a 429: its Retry-After, or exponential backoff with jitter when Intune sent none. Null when
   * Intune asks for a longer wait than the console sits out on its own: the run then stops (onStopped).
   */
  throttleDelayMs: (attempt: number, error: unknown) => number | null;
  /** 429s an item may meet before it is listed as failed. */
  maxThrottles: number;
  toFailure: (error: unknown) => StoredFailure;
  /** The run stopped on a 429 whose wait is too long to sit out; the throttled item is pending again. */
  onStopped: (error: unknown) => void;
}

/**
 * Sends createToken for `items` in order, paced, a few at a time. A 429 (not executed by Intune) holds every
 * request for its delay and sends that item again, or stops the run when the delay is too long; anything else is
 * final for this run: a 5xx, a network failure or a timeout may have created the token, so it is never repeated on
 * its own. So no profile gets two successful POSTs in one run.
 */
export async function runRenewals(items: readonly RunItem[], options: RenewalOptions): Promise<void> {
  const { pacer, concurrency, signal, send, update } = options;
  const queue = [...items];
  let stopped = false;
  const going = () => !signal.aborted && !stopped;

  /** Whether the item may be sent: for a resumed run, only if nobody renewed it meanwhile. */
  async function stillDue(item: RunItem): Promise<boolean> {
    if (!options.renewedMeanwhile) return true;
    try {
      if (!(await options.renewedMeanwhile(item))) return true;
      update(item.key, { status: "skipped", failure: null });
    } catch (error) {
      // It could not be read: whether it was renewed meanwhile is not known, so it is not sent.
      update(item.key, { status: "failed", failure: options.toFailure(error) });
    }
    return false;
  }

  async function renew(item: RunItem) {
    if (!(await stillDue(item))) return;
    let throttled = item.throttled;
    for (;;) {
      try {
        if (stopped) throw new Error("stopped");
        await pacer.acquire(signal);
      } catch {
        return; // Cancelled or stopped while waiting its turn: it stays pending, not sent.
      }
      update(item.key, { status: "sending" });
      try {
        const receipt = await send(item);
        update(item.key, { status: "done", failure: null, throttled, receipt: receipt ?? null });
        return;
      } catch (error) {
        if (options.isThrottled(error) && throttled < options.maxThrottles) {
          throttled += 1;
          const delay = options.throttleDelayMs(throttled, error);
          update(item.key, { status: "pending", throttled });
          if (delay === null) {
            if (!stopped) options.onStopped(error);
            stopped = true;
            return;
          }
          pacer.pauseFor(delay);
          continue;
        }
        update(item.key, { status: "failed", failure: options.toFailure(error), throttled });
        return;
      }
    }
  }

  async function worker() {
    while (going()) {
      const item = queue.shift();
      if (!item) return;
      await renew(item);
    }
  }

  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
}
