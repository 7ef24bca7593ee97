import { seededRandom } from "./random.js";

/** How failed reads are retried. Writes are never retried on an HTTP status (see README). */
export interface RetryOptions {
  /** Extra attempts after the first; default 5. */
  readonly retries?: number;
  /** First backoff in ms; default 200. */
  readonly baseDelayMs?: number;
  /** Largest backoff in ms; default 10 000. */
  readonly maxDelayMs?: number;
  /** Largest `Retry-After` honoured, in ms; longer waits are capped to this. Default 60 000. */
  readonly maxRetryAfterMs?: number;
  /** Seed of the jitter PRNG; default 1. */
  readonly seed?: number;
  /** Or a random source in [0, 1) of your own (wins over `seed`). */
  readonly random?: () => number;
}

/** A resolved retry policy. */
export interface RetryPolicy {
  readonly retries: number;
  /** Backoff before attempt `attempt + 1` (attempt counts from 1), honouring `Retry-After` when given. */
  delayMs(attempt: number, retryAfter?: string | null, now?: number): number;
}

/** HTTP statuses worth retrying for an idempotent read. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599 && status !== 501);
}

/** `Retry-After` in ms (delta-seconds or an HTTP date), or undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff with "full jitter" (AWS style), capped, honouring a capped `Retry-After`. */
export function createRetryPolicy(options: RetryOptions = {}): RetryPolicy {
  const retries = options.retries ?? 5;
  const base = options.baseDelayMs ?? 200;
  const max = options.maxDelayMs ?? 10_000;
  const maxRetryAfter = options.maxRetryAfterMs ?? 60_000;
  const random = options.random ?? seededRandom(options.seed ?? 1);
  return {
    retries,
    delayMs(attempt, retryAfter, now) {
      const exp = Math.min(max, base * 2 ** (attempt - 1));
      const jittered = exp / 2 + random() * (exp / 2);
      const server = parseRetryAfter(retryAfter, now);
      return server === undefined ? jittered : Math.min(maxRetryAfter, Math.max(server, jittered / 4));
    },
  };
}
