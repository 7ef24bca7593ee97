import { ReportError } from "./errors.js";

/**
 * Version of the report specification (DN Rapporten v1, dn-dispatch §2.5) the datasets follow.
 * @example
 * if (dataset.reportSpecVersion !== REPORT_SPEC_VERSION) console.warn("dataset built against another spec version"); // "v1.0"
 */
export const REPORT_SPEC_VERSION = "v1.0";

/**
 * Default version of the data contract of the rows (`contractVersion`).
 * @example
 * const ds = buildKpiSnapshot(kpis, { contractVersion: DEFAULT_CONTRACT_VERSION }); // "v1.0"
 */
export const DEFAULT_CONTRACT_VERSION = "v1.0";

/**
 * The datasets this package builds.
 * @example
 * const type: ReportType = "district_weekly_summary";
 * reportFileName(type, "stad", "2026-03-16T07:00:00Z", "csv"); // "dn_district_weekly_summary_stad_20260316_0800.csv"
 */
export type ReportType =
  | "inspection_export_flat"
  | "dispatch_daily_summary"
  | "district_weekly_summary"
  | "kpi_snapshot";

/**
 * Who receives the dataset. `partner` datasets (utilities, contractors, the region) carry no free
 * text and only pseudonymous inspector ids; `internal` ones may add the city's note columns.
 * @example
 * const audience: ReportAudience = "internal"; // adds the note columns; "partner" (default) never has free text
 */
export type ReportAudience = "partner" | "internal";

/**
 * A cell of a dataset row.
 * @example
 * const cells: ReportCell[] = ["insp-07", 3, true, null];
 */
export type ReportCell = string | number | boolean | null;

/**
 * One row of a dataset: column key → cell.
 * @example
 * const row: ReportRow = { district: "Berchem", findings: 12, nokRatioPct: 25, avgChecklistScore: null };
 */
export type ReportRow = Readonly<Record<string, ReportCell>>;

/**
 * A column of a dataset, with what kind of value it holds.
 * @example
 * const column: ReportColumn = { key: "opmerking", kind: "text", freeText: true };
 */
export interface ReportColumn {
  readonly key: string;
  readonly kind: "id" | "code" | "number" | "date" | "datetime" | "boolean" | "text";
  /** Text entered by a person (notes, descriptions): never in a partner dataset. */
  readonly freeText?: boolean;
}

/**
 * The time window the rows come from.
 * @example
 * const window: SourceWindow = {
 *   sinceTimestamp: "2026-03-09T00:00:00Z", minUpdatedAt: "2026-03-09T07:12:00Z", maxUpdatedAt: "2026-03-10T16:45:00Z",
 * };
 */
export interface SourceWindow {
  /** The delta filter applied, if any. */
  readonly sinceTimestamp: string | null;
  /** Earliest and latest change time of the source records behind the rows. */
  readonly minUpdatedAt: string | null;
  readonly maxUpdatedAt: string | null;
  /** First and last day (ISO date) the rows cover, for per-day and per-week datasets. */
  readonly from?: string | null;
  readonly to?: string | null;
}

/**
 * A data-quality or filter note; the dataset is still usable.
 * @example
 * const warning: ReportWarning = { code: "dimension_ignored", field: "wow-score", message: "wow-score kan niet gegroepeerd worden op district" };
 */
export interface ReportWarning {
  readonly code: string;
  readonly field?: string;
  readonly count?: number;
  readonly message: string;
}

/**
 * The audit metadata every dataset carries (dn-dispatch §2.5, §4.13 `REQUIRED_EXPORT_AUDIT_METADATA`).
 * @example
 * const meta: ReportMetadata = metadataOf(ds);
 * console.log(meta.reportType, meta.rowCount, meta.sourceWindow.maxUpdatedAt);
 */
export interface ReportMetadata {
  readonly reportType: ReportType;
  readonly reportSpecVersion: string;
  readonly generatedAt: string;
  readonly generatedBy: string;
  readonly audience: ReportAudience;
  readonly filterSet: Readonly<Record<string, string | number | boolean | readonly string[]>>;
  readonly sourceWindow: SourceWindow;
  readonly contractVersion: string;
  readonly rowCount: number;
}

