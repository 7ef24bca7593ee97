/**
 * A proportion with its 95 % Wilson score interval.
 * @example
 * const estimate: RateEstimate = wilsonInterval(3, 10);
 * // { hits: 3, trials: 10, rate: 0.3, lower: 0.1078…, upper: 0.6032… }
 */
export interface RateEstimate {
  /** Successes (e.g. NOK findings). */
  readonly hits: number;
  /** Trials (e.g. inspections). */
  readonly trials: number;
  /** Raw rate hits / trials (0 when there are no trials). */
  readonly rate: number;
  /** Lower bound of the Wilson interval. */
  readonly lower: number;
  /** Upper bound of the Wilson interval. */
  readonly upper: number;
}

/**
 * Wilson score interval for a binomial proportion: unlike the normal approximation it stays inside
 * [0, 1] and is honest for small counts, so one bad visit gives a wide interval, not a rate of 100 %.
 * @example
 * wilsonInterval(3, 10); // { hits: 3, trials: 10, rate: 0.3, lower: 0.1078…, upper: 0.6032… }
 */
export function wilsonInterval(hits: number, trials: number, z = 1.96): RateEstimate {
  if (!(trials > 0)) return { hits: 0, trials: 0, rate: 0, lower: 0, upper: 1 };
  const p = hits / trials;
  const z2 = z * z;
  const denom = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denom;
  return { hits, trials, rate: p, lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
}

/**
 * Shrinks an observed rate towards a prior mean (beta-binomial / empirical Bayes):
 * `(hits + strength·mean) / (trials + strength)`. With few trials the estimate stays near the mean.
 * @example
 * shrinkRate(3, 10, 0.1, 20); // 0.1667 = (3 + 20 × 0.1) / (10 + 20)
 */
export function shrinkRate(hits: number, trials: number, mean: number, strength: number): number {
  const denom = trials + strength;
  return denom > 0 ? (hits + strength * mean) / denom : mean;
}
