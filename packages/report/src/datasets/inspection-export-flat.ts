import {
  buildInspectionExportFlat,
  INSPECTION_EXPORT_FLAT_COLUMNS,
  type InspectionExportRow,
  type InspectionExportSource,
  streamInspectionExportFlat,
} from "@digitale-nuts/findings";
import { ReportError } from "../errors.js";
import {
  type DatasetOptions,
  REPORT_SPEC_VERSION,
  type ReportColumn,
  type ReportDataset,
  type ReportMetadata,
  type ReportRow,
  type ResolvedDatasetOptions,
  resolveDatasetOptions,
  UpdatedAtWindow,
} from "../metadata.js";
import { assertPseudonymous, columnsFor } from "../privacy.js";
import type { DatasetStream } from "./dataset-stream.js";

const NUMERIC = new Set(["nokCount", "checklistScore", "photoEvidenceCount"]);
const KINDS: Record<string, ReportColumn["kind"]> = {
  statusCanonical: "code",
  handoverDecision: "code",
  syncStatus: "code",
  serverOutcome: "code",
  updatedAt: "datetime",
};

/**
 * The columns of `inspection_export_flat`: the v1 contract, then the internal-only note columns.
 * @example
 * INSPECTION_EXPORT_COLUMNS.filter((c) => c.freeText).map((c) => c.key); // ["opmerking", "overdrachtsnotitie", "maatregel"]
 */
export const INSPECTION_EXPORT_COLUMNS: readonly ReportColumn[] = [
  ...INSPECTION_EXPORT_FLAT_COLUMNS.map(
    (key): ReportColumn => ({ key, kind: NUMERIC.has(key) ? "number" : (KINDS[key] ?? "id") }),
  ),
  { key: "opmerking", kind: "text", freeText: true },
  { key: "overdrachtsnotitie", kind: "text", freeText: true },
  { key: "maatregel", kind: "text", freeText: true },
];

/**
 * One row of `inspection_export_flat`; the note columns only for the internal audience.
 * @example
 * const ds = await buildInspectionExportDataset(records.map((record) => ({ record })));
 * const nok = ds.rows.filter((row: InspectionExportDatasetRow) => row.nokCount > 0).map((row) => row.gipodId);
 */
export type InspectionExportDatasetRow = InspectionExportRow &
  ReportRow & {
    readonly opmerking?: string | null;
    readonly overdrachtsnotitie?: string | null;
    readonly maatregel?: string | null;
  };

/**
 * Options of the `inspection_export_flat` builders.
 * @example
 * const options: InspectionExportDatasetOptions = {
 *   generatedAt: "2026-03-10T17:30:00Z", generatedBy: "dn-export", audience: "internal",
 *   pseudonymise: (inspectorId) => pseudonyms.get(inspectorId) ?? "insp-00",
 * };
 */
export interface InspectionExportDatasetOptions extends DatasetOptions {
  /** Maps an inspector id to the pseudonym the dataset shows (default: the id, already a pseudonym). */
  readonly pseudonymise?: (inspectorId: string) => string;
}

type Sources = AsyncIterable<InspectionExportSource> | Iterable<InspectionExportSource>;
type Notes = { opmerking: string | null; overdrachtsnotitie: string | null; maatregel: string | null };

/** Remembers each source's notes while findings' exporter reads the sources (internal audience only). */
async function* withNotes(
  sources: Sources,
  notes: Map<string, Notes>,
): AsyncGenerator<InspectionExportSource> {
  for await (const source of sources) {
    const v = source.record.vaststelling;
    notes.set(v.vaststellingId, {
      opmerking: v.opmerking ?? null,
      overdrachtsnotitie: v.overdrachtsnotitie ?? null,
      maatregel: v.maatregel ?? null,
    });
    yield source;
  }
}

function finishRow(
  row: InspectionExportRow,
  resolved: ResolvedDatasetOptions,
  notes: Map<string, Notes>,
): InspectionExportDatasetRow {
  assertPseudonymous(row.inspectorId, `inspection_export_flat row ${row.recordId}, inspectorId`);
  if (resolved.audience === "partner") return row as InspectionExportDatasetRow;
  const n = notes.get(row.recordId);
  notes.delete(row.recordId);
  return {
    ...row,
    opmerking: n?.opmerking ?? null,
    overdrachtsnotitie: n?.overdrachtsnotitie ?? null,
    maatregel: n?.maatregel ?? null,
  };
}

