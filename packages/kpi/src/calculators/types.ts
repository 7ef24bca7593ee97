import type { WorkingDayCounter } from "../calendar.js";
import type { KpiRecord } from "../record-view.js";
import type { HistogramSummary } from "../stats.js";

/**
 * Options every run resolves before it starts (see `KpiOptions` for the public, optional form).
 * @example
 * const options: ResolvedKpiOptions = resolveKpiOptions({ qualityThreshold: 60 });
 * options.capacity; // { softDailyLimit: 5, hardDailyLimit: 6 }
 */
export interface ResolvedKpiOptions {
  /** Default weighted daily limits for inspectors whose capacity input gives none (DN defaults 5 and 6). */
  readonly capacity: { readonly softDailyLimit: number; readonly hardDailyLimit: number };
  /** Checklist score below which a finding is low quality (DN: 70). */
  readonly qualityThreshold: number;
  /** Impact score from which a work is high impact (DN HOOG: 70). */
  readonly highImpactThreshold: number;
  /** N of "reopened within N days" (calendar days). */
  readonly reopenWindowDays: number;
  /** Case-insensitive regular expression (source) that marks a checklist field as a signage check. */
  readonly signageFieldPattern: string;
}

/**
 * The fixed facts of a run that calculators read.
 * @example
 * const isLow = (r: KpiRecord, ctx: KpiContext): boolean =>
 *   r.finding !== null && r.finding.score < ctx.options.qualityThreshold;
 */
export interface KpiContext {
  /** First and last day of the period (epoch days, inclusive). */
  readonly start: number;
  readonly end: number;
  /** Counts working days with the run's calendar. */
  readonly workingDays: WorkingDayCounter;
  readonly options: ResolvedKpiOptions;
  /** `options.signageFieldPattern`, compiled once. */
  readonly signagePattern: RegExp;
}

/**
 * One entry of a ranking, with the figures it was ranked on.
 * @example
 * const entry: RankedEntry = { rank: 1, id: "Fluvius", figures: { n: 120, nok: 30, rate: 25, lower: 18.11, upper: 33.44 } };
 */
export interface RankedEntry {
  readonly rank: number;
  readonly id: string;
  /** The figures the order came from, named, so a reader can see why. */
  readonly figures: Readonly<Record<string, number | null>>;
  /** For interval rankings: the entry's lower bound lies above the overall rate. */
  readonly aboveOverall?: boolean;
}

/**
 * What a calculator returns, before rounding and threshold status are applied.
 * @example
 * const outcome: KpiOutcome = { value: 25, numerator: 30, denominator: 120 };
 */
export interface KpiOutcome {
  readonly value: number | null;
  readonly numerator?: number;
  readonly denominator?: number;
  /** For mode KPIs: the most frequent value. */
  readonly label?: string;
  /** For distribution KPIs: exact summary statistics. */
  readonly stats?: HistogramSummary & { readonly invalid?: number };
  /** Counts or rates per sub-key (per inspector, per field, per queue state …). */
  readonly breakdown?: Readonly<Record<string, number>>;
  readonly ranking?: readonly RankedEntry[];
}

/**
 * A streaming, mergeable KPI accumulator. `init` gives an empty state; `add` folds in one record
 * (it may change the state and returns it); `merge` combines the states of two partitions (it may
 * change and return its first argument); `result` reads the value. States are plain JSON, so
 * partial results can be stored and merged later, e.g. per city or per month, with the same result
 * as one pass over everything.
 * @example
 * const count: KpiCalculator<{ n: number }> = {
 *   id: "my-count", init: () => ({ n: 0 }), add: (s) => ({ n: s.n + 1 }),
 *   merge: (a, b) => ({ n: a.n + b.n }), result: (s) => ({ value: s.n }),
 * };
 */
export interface KpiCalculator<S = unknown> {
  readonly id: string;
  init(): S;
  add(state: S, record: KpiRecord, ctx: KpiContext): S;
  merge(a: S, b: S): S;
  result(state: S, ctx: KpiContext): KpiOutcome;
}
