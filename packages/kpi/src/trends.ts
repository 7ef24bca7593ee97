import { CALCULATORS } from "./calculators/index.js";
import type { KpiCalculator } from "./calculators/types.js";
import { getKpiDefinition } from "./catalogue/index.js";
import type { KpiDefinition, KpiUnit } from "./catalogue/types.js";
import { epochDayOf, isoDateOf, isoWeekBounds, isoWeekOf, monthOf } from "./dates.js";
import { computeKpis, type KpiResult, type KpiRunConfig, type KpiStatus } from "./engine.js";
import { KpiError } from "./errors.js";
import type { KpiInput } from "./inputs.js";

/**
 * good / bad / neutral, as DN colours a trend card.
 * @example
 * const tone: TrendTone = toneOf({ direction: "higher_is_better" }, 4); // "good"
 */
export type TrendTone = "good" | "bad" | "neutral";

/**
 * One point of a KPI series.
 * @example
 * const points: readonly SeriesPoint[] = kpiSeries({ kpis: ["wow-score"], inputs, interval: "week", period }).series["wow-score"] ?? [];
 * points.map((p) => `${p.periode}: ${p.value} (${p.delta ?? "–"}, ${p.tone})`);
 */
export interface SeriesPoint {
  /** `2026-W10` or `2026-03`. */
  readonly periode: string;
  readonly value: number | null;
  readonly numerator?: number;
  readonly denominator?: number;
  readonly status: KpiStatus;
  /** Change from the previous point (null at the first point or when either value is null). */
  readonly delta: number | null;
  readonly tone: TrendTone;
}

/**
 * The tone of a change, by the KPI's direction (DN §2.4: count neutral, score higher = good, low scores lower = good).
 * @example
 * toneOf({ direction: "lower_is_better" }, 4); // "bad"
 * toneOf({ direction: "neutral" }, 12); // "neutral"
 */
export function toneOf(def: Pick<KpiDefinition, "direction">, delta: number | null): TrendTone {
  if (delta === null || delta === 0 || def.direction === "neutral") return "neutral";
  return delta > 0 === (def.direction === "higher_is_better") ? "good" : "bad";
}

function labelsBetween(start: string, end: string, interval: "week" | "maand"): string[] {
  const from = epochDayOf(start) ?? 0;
  const to = epochDayOf(end) ?? 0;
  const labels: string[] = [];
  for (let d = from; d <= to; d++) {
    const label = interval === "week" ? isoWeekOf(d) : monthOf(d);
    if (labels[labels.length - 1] !== label) labels.push(label);
  }
  return labels;
}

/**
 * A series per KPI by ISO week or by month over the period, in one pass, with every week/month of
 * the period present (an empty one has the KPI's empty value: 0 for counts, null for ratios).
 * @example
 * const { series } = kpiSeries({ kpis: ["wow-score"], inputs, interval: "week", period });
 * series["wow-score"].map((p) => [p.periode, p.value, p.tone]);
 */
export function kpiSeries(
  config: Omit<KpiRunConfig, "groupBy"> & {
    readonly inputs: Iterable<KpiInput>;
    readonly interval: "week" | "maand";
  },
): { readonly series: Readonly<Record<string, readonly SeriesPoint[]>> } {
  const interval = config.interval;
  if (interval !== "week" && interval !== "maand") {
    throw new KpiError(
      "KPI_DIMENSION_UNKNOWN",
      `interval must be "week" or "maand", got ${String(interval)}.`,
    );
  }
  const computed = computeKpis({ ...config, groupBy: [interval] });
  const labels = labelsBetween(config.period.start, config.period.end, interval);
  const series: Record<string, SeriesPoint[]> = {};
  for (const [id, byGroup] of Object.entries(computed.results)) {
    const def = getKpiDefinition(id) as KpiDefinition;
    if (!def.dimensions.includes(interval)) {
      throw new KpiError(
        "KPI_DIMENSION_UNSUPPORTED",
        `KPI "${id}" has no ${interval} dimension (works carry no event date), so it has no series.`,
      );
    }
    const calc = CALCULATORS.get(id) as KpiCalculator<unknown>;
    const empty = emptyResult(calc, def);
    let previous: number | null = null;
    series[id] = labels.map((periode, i) => {
      const r = byGroup[`${interval}=${periode}`];
      const value = r ? r.value : empty;
      const delta = i === 0 || value === null || previous === null ? null : roundDelta(value - previous, def);
      previous = value;
      return {
        periode,
        value,
        ...(r?.numerator !== undefined ? { numerator: r.numerator } : {}),
        ...(r?.denominator !== undefined ? { denominator: r.denominator } : {}),
        status: r ? r.status : "none",
        delta,
        tone: toneOf(def, delta),
      };
    });
  }
  return { series };
}