function findingsOptions(resolved: ResolvedDatasetOptions, options: InspectionExportDatasetOptions) {
  return {
    generatedAt: resolved.generatedAt,
    generatedBy: resolved.generatedBy,
    contractVersion: resolved.contractVersion,
    ...(resolved.since ? { sinceTimestamp: resolved.since.text } : {}),
    ...(options.pseudonymise ? { pseudonymise: options.pseudonymise } : {}),
  };
}

/**
 * Builds `inspection_export_flat` (dn-dispatch §4.13) with findings' exporter and adds the report
 * envelope: spec version, audience, column descriptions. Partner datasets keep exactly the v1
 * columns; internal ones add the note columns. Every inspector id must be pseudonymous.
 * @example
 * const ds = await buildInspectionExportDataset(records.map((record) => ({ record })), {
 *   generatedAt: "2026-03-10T17:30:00Z", sinceTimestamp: "2026-03-09T00:00:00Z",
 * });
 * toCsv(ds, { separator: ";" });
 */
export async function buildInspectionExportDataset(
  sources: Sources,
  options: InspectionExportDatasetOptions = {},
): Promise<ReportDataset<InspectionExportDatasetRow>> {
  const resolved = resolveDatasetOptions(options);
  const notes = new Map<string, Notes>();
  const flat = await buildInspectionExportFlat(
    resolved.audience === "internal" ? withNotes(sources, notes) : sources,
    findingsOptions(resolved, options),
  );
  const rows = flat.rows.map((row) => finishRow(row, resolved, notes));
  return {
    reportType: "inspection_export_flat",
    reportSpecVersion: REPORT_SPEC_VERSION,
    generatedAt: flat.generatedAt,
    generatedBy: flat.generatedBy,
    audience: resolved.audience,
    filterSet: flat.filterSet.sinceTimestamp ? { sinceTimestamp: flat.filterSet.sinceTimestamp } : {},
    sourceWindow: flat.sourceWindow,
    contractVersion: flat.contractVersion,
    rowCount: rows.length,
    columns: columnsFor(INSPECTION_EXPORT_COLUMNS, resolved.audience),
    rows,
    warnings: flat.warnings,
  };
}

/**
 * Streams `inspection_export_flat` for sets too large to hold: rows one by one, the metadata once
 * they are all read. The streamed form carries no data-quality warnings (they need every row first).
 * @example
 * const stream = streamInspectionExportDataset(sourcesFromDb());
 * for await (const chunk of streamCsv(stream)) out.write(chunk);
 */
export function streamInspectionExportDataset(
  sources: Sources,
  options: InspectionExportDatasetOptions = {},
): DatasetStream<InspectionExportDatasetRow> {
  const resolved = resolveDatasetOptions(options);
  const notes = new Map<string, Notes>();
  const window = new UpdatedAtWindow();
  let count = 0;
  let done = false;
  async function* rows(): AsyncGenerator<InspectionExportDatasetRow> {
    const input = resolved.audience === "internal" ? withNotes(sources, notes) : sources;
    for await (const row of streamInspectionExportFlat(input, findingsOptions(resolved, options))) {
      window.add(row.updatedAt);
      count++;
      yield finishRow(row, resolved, notes);
    }
    done = true;
  }
  return {
    columns: columnsFor(INSPECTION_EXPORT_COLUMNS, resolved.audience),
    rows: rows(),
    metadata(): ReportMetadata {
      if (!done)
        throw new ReportError(
          "REPORT_INPUT_INVALID",
          "streamInspectionExportDataset: read every row before asking for the metadata.",
        );
      return {
        reportType: "inspection_export_flat",
        reportSpecVersion: REPORT_SPEC_VERSION,
        generatedAt: resolved.generatedAt,
        generatedBy: resolved.generatedBy,
        audience: resolved.audience,
        filterSet: resolved.since ? { sinceTimestamp: resolved.since.text } : {},
        sourceWindow: {
          sinceTimestamp: resolved.since?.text ?? null,
          minUpdatedAt: window.min,
          maxUpdatedAt: window.max,
        },
        contractVersion: resolved.contractVersion,
        rowCount: count,
      };
    },
  };
}
