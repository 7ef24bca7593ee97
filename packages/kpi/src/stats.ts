/**
 * Exact statistics from mergeable state. A histogram maps an integer value (working days, minutes)
 * to how many records had it; two histograms merge by adding counts, so medians and percentiles of
 * merged partitions are exact. Memory grows with the number of distinct values, not of records.
 */

/**
 * Counts per integer value, as a plain JSON object.
 * @example
 * const leadTimes: Histogram = { "1": 2, "3": 1, "10": 1 }; // two records of 1 working day, one of 3, one of 10
 */
export type Histogram = Record<string, number>;

/** Adds one value to a histogram (in place). */
export function addToHistogram(h: Histogram, value: number): void {
  const key = String(value);
  h[key] = (h[key] ?? 0) + 1;
}

/** Adds every count of `from` to `into` (in place) and returns `into`. */
export function mergeHistograms(into: Histogram, from: Histogram): Histogram {
  for (const key of Object.keys(from)) into[key] = (into[key] ?? 0) + (from[key] ?? 0);
  return into;
}

/**
 * Summary statistics of a histogram of integers.
 * @example
 * const summary: HistogramSummary = summariseHistogram({ "1": 2, "3": 1, "10": 1 });
 * // { n: 4, mean: 3.75, median: 2, p90: 10, min: 1, max: 10 }
 */
export interface HistogramSummary {
  readonly n: number;
  readonly mean: number | null;
  /** The middle value; the mean of the two middle values when n is even. */
  readonly median: number | null;
  /** Nearest-rank 90th percentile: the smallest value with at least 90% of records at or below it. */
  readonly p90: number | null;
  readonly min: number | null;
  readonly max: number | null;
}

/**
 * Exact summary of a histogram.
 * @example
 * summariseHistogram({ "1": 2, "3": 1, "10": 1 }).median; // 2
 */
export function summariseHistogram(h: Histogram): HistogramSummary {
  const entries = Object.keys(h)
    .map((k) => [Number(k), h[k] ?? 0] as const)
    .filter(([, c]) => c > 0)
    .sort((a, b) => a[0] - b[0]);
  const n = entries.reduce((s, [, c]) => s + c, 0);
  if (n === 0) return { n: 0, mean: null, median: null, p90: null, min: null, max: null };
  const sum = entries.reduce((s, [v, c]) => s + v * c, 0);
  const valueAtRank = (rank: number): number => {
    let seen = 0;
    for (const [v, c] of entries) {
      seen += c;
      if (seen >= rank) return v;
    }
    return entries[entries.length - 1]?.[0] ?? 0;
  };
  const median = n % 2 === 1 ? valueAtRank((n + 1) / 2) : (valueAtRank(n / 2) + valueAtRank(n / 2 + 1)) / 2;
  return {
    n,
    mean: sum / n,
    median,
    p90: valueAtRank(Math.ceil(0.9 * n)),
    min: entries[0]?.[0] ?? null,
    max: entries[entries.length - 1]?.[0] ?? null,
  };
}

/**
 * A proportion with its Wilson score interval.
 * @example
 * const ci: WilsonInterval = wilsonInterval(3, 10); // { rate: 0.3, lower: 0.1078…, upper: 0.6032… }
 */
export interface WilsonInterval {
  readonly rate: number;
  readonly lower: number;
  readonly upper: number;
}

/**
 * The Wilson score interval of `successes` out of `trials` (95% by default). Unlike the normal
 * approximation it stays inside [0, 1] and behaves for small samples and rates near 0 or 1.
 * @example
 * wilsonInterval(3, 10); // { rate: 0.3, lower: 0.1078…, upper: 0.6032… }
 */
export function wilsonInterval(successes: number, trials: number, z = 1.959963984540054): WilsonInterval {
  if (trials <= 0) return { rate: 0, lower: 0, upper: 1 };
  const p = successes / trials;
  const z2 = z * z;
  const denom = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denom;
  return { rate: p, lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
}

/**
 * Rounds half away from zero to `decimals` places (as DN's `Math.round` does for positives).
 * @example
 * roundTo(82.456, 1); // 82.5
 * roundTo(-2.5, 0); // -3 (half away from zero)
 */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * f)) / f;
}
