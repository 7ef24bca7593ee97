import type { Level } from "./impact.js";

/**
 * Distribution of scores and thresholds that would give the wanted level shares.
 * @example
 * const c: Calibration = calibrateScores(scoreWorks(works, antwerpenProfile).scores, antwerpenProfile.scoring);
 * if (!c.highReachable) console.log("no work reaches HOOG; suggested", c.suggested.highThreshold);
 */
export interface Calibration {
  readonly count: number;
  readonly min: number;
  readonly max: number;
  readonly mean: number;
  /** p10, p25, p50, p75, p90, p95, p99. */
  readonly quantiles: Readonly<Record<"p10" | "p25" | "p50" | "p75" | "p90" | "p95" | "p99", number>>;
  /** Counts in ten 10-point bins: [0,10), [10,20), … [90,100]. */
  readonly histogram: readonly number[];
  /** Level counts under the thresholds given. */
  readonly levels: Readonly<Record<Level, number>>;
  /** Whether any score reaches the current HOOG threshold (DN's model could not: §3.5). */
  readonly highReachable: boolean;
  /** Thresholds at the quantiles that give `highShare` HOOG and `mediumShare` MIDDEL. */
  readonly suggested: { readonly highThreshold: number; readonly mediumThreshold: number };
}

/**
 * Linear-interpolation quantile (type 7) of sorted values.
 * @example
 * quantile([10, 20, 30, 40], 0.5); // 25
 */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const pos = (n - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(pos);
  const hi = Math.min(n - 1, lo + 1);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (pos - lo);
}

/**
 * Reports the score distribution and suggests level thresholds by quantiles, so a city can see whether its
 * model separates works at all and set HOOG/MIDDEL to the share it can handle.
 * @example
 * const c = calibrateScores(scoreWorks(works, profile, signals).scores, { highThreshold: 60, mediumThreshold: 35 });
 * c.suggested; // { highThreshold: 58.2, mediumThreshold: 31.4 } for the top 10 % HOOG, next 30 % MIDDEL
 */
export function calibrateScores(
  scores: ArrayLike<number>,
  thresholds: { highThreshold: number; mediumThreshold: number },
  shares: { highShare?: number; mediumShare?: number } = {},
): Calibration {
  const sorted = Float64Array.from(scores).sort();
  const n = sorted.length;
  const highShare = shares.highShare ?? 0.1;
  const mediumShare = shares.mediumShare ?? 0.3;
  const histogram = new Array<number>(10).fill(0);
  const levels: Record<Level, number> = { LAAG: 0, MIDDEL: 0, HOOG: 0 };
  let sum = 0;
  for (const s of sorted) {
    sum += s;
    const bin = Math.min(9, Math.max(0, Math.floor(s / 10)));
    histogram[bin] = (histogram[bin] ?? 0) + 1;
    levels[s >= thresholds.highThreshold ? "HOOG" : s >= thresholds.mediumThreshold ? "MIDDEL" : "LAAG"]++;
  }
  const r = (v: number) => Math.round(v * 10) / 10;
  return {
    count: n,
    min: n ? (sorted[0] as number) : Number.NaN,
    max: n ? (sorted[n - 1] as number) : Number.NaN,
    mean: n ? sum / n : Number.NaN,
    quantiles: {
      p10: quantile(sorted, 0.1),
      p25: quantile(sorted, 0.25),
      p50: quantile(sorted, 0.5),
      p75: quantile(sorted, 0.75),
      p90: quantile(sorted, 0.9),
      p95: quantile(sorted, 0.95),
      p99: quantile(sorted, 0.99),
    },
    histogram,
    levels,
    highReachable: n > 0 && (sorted[n - 1] as number) >= thresholds.highThreshold,
    suggested: {
      highThreshold: r(quantile(sorted, 1 - highShare)),
      mediumThreshold: r(quantile(sorted, 1 - highShare - mediumShare)),
    },
  };
}
