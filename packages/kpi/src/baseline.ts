import { CALCULATORS } from "./calculators/index.js";
import type { KpiCalculator, KpiContext, ResolvedKpiOptions } from "./calculators/types.js";
import { mondayToFridayCalendar, WorkingDayCounter } from "./calendar.js";
import { KPI_CATALOGUE_VERSION } from "./catalogue/index.js";
import type { KpiDefinition } from "./catalogue/types.js";
import { epochDayOf } from "./dates.js";
import { createKpiRun, type KpiPeriod, type KpiRunConfig, resolveKpiOptions, selectKpis } from "./engine.js";
import { KpiError } from "./errors.js";
import type { KpiInput } from "./inputs.js";
import { createSeededRandom } from "./random.js";

/**
 * One KPI in a baseline: its value and, when it has a day dimension, its per-day states for resampling.
 * @example
 * const entry: BaselineEntry | undefined = baseline.kpis.nok_ratio_per_record;
 * entry?.value; // the baseline value; entry?.days holds the per-day states the bootstrap resamples
 */
export interface BaselineEntry {
  readonly kpiVersion: number;
  readonly value: number | null;
  /** Per-day calculator states (JSON), or null when the KPI has no day dimension. */
  readonly days: Readonly<Record<string, unknown>> | null;
}

/**
 * A frozen baseline ("nulmeting"): plain JSON, store it with the programme's records.
 * @example
 * const baseline: BaselineSnapshot = freezeBaseline({ label: "nulmeting 2026-Q1", kpis: ["nok_ratio_per_record"],
 *   inputs, period: { start: "2026-01-01", end: "2026-03-31" } });
 * writeFileSync("nulmeting-2026-q1.json", JSON.stringify(baseline));
 */
export interface BaselineSnapshot {
  readonly format: "digitale-nuts/kpi-baseline@1";
  readonly catalogueVersion: string;
  readonly label: string;
  readonly period: KpiPeriod;
  readonly options: ResolvedKpiOptions;
  readonly kpis: Readonly<Record<string, BaselineEntry>>;
}

/**
 * improved / no evidence / worse; `changed` for KPIs without a better direction.
 * @example
 * const verdicts: ImpactVerdict[] = compareWithBaseline({ baseline, inputs, period }).map((c) => c.verdict);
 * // e.g. ["improved", "no_evidence"]
 */
export type ImpactVerdict = "improved" | "no_evidence" | "worse" | "changed";

/**
 * A KPI of a later period compared with the baseline.
 * @example
 * const comparisons: ImpactComparison[] = compareWithBaseline({ baseline, inputs, period, seed: 7 });
 * for (const c of comparisons) console.log(c.kpiId, c.difference, c.confidenceInterval, c.explanation.nl);
 */
export interface ImpactComparison {
  readonly kpiId: string;
  readonly baselineValue: number | null;
  readonly currentValue: number | null;
  /** current − baseline. */
  readonly difference: number | null;
  /** difference ÷ |baseline|; null when the baseline is 0 or missing. */
  readonly relativeChange: number | null;
  /** Percentile bootstrap interval of the difference, resampling days; null when it cannot be resampled. */
  readonly confidenceInterval: readonly [number, number] | null;
  readonly confidence: number;
  readonly verdict: ImpactVerdict;
  /** The verdict in plain language. */
  readonly explanation: { readonly nl: string; readonly en: string };
}

type RunInputs = Omit<KpiRunConfig, "groupBy" | "invalidInputs"> & { readonly inputs: Iterable<KpiInput> };

/** One pass: per-day states for KPIs with a day dimension, whole-period states for the rest. */
function measure(config: RunInputs, defs: KpiDefinition[]) {
  const daily = defs.filter((d) => d.dimensions.includes("dag")).map((d) => d.id);
  const whole = defs.map((d) => d.id);
  const byDay = createKpiRun({ ...config, kpis: daily, groupBy: ["dag"] });
  const all = createKpiRun({ ...config, kpis: whole });
  for (const input of config.inputs) {
    byDay.add(input);
    all.add(input);
  }
  const dayPartial = byDay.partial();
  const wholeResults = all.results().results;
  const out: Record<string, BaselineEntry> = {};
  for (const def of defs) {
    const groups = dayPartial.states[def.id];
    const days = groups
      ? Object.fromEntries(Object.values(groups).map((g) => [g.group.dag ?? "onbekend", g.state]))
      : null;
    out[def.id] = { kpiVersion: def.version, value: wholeResults[def.id]?.["*"]?.value ?? null, days };
  }
  return out;
}

/**
 * Freezes a baseline snapshot of KPIs over a period (the 60-day plan's "objectieve baseline").
 * @example
 * const baseline = freezeBaseline({ label: "nulmeting 2026-Q1", kpis: ["nok_ratio_per_record"], inputs, period });
 */
export function freezeBaseline(config: RunInputs & { readonly label: string }): BaselineSnapshot {
  const defs = selectKpis(config.kpis);
  return {
    format: "digitale-nuts/kpi-baseline@1",
    catalogueVersion: KPI_CATALOGUE_VERSION,
    label: config.label,
    period: config.period,
    options: resolveKpiOptions(config.options),
    kpis: measure(config, defs),
  };
}

function valueFor(calc: KpiCalculator<unknown>, states: unknown[], ctx: KpiContext): number | null {
  let acc = calc.init();
  for (const s of states) acc = calc.merge(acc, s);
  return calc.result(acc, ctx).value;
}

function resample(states: unknown[], random: () => number): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; i < states.length; i++) out.push(states[Math.floor(random() * states.length)]);
  return out;
}

const pct = (x: number) => `${x >= 0 ? "+" : ""}${Number(x.toFixed(2))}`;