function emptyResult(calc: KpiCalculator<unknown>, def: KpiDefinition): number | null {
  const ctx = { start: 0, end: 0 } as never;
  const v = calc.result(calc.init(), ctx).value;
  return v === null ? null : Number(v.toFixed(def.decimals));
}

const roundDelta = (d: number, def: KpiDefinition) => Number(d.toFixed(Math.max(def.decimals, 0)));

/**
 * DN's `TrendKpiCard`: current and previous ISO week, the delta and its tone.
 * @example
 * const [count]: WeekOverWeekKpi[] = weekOverWeek({ inputs, referenceDate: "2026-03-12" });
 * count?.currentWeek; // "2026-W11" (previousWeek "2026-W10")
 */
export interface WeekOverWeekKpi {
  readonly kpiId: string;
  readonly label: { readonly nl: string; readonly en: string };
  readonly currentWeek: string;
  readonly previousWeek: string;
  readonly currentValue: number | null;
  readonly previousValue: number | null;
  readonly deltaValue: number | null;
  /** `pp` (percentage points) for percentages, else the KPI's unit. */
  readonly deltaUnit: KpiUnit | "pp";
  readonly tone: TrendTone;
}

/**
 * DN's four week-over-week trend KPIs (§2.4): the ISO week of `referenceDate` against the ISO week
 * of `referenceDate − 7`, in one pass.
 * @example
 * weekOverWeek({ inputs, referenceDate: "2026-03-12" })
 *   .map((k) => `${k.label.nl}: ${k.currentValue} (${k.deltaValue} ${k.deltaUnit}, ${k.tone})`);
 */
export function weekOverWeek(
  config: Omit<KpiRunConfig, "groupBy" | "period" | "kpis"> & {
    readonly inputs: Iterable<KpiInput>;
    readonly referenceDate: string;
  },
): WeekOverWeekKpi[] {
  const ref = epochDayOf(config.referenceDate);
  if (ref === null) {
    throw new KpiError(
      "KPI_PERIOD_INVALID",
      `referenceDate must be an ISO date (YYYY-MM-DD), got ${JSON.stringify(config.referenceDate)}.`,
    );
  }
  const current = isoWeekBounds(config.referenceDate);
  const previous = isoWeekBounds(isoDateOf(ref - 7));
  const ids = ["wow-count", "wow-score", "wow-handover", "wow-low-score"];
  const { results } = computeKpis({
    ...config,
    kpis: ids,
    groupBy: ["week"],
    period: { start: previous.start, end: current.end },
  });
  const cw = isoWeekOf(ref);
  const pw = isoWeekOf(ref - 7);
  return ids.map((id) => {
    const def = getKpiDefinition(id) as KpiDefinition;
    const calc = CALCULATORS.get(id) as KpiCalculator<unknown>;
    const pick = (week: string): number | null => {
      const r: KpiResult | undefined = results[id]?.[`week=${week}`];
      return r ? r.value : emptyResult(calc, def);
    };
    const currentValue = pick(cw);
    const previousValue = pick(pw);
    const deltaValue =
      currentValue === null || previousValue === null ? null : roundDelta(currentValue - previousValue, def);
    return {
      kpiId: id,
      label: def.label,
      currentWeek: cw,
      previousWeek: pw,
      currentValue,
      previousValue,
      deltaValue,
      deltaUnit: def.unit === "procent" ? "pp" : def.unit,
      tone: toneOf(def, deltaValue),
    };
  });
}
