import type { ReportColumn, ReportMetadata, ReportRow } from "../metadata.js";

/**
 * A dataset delivered row by row. `metadata()` is known once every row is read (row count, window);
 * writers put it after the rows.
 */
export interface DatasetStream<Row extends ReportRow = ReportRow> {
  readonly columns: readonly ReportColumn[];
  readonly rows: AsyncIterable<Row>;
  metadata(): ReportMetadata;
}