function explain(
  def: KpiDefinition,
  verdict: ImpactVerdict,
  diff: number | null,
  ci: readonly [number, number] | null,
  level: number,
) {
  const name = def.label;
  const interval = ci ? ` (${Math.round(level * 100)}% interval ${pct(ci[0])} … ${pct(ci[1])})` : "";
  const d = diff === null ? "n.v.t." : pct(diff);
  switch (verdict) {
    case "improved":
      return {
        nl: `${name.nl} is verbeterd met ${d}${interval}.`,
        en: `${name.en} improved by ${d}${interval}.`,
      };
    case "worse":
      return {
        nl: `${name.nl} is verslechterd met ${d}${interval}.`,
        en: `${name.en} got worse by ${d}${interval}.`,
      };
    case "changed":
      return {
        nl: `${name.nl} is veranderd met ${d}${interval}.`,
        en: `${name.en} changed by ${d}${interval}.`,
      };
    default:
      return {
        nl: `Geen bewijs dat ${name.nl} veranderd is: verschil ${d}${interval}${ci ? "" : ", niet per dag te hermonsteren of te weinig gegevens"}.`,
        en: `No evidence that ${name.en} changed: difference ${d}${interval}${ci ? "" : ", not resamplable per day or too little data"}.`,
      };
  }
}

/**
 * Compares a later period with a frozen baseline, per KPI: difference, relative change, a
 * percentile bootstrap interval (resampling days with replacement, seeded, so the same seed gives
 * the same interval) and a plain-language verdict. An interval that excludes 0 gives improved or
 * worse according to the KPI's direction; otherwise "no evidence".
 * @example
 * const [c] = compareWithBaseline({ baseline, inputs: later, period: { start: "2026-05-01", end: "2026-06-30" }, seed: 7 });
 * c.verdict; // "improved"
 */
export function compareWithBaseline(
  config: Omit<RunInputs, "kpis" | "options"> & {
    readonly baseline: BaselineSnapshot;
    readonly seed?: number;
    readonly resamples?: number;
    readonly confidence?: number;
  },
): ImpactComparison[] {
  const { baseline } = config;
  if (baseline?.format !== "digitale-nuts/kpi-baseline@1") {
    throw new KpiError("KPI_BASELINE_MISMATCH", "baseline is not a snapshot made by freezeBaseline().");
  }
  const ids = Object.keys(baseline.kpis);
  const defs = selectKpis(ids);
  for (const def of defs) {
    if (baseline.kpis[def.id]?.kpiVersion !== def.version) {
      throw new KpiError(
        "KPI_BASELINE_MISMATCH",
        `Baseline "${baseline.label}" has ${def.id} version ${baseline.kpis[def.id]?.kpiVersion}, the catalogue has ${def.version}; re-freeze the baseline.`,
      );
    }
  }
  const resamples = config.resamples ?? 1000;
  const confidence = config.confidence ?? 0.95;
  if (!Number.isInteger(resamples) || resamples < 10 || !(confidence > 0 && confidence < 1)) {
    throw new KpiError("KPI_OPTION_INVALID", "resamples must be an integer ≥ 10 and confidence in (0, 1).");
  }
  const current = measure({ ...config, kpis: ids, options: baseline.options }, defs);
  const random = createSeededRandom(config.seed ?? 1);
  const start = epochDayOf(config.period.start) ?? 0;
  const ctx: KpiContext = {
    start,
    end: epochDayOf(config.period.end) ?? start,
    options: baseline.options,
    signagePattern: new RegExp(baseline.options.signageFieldPattern, "i"),
    workingDays: new WorkingDayCounter(config.calendar ?? mondayToFridayCalendar),
  };
  return defs.map((def) => {
    const base = baseline.kpis[def.id] as BaselineEntry;
    const now = current[def.id] as BaselineEntry;
    const calc = CALCULATORS.get(def.id) as KpiCalculator<unknown>;
    const difference = base.value === null || now.value === null ? null : now.value - base.value;
    const relativeChange = difference === null || !base.value ? null : difference / Math.abs(base.value);
    let ci: readonly [number, number] | null = null;
    if (base.days && now.days && difference !== null) {
      const baseStates = Object.keys(base.days)
        .sort()
        .map((k) => base.days?.[k]);
      const nowStates = Object.keys(now.days)
        .sort()
        .map((k) => now.days?.[k]);
      const diffs: number[] = [];
      for (let i = 0; i < resamples; i++) {
        const b = valueFor(calc, resample(baseStates, random), ctx);
        const c = valueFor(calc, resample(nowStates, random), ctx);
        if (b !== null && c !== null) diffs.push(c - b);
      }
      if (baseStates.length >= 2 && nowStates.length >= 2 && diffs.length >= resamples / 2) {
        diffs.sort((x, y) => x - y);
        const alpha = (1 - confidence) / 2;
        const at = (q: number) =>
          diffs[Math.min(diffs.length - 1, Math.max(0, Math.ceil(q * diffs.length) - 1))] as number;
        ci = [at(alpha), at(1 - alpha)];
      }
    }
    let verdict: ImpactVerdict = "no_evidence";
    if (ci !== null && difference !== null && (ci[0] > 0 || ci[1] < 0)) {
      if (def.direction === "neutral") verdict = "changed";
      else verdict = difference > 0 === (def.direction === "higher_is_better") ? "improved" : "worse";
    }
    return {
      kpiId: def.id,
      baselineValue: base.value,
      currentValue: now.value,
      difference,
      relativeChange,
      confidenceInterval: ci,
      confidence,
      verdict,
      explanation: explain(def, verdict, difference, ci, confidence),
    };
  });
}