/**
 * A whole dataset: audit metadata, column descriptions, rows and warnings.
 * @example
 * const ds: ReportDataset<KpiSnapshotRow> = buildKpiSnapshot(kpis, { generatedAt: "2026-03-10T17:30:00Z" });
 * writeFileSync(reportFileName(ds.reportType, "stad", ds.generatedAt, "csv"), toCsv(ds, { separator: ";" }));
 */
export interface ReportDataset<Row extends ReportRow = ReportRow> extends ReportMetadata {
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly Row[];
  readonly warnings: readonly ReportWarning[];
}

/**
 * Options every dataset builder takes.
 * @example
 * const options: DatasetOptions = {
 *   generatedAt: "2026-03-10T17:30:00Z", generatedBy: "dn-export", audience: "partner", sinceTimestamp: "2026-03-09T00:00:00Z",
 * };
 */
export interface DatasetOptions {
  /** ISO time of generation; default now. Fix it for reproducible output. */
  readonly generatedAt?: string;
  /** Pseudonymous id of the system or person generating; default `onbekend`. */
  readonly generatedBy?: string;
  /** Default `partner`: the strict form that may leave the city. */
  readonly audience?: ReportAudience;
  /** Delta export: only rows whose source changed at or after this ISO time. */
  readonly sinceTimestamp?: string;
  readonly contractVersion?: string;
}

/** The resolved common options, checked. */
export interface ResolvedDatasetOptions {
  readonly generatedAt: string;
  readonly generatedBy: string;
  readonly audience: ReportAudience;
  readonly since: { readonly text: string; readonly ms: number } | null;
  readonly contractVersion: string;
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Parses an ISO date-time with an explicit offset; `null` when it is not one. */
export function parseIsoTime(value: unknown): number | null {
  if (typeof value !== "string" || !ISO_TIME.test(value)) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

/** Checks and fills the common dataset options. Throws {@link ReportError} naming the bad option. */
export function resolveDatasetOptions(options: DatasetOptions = {}): ResolvedDatasetOptions {
  const generatedAt = options.generatedAt ?? new Date().toISOString();
  if (parseIsoTime(generatedAt) === null) {
    throw new ReportError(
      "REPORT_INPUT_INVALID",
      `options.generatedAt must be an ISO date-time with offset (e.g. 2026-03-10T17:30:00Z), got ${JSON.stringify(generatedAt)}.`,
    );
  }
  const audience = options.audience ?? "partner";
  if (audience !== "partner" && audience !== "internal") {
    throw new ReportError(
      "REPORT_INPUT_INVALID",
      `options.audience must be "partner" or "internal", got ${JSON.stringify(audience)}.`,
    );
  }
  let since: ResolvedDatasetOptions["since"] = null;
  if (options.sinceTimestamp !== undefined) {
    const ms = parseIsoTime(options.sinceTimestamp);
    if (ms === null) {
      throw new ReportError(
        "REPORT_SINCE_INVALID",
        `options.sinceTimestamp must be an ISO date-time with offset (e.g. 2026-03-10T00:00:00Z), got ${JSON.stringify(options.sinceTimestamp)}.`,
      );
    }
    since = { text: options.sinceTimestamp, ms };
  }
  const generatedBy = options.generatedBy ?? "onbekend";
  return {
    generatedAt,
    generatedBy,
    audience,
    since,
    contractVersion: options.contractVersion ?? DEFAULT_CONTRACT_VERSION,
  };
}

/** Tracks the earliest and latest change time seen, compared as instants. */
export class UpdatedAtWindow {
  private minMs = Number.POSITIVE_INFINITY;
  private maxMs = Number.NEGATIVE_INFINITY;
  min: string | null = null;
  max: string | null = null;

  add(time: string): void {
    const ms = Date.parse(time);
    if (Number.isNaN(ms)) return;
    if (ms < this.minMs) [this.minMs, this.min] = [ms, time];
    if (ms > this.maxMs) [this.maxMs, this.max] = [ms, time];
  }
}

/** Compares strings by code unit, for explicit, locale-independent sort tie-breaks. */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
