import { brusselsDate, computeKpis, isoWeekBounds, type KpiPeriod, type KpiResult } from "@digitale-nuts/kpi";
import { ReportError } from "../errors.js";
import {
  byText,
  type DatasetOptions,
  REPORT_SPEC_VERSION,
  type ReportColumn,
  type ReportDataset,
  resolveDatasetOptions,
  UpdatedAtWindow,
} from "../metadata.js";
import { columnsFor } from "../privacy.js";
import { type FindingLike, updatedAtOf, vaststellingOf } from "./finding-input.js";
import { mondayOfIsoWeek } from "./iso-week.js";

/**
 * One row of `district_weekly_summary`: one district in one ISO week.
 * @example
 * const ds = buildDistrictWeeklySummary({ findings, period: { start: "2026-03-09", end: "2026-03-15" } });
 * const worst = [...ds.rows].sort((a: DistrictWeeklyRow, b) => (b.nokRatioPct ?? 0) - (a.nokRatioPct ?? 0))[0]?.district;
 */
export interface DistrictWeeklyRow {
  readonly [key: string]: string | number | boolean | null;
  /** Monday of the ISO week. */
  readonly weekStart: string;
  /** `2026-W11`. */
  readonly isoWeek: string;
  readonly district: string;
  /** Findings made that week in the district (kpi `nok_ratio_per_record` denominator). */
  readonly findings: number;
  /** Of which with at least one NOK (its numerator). */
  readonly nokFindings: number;
  /** `nok_ratio_per_record`, percent. */
  readonly nokRatioPct: number | null;
  /** Traffic light of the NOK ratio against the catalogue thresholds. */
  readonly nokRatioStatus: string;
  /** kpi `open_nok_items`: NOK items of these findings still open at the end of the period. */
  readonly openNokItems: number;
  /** kpi `pitch-checklist-score`: mean checklist score. */
  readonly avgChecklistScore: number | null;
  readonly kpiCatalogueVersion: string;
}

/**
 * The columns of `district_weekly_summary`, in order.
 * @example
 * DISTRICT_WEEKLY_COLUMNS.map((c) => c.key); // ["weekStart", "isoWeek", "district", "findings", "nokFindings", …]
 */
export const DISTRICT_WEEKLY_COLUMNS: readonly ReportColumn[] = [
  { key: "weekStart", kind: "date" },
  { key: "isoWeek", kind: "code" },
  { key: "district", kind: "code" },
  { key: "findings", kind: "number" },
  { key: "nokFindings", kind: "number" },
  { key: "nokRatioPct", kind: "number" },
  { key: "nokRatioStatus", kind: "code" },
  { key: "openNokItems", kind: "number" },
  { key: "avgChecklistScore", kind: "number" },
  { key: "kpiCatalogueVersion", kind: "code" },
];

/**
 * What `district_weekly_summary` is built from.
 * @example
 * const input: DistrictWeeklyInput = { findings, period: { start: "2026-03-02", end: "2026-03-15" } };
 * const ds = buildDistrictWeeklySummary(input, { generatedAt: "2026-03-16T07:00:00Z" });
 */
export interface DistrictWeeklyInput {
  readonly findings: readonly FindingLike[];
  /** Report period (ISO dates, inclusive); widened to whole ISO weeks. */
  readonly period: KpiPeriod;
}

const KPIS = ["nok_ratio_per_record", "open_nok_items", "pitch-checklist-score"] as const;

/**
 * Builds `district_weekly_summary` (dn-dispatch §2.5 Weekrapport, key week + district). The figures
 * are kpi catalogue KPIs grouped by week and district; this function only lays them out. A delta
 * (`sinceTimestamp`) keeps the weeks and districts with a finding changed since, with full figures.
 * @example
 * buildDistrictWeeklySummary({ findings, period: { start: "2026-03-02", end: "2026-03-15" } },
 *   { generatedAt: "2026-03-16T07:00:00Z" });
 */
