/**
 * @digitale-nuts/kpi — a shared, versioned KPI catalogue and streaming, mergeable calculators,
 * trends and baseline comparison. Pure computation: no I/O, runs in Node and browsers.
 */

export {
  type BaselineEntry,
  type BaselineSnapshot,
  compareWithBaseline,
  freezeBaseline,
  type ImpactComparison,
  type ImpactVerdict,
} from "./baseline.js";
export { isOsloValid } from "./calculators/baseline.js";
export { CALCULATORS } from "./calculators/index.js";
export { rankByWilson } from "./calculators/programme.js";
export type {
  KpiCalculator,
  KpiContext,
  KpiOutcome,
  RankedEntry,
  ResolvedKpiOptions,
} from "./calculators/types.js";
export { mondayToFridayCalendar, type WorkingDayCalendar, WorkingDayCounter } from "./calendar.js";
export { BASELINE_KPIS } from "./catalogue/baseline.js";
export { DN_DASHBOARD_KPIS, DN_FORMAL_KPIS, DN_TREND_KPIS } from "./catalogue/dn.js";
export {
  getKpiDefinition,
  KPI_CATALOGUE,
  KPI_CATALOGUE_VERSION,
  kpiCatalogueJson,
} from "./catalogue/index.js";
export { PARTNER_KPIS, PROGRAMME_KPIS } from "./catalogue/programme.js";
export { DN_REPORT_KPIS } from "./catalogue/report.js";
export type {
  KpiDefinition,
  KpiDirection,
  KpiFamily,
  KpiThresholds,
  KpiUnit,
  Localised,
} from "./catalogue/types.js";
export { type ChecklistScoreDetails, checklistScore } from "./checklist-score.js";
export { brusselsDate, isoWeekBounds } from "./dates.js";
export {
  computeKpis,
  createKpiRun,
  finaliseKpis,
  inputProblem,
  type KpiDiagnostics,
  type KpiOptions,
  type KpiPartial,
  type KpiPeriod,
  type KpiResult,
  type KpiResults,
  type KpiRun,
  type KpiRunConfig,
  type KpiStatus,
  mergeKpiPartials,
  resolveKpiOptions,
} from "./engine.js";
export { KpiError, type KpiErrorCode } from "./errors.js";
export {
  type BezoekInput,
  type CapaciteitInput,
  type InnameInput,
  type KlachtInput,
  KPI_INPUT_KINDS,
  type KpiInput,
  type KpiInputKind,
  type RuwInput,
  type SyncInput,
  type VaststellingInput,
} from "./inputs.js";
export { createSeededRandom, type RandomSource } from "./random.js";
export { DIMENSIONS, type Dimension, KpiRecord, UNKNOWN_GROUP } from "./record-view.js";
export {
  type Histogram,
  type HistogramSummary,
  roundTo,
  summariseHistogram,
  type WilsonInterval,
  wilsonInterval,
} from "./stats.js";
export {
  kpiSeries,
  type SeriesPoint,
  type TrendTone,
  toneOf,
  type WeekOverWeekKpi,
  weekOverWeek,
} from "./trends.js";
