/**
 * @digitale-nuts/report — report datasets with audit metadata, CSV/JSON/JSON-LD writers (also
 * streaming), a self-contained HTML dashboard and PDF reports. It composes kpi, findings,
 * prioritisation and oslo and owns no domain rule.
 */

export type { BoundingBox, MapPoint } from "./dashboard/map-chart.js";
export { type DashboardInput, renderDashboard } from "./dashboard/render-dashboard.js";
export type { DatasetStream } from "./datasets/dataset-stream.js";
export {
  buildDispatchDailySummary,
  type CapacityLimits,
  DISPATCH_DAILY_COLUMNS,
  type DispatchDailyInput,
  type DispatchDailyRow,
} from "./datasets/dispatch-daily-summary.js";
export {
  buildDistrictWeeklySummary,
  DISTRICT_WEEKLY_COLUMNS,
  type DistrictWeeklyInput,
  type DistrictWeeklyRow,
} from "./datasets/district-weekly-summary.js";
export type { FindingLike } from "./datasets/finding-input.js";
export {
  buildInspectionExportDataset,
  INSPECTION_EXPORT_COLUMNS,
  type InspectionExportDatasetOptions,
  type InspectionExportDatasetRow,
  streamInspectionExportDataset,
} from "./datasets/inspection-export-flat.js";
export { buildKpiSnapshot, KPI_SNAPSHOT_COLUMNS, type KpiSnapshotRow } from "./datasets/kpi-snapshot.js";
export { ReportError, type ReportErrorCode } from "./errors.js";
export { reportFileName, slugify } from "./file-name.js";
export {
  type DatasetOptions,
  DEFAULT_CONTRACT_VERSION,
  REPORT_SPEC_VERSION,
  type ReportAudience,
  type ReportCell,
  type ReportColumn,
  type ReportDataset,
  type ReportMetadata,
  type ReportRow,
  type ReportType,
  type ReportWarning,
  type SourceWindow,
} from "./metadata.js";
export { type DayListPdfOptions, renderDayListPdf } from "./pdf/day-list-pdf.js";
export {
  answerStatus,
  type FindingPdfOptions,
  type FindingReportStatus,
  findingPdfFileName,
  type ReportOrganisation,
  renderFindingPdf,
} from "./pdf/finding-pdf.js";
export { assertPseudonymous } from "./privacy.js";
export { type CsvOptions, type CsvSource, csvField, streamCsv, toCsv } from "./writers/csv.js";
export { metadataOf, streamJson, toJson } from "./writers/json.js";
export { FREE_TEXT_FIELDS, type JsonLdEntity, streamJsonLd, toJsonLdDocument } from "./writers/json-ld.js";
