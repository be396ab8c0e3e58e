import { GraphError } from "./GraphError";

/** How many times a request is retried on its own before the admin is asked. */
export const MAX_AUTOMATIC_RETRIES = 3;
/** A Retry-After longer than this is not waited out silently: the admin sees it and decides. */
export const MAX_AUTOMATIC_WAIT_SECONDS = 60;
const BACKOFF_BASE_MS = 1_000;
const BACKOFF_CAP_MS = 30_000;

export const isThrottled = (error: unknown): error is GraphError => error instanceof GraphError && error.status === 429;

/** 500, 502, 503, 504, a network failure or a timeout: the request may have run, or may not. */
export const isTransient = (error: unknown): error is GraphError =>
  error instanceof GraphError && (error.status === 0 || error.status >= 500) && error.code !== "offline";

const waitIsBounded = (error: GraphError) => (error.retryAfterSeconds ?? 0) <= MAX_AUTOMATIC_WAIT_SECONDS;

/** Reads are safe to repeat: retry throttling and transient failures, a bounded number of times. */
export function shouldRetryRead(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_AUTOMATIC_RETRIES) return false;
  return (isThrottled(error) && waitIsBounded(error)) || isTransient(error);
}

/**
 * A write (createToken, revokeToken) is retried only after a 429: a throttled request is not executed. After a
 * 5xx, a network failure or a timeout it may have run, so it is never repeated without the admin.
 */
export function shouldRetryWrite(failureCount: number, error: unknown): boolean {
  return failureCount < MAX_AUTOMATIC_RETRIES && isThrottled(error) && waitIsBounded(error);
}

/**
 * Retry-After when Graph sent one; otherwise exponential backoff with full jitter. Never more than the console waits
 * on its own (a longer Retry-After is not retried automatically: shouldRetryRead, shouldRetryWrite, throttleWaitMs).
 */
export function retryDelayMs(attempt: number, error: unknown, random: () => number = Math.random): number {
  if (error instanceof GraphError && error.retryAfterSeconds !== null) {
    return Math.min(error.retryAfterSeconds, MAX_AUTOMATIC_WAIT_SECONDS) * 1000;
  }
  const ceiling = Math.min(BACKOFF_BASE_MS * 2 ** attempt, BACKOFF_CAP_MS);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * The wait before a throttled write goes again on its own (bulk renewal), or null when Graph asks for longer than
 * the console waits silently, as for a single write: then the admin sees it and decides.
 */
export function throttleWaitMs(attempt: number, error: unknown, random: () => number = Math.random): number | null {
  if (error instanceof GraphError && !waitIsBounded(error)) return null;
  return retryDelayMs(attempt, error, random);
}
