import { seededRandom } from "./random.js";

/**
 * How failed reads are retried. Writes are never retried on an HTTP status (see README).
 *
 * @example
 * const retry: RetryOptions = { retries: 3, baseDelayMs: 500, maxDelayMs: 5_000, maxRetryAfterMs: 30_000, seed: 7 };
 * const gipod = createGipodClient({ environment: "beta", auth, retry });
 */
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

/**
 * A resolved retry policy.
 *
 * @example
 * const policy: RetryPolicy = createRetryPolicy({ retries: 3 });
 * for (let attempt = 1; attempt <= policy.retries; attempt++) console.log(policy.delayMs(attempt));
 */
export interface RetryPolicy {
  readonly retries: number;
  /** Backoff before attempt `attempt + 1` (attempt counts from 1), honouring `Retry-After` when given. */
  delayMs(attempt: number, retryAfter?: string | null, now?: number): number;
}

/**
 * HTTP statuses worth retrying for an idempotent read.
 *
 * @example
 * isRetryableStatus(503); // true
 * isRetryableStatus(501); // false
 */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599 && status !== 501);
}

/**
 * `Retry-After` in ms (delta-seconds or an HTTP date), or undefined when absent or unreadable.
 *
 * @example
 * parseRetryAfter("120"); // 120000
 * parseRetryAfter("Wed, 11 Mar 2026 08:00:30 GMT", Date.parse("2026-03-11T08:00:00Z")); // 30000
 */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Exponential backoff with "full jitter" (AWS style), capped, honouring a capped `Retry-After`.
 *
 * @example
 * const policy = createRetryPolicy({ retries: 3, baseDelayMs: 200, seed: 1 });
 * policy.delayMs(1); // between 100 and 200 ms
 * policy.delayMs(2, "5"); // 5000: Retry-After honoured
 */
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