export function buildDistrictWeeklySummary(
  input: DistrictWeeklyInput,
  options: DatasetOptions = {},
): ReportDataset<DistrictWeeklyRow> {
  const resolved = resolveDatasetOptions(options);
  let period: KpiPeriod;
  try {
    period = { start: isoWeekBounds(input.period.start).start, end: isoWeekBounds(input.period.end).end };
  } catch (cause) {
    throw new ReportError(
      "REPORT_INPUT_INVALID",
      `period must be { start, end } as ISO dates (YYYY-MM-DD), got ${JSON.stringify(input.period)}.`,
      { cause },
    );
  }
  const vaststellingen = input.findings.map(vaststellingOf);
  const { results, catalogueVersion } = computeKpis({
    kpis: KPIS,
    inputs: vaststellingen.map((vaststelling) => ({ kind: "vaststelling" as const, vaststelling })),
    groupBy: ["week", "district"],
    period,
  });

  // Which groups changed since the delta timestamp, and the change window of the findings behind each.
  const windows = new Map<string, UpdatedAtWindow>();
  const changed = new Set<string>();
  for (const v of vaststellingen) {
    const day = brusselsDate(v.vastgesteldOp);
    if (!day) continue;
    const key = `${isoWeekBounds(day).start}|${v.context.district ?? "onbekend"}`;
    const w = windows.get(key) ?? new UpdatedAtWindow();
    w.add(updatedAtOf(v));
    windows.set(key, w);
    if (resolved.since && Date.parse(updatedAtOf(v)) >= resolved.since.ms) changed.add(key);
  }

  const byGroup = new Map<string, Partial<Record<(typeof KPIS)[number], KpiResult>>>();
  for (const id of KPIS) {
    for (const result of Object.values(results[id] ?? {})) {
      const week = result.group.week ?? "";
      const key = `${mondayOfIsoWeek(week) ?? week}|${result.group.district ?? "onbekend"}`;
      const entry = byGroup.get(key) ?? {};
      entry[id] = result;
      byGroup.set(key, entry);
    }
  }
  const window = new UpdatedAtWindow();
  const rows: DistrictWeeklyRow[] = [];
  for (const key of [...byGroup.keys()].sort(byText)) {
    if (resolved.since && !changed.has(key)) continue;
    const entry = byGroup.get(key) ?? {};
    const [weekStart = "", district = ""] = key.split("|");
    const nok = entry.nok_ratio_per_record;
    const findings = nok?.denominator ?? 0;
    if (findings === 0 && (entry.open_nok_items?.value ?? 0) === 0) continue;
    const w = windows.get(key);
    if (w?.min) window.add(w.min);
    if (w?.max) window.add(w.max);
    rows.push({
      weekStart,
      isoWeek: nok?.group.week ?? entry.open_nok_items?.group.week ?? "",
      district,
      findings,
      nokFindings: nok?.numerator ?? 0,
      nokRatioPct: nok?.value ?? null,
      nokRatioStatus: nok?.status ?? "none",
      openNokItems: entry.open_nok_items?.value ?? 0,
      avgChecklistScore: entry["pitch-checklist-score"]?.value ?? null,
      kpiCatalogueVersion: catalogueVersion,
    });
  }
  return {
    reportType: "district_weekly_summary",
    reportSpecVersion: REPORT_SPEC_VERSION,
    generatedAt: resolved.generatedAt,
    generatedBy: resolved.generatedBy,
    audience: resolved.audience,
    filterSet: {
      periodStart: input.period.start,
      periodEnd: input.period.end,
      ...(resolved.since ? { sinceTimestamp: resolved.since.text } : {}),
    },
    sourceWindow: {
      sinceTimestamp: resolved.since?.text ?? null,
      minUpdatedAt: window.min,
      maxUpdatedAt: window.max,
      from: period.start,
      to: period.end,
    },
    contractVersion: resolved.contractVersion,
    rowCount: rows.length,
    columns: columnsFor(DISTRICT_WEEKLY_COLUMNS, resolved.audience),
    rows,
    warnings: [],
  };
}
