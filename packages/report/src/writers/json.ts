import type { DatasetStream } from "../datasets/dataset-stream.js";
import type { ReportDataset, ReportMetadata, ReportRow } from "../metadata.js";

const METADATA_KEYS = [
  "reportType",
  "reportSpecVersion",
  "generatedAt",
  "generatedBy",
  "audience",
  "filterSet",
  "sourceWindow",
  "contractVersion",
  "rowCount",
] as const satisfies readonly (keyof ReportMetadata)[];

/**
 * The audit metadata of a dataset, in the fixed key order.
 * @example
 * writeFileSync("kpi.meta.json", JSON.stringify(metadataOf(buildKpiSnapshot(kpis)), null, 2));
 */
export function metadataOf(dataset: ReportMetadata): ReportMetadata {
  const out: Record<string, unknown> = {};
  for (const key of METADATA_KEYS) out[key] = dataset[key];
  return out as unknown as ReportMetadata;
}

/**
 * A dataset as JSON: metadata first (fixed key order), then columns, rows and warnings. Same
 * dataset, same bytes.
 * @example
 * writeFileSync(reportFileName(ds.reportType, "stad", ds.generatedAt, "json"), toJson(ds));
 */
export function toJson(dataset: ReportDataset, options: { readonly pretty?: boolean } = {}): string {
  const doc = {
    ...metadataOf(dataset),
    columns: dataset.columns,
    rows: dataset.rows,
    warnings: dataset.warnings,
  };
  return `${JSON.stringify(doc, null, options.pretty ? 2 : undefined)}\n`;
}

/**
 * Streams a dataset as one JSON document: columns, then the rows one by one, then the metadata
 * (known only after the last row). Parses to the same object shape as {@link toJson}.
 * @example
 * for await (const chunk of streamJson(streamInspectionExportDataset(sources))) out.write(chunk);
 */
export async function* streamJson<Row extends ReportRow>(stream: DatasetStream<Row>): AsyncGenerator<string> {
  yield `{"columns":${JSON.stringify(stream.columns)},"rows":[`;
  let first = true;
  for await (const row of stream.rows) {
    yield `${first ? "" : ","}\n${JSON.stringify(row)}`;
    first = false;
  }
  const meta = JSON.stringify(metadataOf(stream.metadata()));
  yield `\n],"warnings":[],${meta.slice(1)}\n`;
}
