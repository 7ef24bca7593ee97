import { getKpiDefinition, type KpiResults } from "@digitale-nuts/kpi";
import {
  byText,
  type DatasetOptions,
  REPORT_SPEC_VERSION,
  type ReportColumn,
  type ReportDataset,
  type ReportWarning,
  resolveDatasetOptions,
} from "../metadata.js";
import { assertPseudonymous, columnsFor } from "../privacy.js";

/**
 * One row of `kpi_snapshot`: one KPI for one group, with its thresholds.
 * @example
 * const snapshot = buildKpiSnapshot(computeKpis({ inputs, period }));
 * const red = snapshot.rows.filter((row: KpiSnapshotRow) => row.status === "red").map((row) => `${row.kpiId} ${row.groupKey}`);
 */
export interface KpiSnapshotRow {
  readonly [key: string]: string | number | boolean | null;
  readonly kpiId: string;
  readonly kpiVersion: number;
  readonly kpiLabel: string;
  readonly unit: string;
  readonly direction: string;
  /** `*` for the whole set, else `district=Berchem|week=2026-W11`. */
  readonly groupKey: string;
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly status: string;
  readonly thresholdGreen: number | null;
  readonly thresholdRed: number | null;
  readonly thresholdSource: string | null;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly catalogueVersion: string;
}

/**
 * The columns of `kpi_snapshot`, in order. The label is catalogue text, not free text.
 * @example
 * const header = KPI_SNAPSHOT_COLUMNS.map((c) => c.key).join(";"); // "kpiId;kpiVersion;kpiLabel;unit;…"
 */
export const KPI_SNAPSHOT_COLUMNS: readonly ReportColumn[] = [
  { key: "kpiId", kind: "id" },
  { key: "kpiVersion", kind: "number" },
  { key: "kpiLabel", kind: "text" },
  { key: "unit", kind: "code" },
  { key: "direction", kind: "code" },
  { key: "groupKey", kind: "code" },
  { key: "value", kind: "number" },
  { key: "numerator", kind: "number" },
  { key: "denominator", kind: "number" },
  { key: "status", kind: "code" },
  { key: "thresholdGreen", kind: "number" },
  { key: "thresholdRed", kind: "number" },
  { key: "thresholdSource", kind: "text" },
  { key: "periodStart", kind: "date" },
  { key: "periodEnd", kind: "date" },
  { key: "catalogueVersion", kind: "code" },
];

/**
 * Lays out kpi results (`computeKpis`) as `kpi_snapshot`: catalogue ids, values, thresholds,
 * status and catalogue version, sorted by KPI id then group key. A snapshot is always whole, so it
 * takes no `sinceTimestamp`. Groups by inspector must use pseudonymous ids.
 * @example
 * buildKpiSnapshot(computeKpis({ inputs, period }), { generatedAt: "2026-03-10T17:30:00Z" });
 */
export function buildKpiSnapshot(
  kpis: KpiResults,
  options: Omit<DatasetOptions, "sinceTimestamp"> = {},
): ReportDataset<KpiSnapshotRow> {
  // A snapshot is whole: a sinceTimestamp passed from untyped code is ignored, not half-applied.
  const { sinceTimestamp: _ignored, ...rest } = options as DatasetOptions;
  const resolved = resolveDatasetOptions(rest);
  const rows: KpiSnapshotRow[] = [];
  for (const kpiId of Object.keys(kpis.results).sort(byText)) {
    const def = getKpiDefinition(kpiId);
    const groups = kpis.results[kpiId] ?? {};
    for (const groupKey of Object.keys(groups).sort(byText)) {
      const r = groups[groupKey];
      if (!r) continue;
      if (r.group.toezichter !== undefined) assertPseudonymous(r.group.toezichter, `kpi ${kpiId}, group`);
      rows.push({
        kpiId,
        kpiVersion: r.kpiVersion,
        kpiLabel: def?.label.nl ?? kpiId,
        unit: r.unit,
        direction: def?.direction ?? "neutral",
        groupKey,
        value: r.value,
        numerator: r.numerator ?? null,
        denominator: r.denominator ?? null,
        status: r.status,
        thresholdGreen: def?.thresholds?.green ?? null,
        thresholdRed: def?.thresholds?.red ?? null,
        thresholdSource: def?.thresholds?.source ?? null,
        periodStart: kpis.period.start,
        periodEnd: kpis.period.end,
        catalogueVersion: r.catalogueVersion,
      });
    }
  }
  const warnings: ReportWarning[] = Object.entries(kpis.ignoredDimensions)
    .filter(([, dims]) => dims.length > 0)
    .map(([kpiId, dims]) => ({
      code: "dimension_ignored",
      field: kpiId,
      message: `${kpiId} kan niet gegroepeerd worden op ${dims.join(", ")}; resultaat zonder die dimensie.`,
    }));
  return {
    reportType: "kpi_snapshot",
    reportSpecVersion: REPORT_SPEC_VERSION,
    generatedAt: resolved.generatedAt,
    generatedBy: resolved.generatedBy,
    audience: resolved.audience,
    filterSet: {
      periodStart: kpis.period.start,
      periodEnd: kpis.period.end,
      groupBy: [...kpis.groupBy],
      catalogueVersion: kpis.catalogueVersion,
    },
    sourceWindow: {
      sinceTimestamp: null,
      minUpdatedAt: null,
      maxUpdatedAt: null,
      from: kpis.period.start,
      to: kpis.period.end,
    },
    contractVersion: resolved.contractVersion,
    rowCount: rows.length,
    columns: columnsFor(KPI_SNAPSHOT_COLUMNS, resolved.audience),
    rows,
    warnings,
  };
}
