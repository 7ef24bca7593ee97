import { addMonths, type DayNumber, fromDayNumber, toDayNumber } from "./dates.js";
import { PrioritisationError } from "./errors.js";
import { seededRandom } from "./random.js";
import { shrinkRate } from "./rates.js";

/**
 * Sample inspection categories (UK regime): A during works, B within 6 months after reinstatement, C before the guarantee ends.
 * @example
 * const category: SampleCategory = "B"; // within 6 months after reinstatement
 */
export type SampleCategory = "A" | "B" | "C";

/**
 * A work as the sampler sees it.
 * @example
 * const work: SamplingWork = { id: "gipod-19170001", utility: "Fluvius", startDate: "2026-01-12",
 *   endDate: "2026-02-20", reinstatementDate: "2026-02-18" };
 */
export interface SamplingWork {
  readonly id: string;
  readonly utility: string;
  readonly startDate: string;
  readonly endDate: string;
  /** Date of the (latest) reinstatement, for category B. */
  readonly reinstatementDate?: string;
  /** End of the guarantee period, for category C. */
  readonly guaranteeEndDate?: string;
  /** Already in a defect cycle (open NOK, repair requested): never sampled. */
  readonly inDefectCycle?: boolean;
}

/**
 * Past sample outcomes per utility, driving performance-based rates.
 * @example
 * const performance: Record<string, UtilityPerformance> = { Fluvius: { inspections: 120, failures: 18 } };
 */
export interface UtilityPerformance {
  readonly inspections: number;
  readonly failures: number;
}

/**
 * Sampling rules.
 * @example
 * const rules: SamplingRules = {
 *   date: "2026-03-10", baseRate: { A: 0.1, B: 0.1, C: 0.1 }, maxRate: 0.3, minRate: 0.02,
 *   referenceFailureRate: 0.1, performance, openSamples,
 * };
 */
export interface SamplingRules {
  /** The day the sample is drawn. */
  readonly date: string;
  /** Base sample rate per category (UK: about 10 %). */
  readonly baseRate: Readonly<Record<SampleCategory, number>>;
  /** Cap on any stratum's rate (UK: 30 % a year). */
  readonly maxRate: number;
  /** Floor on any stratum's rate, for good performers. */
  readonly minRate?: number;
  /** Failure rate at which the base rate applies; rates scale with the utility's shrunk failure rate over this. */
  readonly referenceFailureRate: number;
  /** Past sample outcomes per utility. */
  readonly performance?: Readonly<Record<string, UtilityPerformance>>;
  /** Prior strength (pseudo-inspections) shrinking a utility's failure rate to the reference. Default 20. */
  readonly priorStrength?: number;
  /** Months after reinstatement a B sample is possible (default 6). */
  readonly reinstatementWindowMonths?: number;
  /** Months before the guarantee end a C sample is possible (default 3). */
  readonly guaranteeWindowMonths?: number;
  /** Samples still open from earlier draws: a work is not sampled twice in the same category while open. */
  readonly openSamples?: readonly Sample[];
}

/**
 * One drawn sample.
 * @example
 * const sample: Sample = { workId: "gipod-19170001", utility: "Fluvius", category: "A",
 *   drawnOn: "2026-03-10", expiresOn: "2026-03-20" };
 */
export interface Sample {
  readonly workId: string;
  readonly utility: string;
  readonly category: SampleCategory;
  readonly drawnOn: string;
  /** After this day the sample lapses (A: end of works; B: 6 months after reinstatement; C: guarantee end). */
  readonly expiresOn: string;
}

/**
 * One stratum (utility × category) and how its rate came about.
 * @example
 * const strata: readonly SampleStratum[] = drawSample(works, rules, 42).strata;
 * strata.map((s) => `${s.utility}/${s.category}: ${s.drawn} of ${s.eligible} at rate ${s.rate}`);
 */
export interface SampleStratum {
  readonly utility: string;
  readonly category: SampleCategory;
  readonly eligible: number;
  readonly drawn: number;
  readonly rate: number;
  readonly failureRate: number;
  readonly multiplier: number;
}

/**
 * The result of {@link drawSample}.
 * @example
 * const draw: SampleDraw = drawSample(works, rules, "2026-03-10");
 * draw.skipped.filter((s) => s.reason === "defect_cycle");
 */
export interface SampleDraw {
  readonly samples: readonly Sample[];
  readonly strata: readonly SampleStratum[];
  readonly skipped: readonly {
    readonly workId: string;
    readonly reason: "defect_cycle" | "already_sampled" | "not_eligible";
  }[];
}

/**
 * Draws a stratified random sample per utility and category. Each stratum's rate is the base rate times the
 * utility's failure rate (shrunk towards the reference) over the reference, clamped to [minRate, maxRate]:
 * poor performers are inspected more. Works in a defect cycle or with an open sample are skipped. The random
 * stream of each stratum is seeded from `seed` + stratum, so the same seed gives the same sample.
 * @example
 * const { samples } = drawSample(works, { date: "2026-03-10", baseRate: { A: 0.1, B: 0.1, C: 0.1 }, maxRate: 0.3, referenceFailureRate: 0.1, performance }, 42);
 */
