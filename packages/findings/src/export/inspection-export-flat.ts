import { scoreChecklist } from "../checklist/score.js";
import type { FindingRecord } from "../record/finding-record.js";
import type { StoredFinding } from "../store/findings-store.js";
import { type CanonicalStatus, mapCanonicalStatus } from "../sync/canonical-status.js";

/**
 * The columns of `inspection_export_flat` v1, in order (dn-dispatch §4.13).
 *
 * @example
 * const header = INSPECTION_EXPORT_FLAT_COLUMNS.join(","); // "inspectionId,recordId,workId,…,contractVersion"
 */
export const INSPECTION_EXPORT_FLAT_COLUMNS = [
  "inspectionId",
  "recordId",
  "workId",
  "gipodId",
  "district",
  "inspectorId",
  "statusCanonical",
  "handoverDecision",
  "nokCount",
  "checklistScore",
  "updatedAt",
  "photoEvidenceCount",
  "syncStatus",
  "serverOutcome",
  "contractVersion",
] as const;

/**
 * Envelope keys every export must carry (the prototype's `REQUIRED_EXPORT_AUDIT_METADATA`).
 *
 * @example
 * const complete = REQUIRED_EXPORT_AUDIT_METADATA.every((key) => key in flat); // true for buildInspectionExportFlat
 */
export const REQUIRED_EXPORT_AUDIT_METADATA = [
  "reportType",
  "generatedAt",
  "generatedBy",
  "filterSet",
  "sourceWindow",
  "contractVersion",
  "rowCount",
] as const;

/**
 * One row of the export.
 *
 * @example
 * const rows: readonly InspectionExportRow[] = (await buildInspectionExportFlat(sources)).rows;
 * for (const row of rows) console.log(row.inspectionId, row.statusCanonical, row.checklistScore);
 */
export type InspectionExportRow = {
  readonly [K in (typeof INSPECTION_EXPORT_FLAT_COLUMNS)[number]]: K extends
    | "nokCount"
    | "checklistScore"
    | "photoEvidenceCount"
    ? number
    : string;
};

/**
 * One finding to export, with what the sync side knows about it.
 *
 * @example
 * const source: InspectionExportSource = { record, syncStatus: "queued" };
 */
export interface InspectionExportSource {
  readonly record: Pick<FindingRecord, "vaststelling" | "meta" | "audit">;
  /** The server's mapped status; otherwise computed with the same mapping the server uses. */
  readonly mappedStatus?: CanonicalStatus;
  readonly syncStatus?: string;
  readonly serverOutcome?: string;
}

/**
 * A data-quality note on the export.
 *
 * @example
 * const warnings: readonly ExportWarning[] = (await buildInspectionExportFlat(sources)).warnings;
 * for (const w of warnings) console.log(w.code, w.field, w.count); // e.g. optional_field_missing contractorId 3
 */
export interface ExportWarning {
  readonly code: "optional_field_missing" | "invalid_since_timestamp";
  readonly field?: string;
  readonly count?: number;
  readonly message: string;
}

/**
 * Options of the export functions.
 *
 * @example
 * const options: InspectionExportOptions = {
 *   sinceTimestamp: "2026-03-01T00:00:00Z", generatedBy: "nightly-export", contractVersion: "v1.0",
 * };
 */
export interface InspectionExportOptions {
  /** Only findings changed at or after this ISO time; an unparseable value is ignored with a warning. */
  readonly sinceTimestamp?: string;
  readonly generatedBy?: string;
  readonly generatedAt?: string;
  readonly contractVersion?: string;
  /** Maps the inspector's id to the pseudonym partners see (default: the id, already a pseudonym). */
  readonly pseudonymise?: (inspectorId: string) => string;
}

/**
 * The full dataset: envelope with audit metadata, rows and warnings.
 *
 * @example
 * const flat: InspectionExportFlat = await buildInspectionExportFlat(sources, { generatedBy: "nightly-export" });
 * console.log(flat.rowCount, flat.sourceWindow.maxUpdatedAt, flat.warnings.length);
 */
export interface InspectionExportFlat {
  readonly reportType: "inspection_export_flat";
  readonly generatedAt: string;
  readonly generatedBy: string;
  readonly filterSet: { readonly sinceTimestamp?: string };
  readonly sourceWindow: {
    readonly sinceTimestamp: string | null;
    readonly minUpdatedAt: string | null;
    readonly maxUpdatedAt: string | null;
  };
  readonly contractVersion: string;
  readonly rowCount: number;
  readonly rows: readonly InspectionExportRow[];
  readonly warnings: readonly ExportWarning[];
}

/**
 * Turns a stored finding (server side) into an export source.
 *
 * @example
 * const sources: InspectionExportSource[] = [];
 * for await (const finding of store.listFindings()) sources.push(exportSourceFromStored(finding));
 */
export function exportSourceFromStored(finding: StoredFinding): InspectionExportSource {
  return {
    record: finding.record,
    mappedStatus: finding.mappedStatus,
    syncStatus: "synced",
    serverOutcome: "accepted",
  };
}

/** Streaming state shared by the row generator and the envelope. */
class ExportRun {
  readonly warnings = new Map<string, number>();
  since: number | undefined;
  sinceValid = true;
  min: string | null = null;
  max: string | null = null;
  count = 0;

  constructor(readonly options: InspectionExportOptions) {
    if (options.sinceTimestamp !== undefined) {
      const t = Date.parse(options.sinceTimestamp);
      if (Number.isNaN(t)) this.sinceValid = false;
      else this.since = t;
    }
  }

