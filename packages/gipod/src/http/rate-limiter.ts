import { sleep } from "./sleep.js";

/**
 * Spaces request starts so that no window of one minute holds more than `requestsPerMinute`.
 *
 * @example
 * const limiter: RateLimiter = createRateLimiter(120);
 * for (const url of urls) {
 *   await limiter.take();
 *   await fetch(url);
 * }
 */
export interface RateLimiter {
  /** Resolves when the next request may start. */
  take(signal?: AbortSignal): Promise<void>;
}

/**
 * A strict spacing limiter: starts are at least `60 000 / rpm` ms apart, so any 60 s window holds at
 * most `rpm` starts. No bursts, which is what "never exceed the configured rate" needs.
 *
 * @example
 * const limiter = createRateLimiter(60); // starts at least 1 s apart
 * await limiter.take();
 */
export function createRateLimiter(
  requestsPerMinute: number | undefined,
  clock: { now?: () => number; wait?: (ms: number, signal?: AbortSignal) => Promise<void> } = {},
): RateLimiter {
  if (requestsPerMinute === undefined || !Number.isFinite(requestsPerMinute)) return { take: async () => {} };
  if (requestsPerMinute <= 0) throw new RangeError("requestsPerMinute must be positive");
  const gap = 60_000 / requestsPerMinute;
  const now = clock.now ?? (() => performance.now());
  const wait = clock.wait ?? sleep;
  let next = 0;
  return {
    async take(signal) {
      const at = now();
      const slot = Math.max(at, next);
      next = slot + gap;
      if (slot > at) await wait(slot - at, signal);
    },
  };
}
