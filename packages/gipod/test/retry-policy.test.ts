import {
  createRateLimiter,
  createRetryPolicy,
  isRetryableStatus,
  parseRetryAfter,
} from "@digitale-nuts/gipod";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

describe("retry policy", () => {
  it("retries 408, 429 and 5xx (not 501), nothing else", () => {
    expect([408, 429, 500, 502, 503, 504].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 410, 501].some(isRetryableStatus)).toBe(false);
  });

  it("grows exponentially, stays within [exp/2, exp] and the cap (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer(), (attempt, seed) => {
        const policy = createRetryPolicy({ baseDelayMs: 100, maxDelayMs: 5000, seed });
        const exp = Math.min(5000, 100 * 2 ** (attempt - 1));
        const d = policy.delayMs(attempt);
        expect(d).toBeGreaterThanOrEqual(exp / 2);
        expect(d).toBeLessThanOrEqual(exp);
      }),
    );
  });

  it("is deterministic for a seed and differs between seeds", () => {
    const a = createRetryPolicy({ seed: 7 });
    const b = createRetryPolicy({ seed: 7 });
    const c = createRetryPolicy({ seed: 8 });
    const seq = (p: typeof a) => [1, 2, 3, 4].map((n) => p.delayMs(n));
    expect(seq(a)).toEqual(seq(b));
    expect(seq(createRetryPolicy({ seed: 7 }))).not.toEqual(seq(c));
  });

  it("honours Retry-After in seconds and as an HTTP date, capped", () => {
    const policy = createRetryPolicy({ maxRetryAfterMs: 3000, random: () => 0 });
    expect(policy.delayMs(1, "2")).toBe(2000);
    expect(policy.delayMs(1, "120")).toBe(3000);
    const now = Date.parse("2025-01-01T00:00:00Z");
    expect(parseRetryAfter("Wed, 01 Jan 2025 00:00:05 GMT", now)).toBe(5000);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});

describe("rate limiter", () => {
  it("spaces request starts so no minute holds more than the configured number (virtual clock)", async () => {
    let clock = 0;
    const limiter = createRateLimiter(120, {
      now: () => clock,
      wait: async (ms) => {
        clock += ms;
      },
    });
    const starts: number[] = [];
    for (let i = 0; i < 300; i++) {
      await limiter.take();
      starts.push(clock);
      clock += i % 7 === 0 ? 900 : 0; // some callers are slow, most fire at once
    }
    for (let i = 0; i + 120 < starts.length; i++)
      expect((starts[i + 120] as number) - (starts[i] as number)).toBeGreaterThanOrEqual(60_000);
    expect(() => createRateLimiter(0)).toThrow(RangeError);
  });
});