  row(source: InspectionExportSource): InspectionExportRow | undefined {
    const v = source.record.vaststelling;
    const updatedAt = v.gewijzigdOp ?? v.vastgesteldOp;
    if (this.since !== undefined && Date.parse(updatedAt) < this.since) return undefined;
    const score = scoreChecklist(source.record as FindingRecord);
    if (!v.context.referentieId) this.warn("permitReference");
    if (!v.aannemer) this.warn("contractorId");
    if (!v.fotobewijs.some((f) => f.soort === "DETAIL")) this.warn("fotoDetail_url");
    this.count++;
    if (this.min === null || updatedAt < this.min) this.min = updatedAt;
    if (this.max === null || updatedAt > this.max) this.max = updatedAt;
    return {
      inspectionId: v.vaststellingId,
      recordId: v.vaststellingId,
      workId: v.context.werkId ?? "",
      gipodId: v.context.gipodId ?? "",
      district: v.context.district ?? "",
      inspectorId: this.options.pseudonymise ? this.options.pseudonymise(v.toezichter) : v.toezichter,
      statusCanonical: source.mappedStatus ?? mapCanonicalStatus(v).status,
      handoverDecision: v.overdrachtsbeslissing ?? "",
      nokCount: score.nokCount,
      checklistScore: score.score,
      updatedAt,
      photoEvidenceCount: v.fotobewijs.length,
      syncStatus: source.syncStatus ?? (v.registratiestatus === "synced" ? "synced" : "queued"),
      serverOutcome: source.serverOutcome ?? "",
      contractVersion: this.options.contractVersion ?? "v1.0",
    };
  }

  private warn(field: string) {
    this.warnings.set(field, (this.warnings.get(field) ?? 0) + 1);
  }

  warningList(): ExportWarning[] {
    const out: ExportWarning[] = [];
    if (!this.sinceValid) {
      out.push({
        code: "invalid_since_timestamp",
        message: `sinceTimestamp "${this.options.sinceTimestamp}" is geen geldige tijd; filter genegeerd.`,
      });
    }
    for (const [field, count] of [...this.warnings].sort(([a], [b]) => a.localeCompare(b))) {
      out.push({
        code: "optional_field_missing",
        field,
        count,
        message: `${field} ontbreekt in ${count} rij(en).`,
      });
    }
    return out;
  }
}

/**
 * Streams the rows of `inspection_export_flat` v1, one per finding, for sets too large to hold.
 *
 * @example
 * for await (const row of streamInspectionExportFlat(mapStored(store.listFindings()))) write(row);
 */
export function streamInspectionExportFlat(
  sources: AsyncIterable<InspectionExportSource> | Iterable<InspectionExportSource>,
  options: InspectionExportOptions = {},
): AsyncGenerator<InspectionExportRow> {
  return rowsOf(sources, new ExportRun(options));
}

async function* rowsOf(
  sources: AsyncIterable<InspectionExportSource> | Iterable<InspectionExportSource>,
  run: ExportRun,
): AsyncGenerator<InspectionExportRow> {
  for await (const source of sources) {
    const row = run.row(source);
    if (row) yield row;
  }
}

/**
 * Builds the whole `inspection_export_flat` v1 dataset with its envelope, audit metadata and warnings.
 *
 * @example
 * async function* sources() {
 *   for await (const finding of store.listFindings()) yield exportSourceFromStored(finding);
 * }
 * const flat = await buildInspectionExportFlat(sources(), { sinceTimestamp: "2026-03-01T00:00:00Z" });
 */
export async function buildInspectionExportFlat(
  sources: AsyncIterable<InspectionExportSource> | Iterable<InspectionExportSource>,
  options: InspectionExportOptions = {},
): Promise<InspectionExportFlat> {
  const run = new ExportRun(options);
  const rows: InspectionExportRow[] = [];
  for await (const row of rowsOf(sources, run)) rows.push(row);
  return {
    reportType: "inspection_export_flat",
    generatedAt: options.generatedAt ?? new Date().toISOString(),
    generatedBy: options.generatedBy ?? "onbekend",
    filterSet:
      run.sinceValid && options.sinceTimestamp !== undefined
        ? { sinceTimestamp: options.sinceTimestamp }
        : {},
    sourceWindow: {
      sinceTimestamp: run.sinceValid ? (options.sinceTimestamp ?? null) : null,
      minUpdatedAt: run.min,
      maxUpdatedAt: run.max,
    },
    contractVersion: options.contractVersion ?? "v1.0",
    rowCount: rows.length,
    rows,
    warnings: run.warningList(),
  };
}

/**
 * Streams the export as CSV lines (`,`-separated, RFC 4180 quoting), header first, each ending in CRLF.
 *
 * @example
 * for await (const line of inspectionExportFlatCsv([{ record }])) process.stdout.write(line);
 */
export async function* inspectionExportFlatCsv(
  sources: AsyncIterable<InspectionExportSource> | Iterable<InspectionExportSource>,
  options: InspectionExportOptions = {},
): AsyncGenerator<string> {
  yield `${INSPECTION_EXPORT_FLAT_COLUMNS.join(",")}\r\n`;
  for await (const row of streamInspectionExportFlat(sources, options)) {
    yield `${INSPECTION_EXPORT_FLAT_COLUMNS.map((c) => csvCell(row[c])).join(",")}\r\n`;
  }
}

function csvCell(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
