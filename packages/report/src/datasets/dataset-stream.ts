import type { ReportColumn, ReportMetadata, ReportRow } from "../metadata.js";

/**
 * A dataset delivered row by row. `metadata()` is known once every row is read (row count, window);
 * writers put it after the rows.
 * @example
 * const stream: DatasetStream<InspectionExportDatasetRow> = streamInspectionExportDataset(sources);
 * for await (const row of stream.rows) out.write(`${JSON.stringify(row)}\n`);
 * const { rowCount } = stream.metadata(); // only after the last row
 */
export interface DatasetStream<Row extends ReportRow = ReportRow> {
  readonly columns: readonly ReportColumn[];
  readonly rows: AsyncIterable<Row>;
  metadata(): ReportMetadata;
}