export function drawSample(
  works: readonly SamplingWork[],
  rules: SamplingRules,
  seed: number | string,
): SampleDraw {
  const day = toDayNumber(rules.date, "rules.date");
  if (!(rules.referenceFailureRate > 0)) {
    throw new PrioritisationError("PRIORITISATION_INPUT_INVALID", "rules.referenceFailureRate: must be > 0");
  }
  const bWindow = rules.reinstatementWindowMonths ?? 6;
  const cWindow = rules.guaranteeWindowMonths ?? 3;
  const open = new Set(
    (rules.openSamples ?? [])
      .filter((s) => toDayNumber(s.expiresOn) >= day)
      .map((s) => `${s.workId}|${s.category}`),
  );
  const strata = new Map<
    string,
    { utility: string; category: SampleCategory; works: { id: string; expires: DayNumber }[] }
  >();
  const skipped: { workId: string; reason: "defect_cycle" | "already_sampled" | "not_eligible" }[] = [];

  for (const work of works) {
    if (work.inDefectCycle) {
      skipped.push({ workId: work.id, reason: "defect_cycle" });
      continue;
    }
    const eligible: [SampleCategory, DayNumber][] = [];
    const start = toDayNumber(work.startDate, `work ${work.id}.startDate`);
    const end = toDayNumber(work.endDate, `work ${work.id}.endDate`);
    if (start <= day && day <= end) eligible.push(["A", end]);
    if (work.reinstatementDate) {
      const r = toDayNumber(work.reinstatementDate, `work ${work.id}.reinstatementDate`);
      const until = addMonths(r, bWindow);
      if (r <= day && day < until) eligible.push(["B", until]);
    }
    if (work.guaranteeEndDate) {
      const g = toDayNumber(work.guaranteeEndDate, `work ${work.id}.guaranteeEndDate`);
      if (addMonths(g, -cWindow) <= day && day <= g) eligible.push(["C", g]);
    }
    if (eligible.length === 0) {
      skipped.push({ workId: work.id, reason: "not_eligible" });
      continue;
    }
    for (const [category, expires] of eligible) {
      if (open.has(`${work.id}|${category}`)) {
        skipped.push({ workId: work.id, reason: "already_sampled" });
        continue;
      }
      const key = `${work.utility}|${category}`;
      let stratum = strata.get(key);
      if (!stratum) {
        stratum = { utility: work.utility, category, works: [] };
        strata.set(key, stratum);
      }
      stratum.works.push({ id: work.id, expires });
    }
  }

  const samples: Sample[] = [];
  const report: SampleStratum[] = [];
  const strength = rules.priorStrength ?? 20;
  for (const key of [...strata.keys()].sort()) {
    const stratum = strata.get(key) as NonNullable<ReturnType<typeof strata.get>>;
    const perf = rules.performance?.[stratum.utility] ?? { inspections: 0, failures: 0 };
    const failureRate = shrinkRate(perf.failures, perf.inspections, rules.referenceFailureRate, strength);
    const multiplier = failureRate / rules.referenceFailureRate;
    const rate = Math.min(
      rules.maxRate,
      Math.max(rules.minRate ?? 0, rules.baseRate[stratum.category] * multiplier),
    );
    const pool = [...stratum.works].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const count = rate > 0 ? Math.min(pool.length, Math.max(1, Math.round(rate * pool.length))) : 0;
    // Partial Fisher–Yates with a stream per stratum: adding a utility does not change another's sample.
    const random = seededRandom(`${seed}|${key}`);
    for (let i = 0; i < count; i++) {
      const j = i + Math.floor(random() * (pool.length - i));
      const picked = pool[j] as (typeof pool)[number];
      pool[j] = pool[i] as (typeof pool)[number];
      pool[i] = picked;
      samples.push({
        workId: picked.id,
        utility: stratum.utility,
        category: stratum.category,
        drawnOn: rules.date,
        expiresOn: fromDayNumber(picked.expires),
      });
    }
    report.push({
      utility: stratum.utility,
      category: stratum.category,
      eligible: pool.length,
      drawn: count,
      rate,
      failureRate,
      multiplier,
    });
  }
  return { samples, strata: report, skipped };
}

/**
 * Splits samples into those still open on a day and those that have expired.
 * @example
 * const { open, expired } = expireSamples(previous.samples, "2026-03-10");
 * const draw = drawSample(works, { ...rules, openSamples: open }, 42);
 */
export function expireSamples(
  samples: readonly Sample[],
  date: string,
): { open: Sample[]; expired: Sample[] } {
  const day = toDayNumber(date, "date");
  const open: Sample[] = [];
  const expired: Sample[] = [];
  for (const s of samples) (toDayNumber(s.expiresOn) >= day ? open : expired).push(s);
  return { open, expired };
}
