import type { DatasetStream } from "../datasets/dataset-stream.js";
import { ReportError } from "../errors.js";
import type { ReportCell, ReportColumn, ReportRow } from "../metadata.js";

/**
 * Options of the CSV writers.
 * @example
 * const belgianExcel: CsvOptions = { separator: ";", decimalMark: ",", bom: true };
 * writeFileSync("kpi.csv", toCsv(buildKpiSnapshot(kpis), belgianExcel));
 */
export interface CsvOptions {
  /** `,` (RFC 4180, default) or `;` (what Belgian Excel expects). */
  readonly separator?: "," | ";";
  /** Decimal mark of numbers; default `,` with the `;` separator (Belgian Excel), else `.`. */
  readonly decimalMark?: "." | ",";
  /** Start with a UTF-8 byte order mark so Excel reads UTF-8; default true. */
  readonly bom?: boolean;
  /** Write the header line of column keys; default true. */
  readonly header?: boolean;
}

/**
 * Rows with their columns: a dataset, or anything shaped like one.
 * @example
 * const source: CsvSource = { columns: ["district", "findings"], rows: [{ district: "Berchem", findings: 12 }] };
 * toCsv(source, { bom: false }); // "district,findings\r\nBerchem,12\r\n"
 */
export interface CsvSource {
  readonly columns: readonly (ReportColumn | string)[];
  readonly rows: Iterable<ReportRow> | AsyncIterable<ReportRow>;
}

const BOM = "\uFEFF";

function resolve(options: CsvOptions) {
  const separator = options.separator ?? ",";
  if (separator !== "," && separator !== ";") {
    throw new ReportError(
      "REPORT_INPUT_INVALID",
      `CSV separator must be "," or ";", got ${JSON.stringify(separator)}.`,
    );
  }
  const decimalMark = options.decimalMark ?? (separator === ";" ? "," : ".");
  if (decimalMark === separator) {
    throw new ReportError(
      "REPORT_INPUT_INVALID",
      `CSV decimal mark and separator are both "${separator}"; pick another.`,
    );
  }
  return { separator, decimalMark, bom: options.bom ?? true, header: options.header ?? true };
}

/**
 * One CSV field (RFC 4180): quoted when it holds the separator, a quote, CR or LF, quotes doubled.
 * `null` is empty; numbers use the decimal mark; non-finite numbers are empty.
 * @example
 * csvField(12.5, ";", ","); // "12,5"
 * csvField('Lange "Leemstraat", 12'); // "\"Lange \"\"Leemstraat\"\", 12\""
 */
export function csvField(
  value: ReportCell | undefined,
  separator: "," | ";" = ",",
  decimalMark: "." | "," = ".",
): string {
  if (value === null || value === undefined) return "";
  let s: string;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "";
    s = decimalMark === "," ? String(value).replace(".", ",") : String(value);
  } else s = String(value);
  const needsQuotes = s.includes(separator) || s.includes('"') || s.includes("\n") || s.includes("\r");
  return needsQuotes ? `"${s.replace(/"/g, '""')}"` : s;
}

const keyOf = (c: ReportColumn | string) => (typeof c === "string" ? c : c.key);

/**
 * Streams CSV lines (each ending in CRLF), header first and a BOM before it, for sets too large to
 * hold. Takes a dataset, a {@link DatasetStream} or any `{ columns, rows }`.
 * @example
 * for await (const chunk of streamCsv(streamInspectionExportDataset(sources), { separator: ";" })) out.write(chunk);
 */
export async function* streamCsv(
  source: CsvSource | DatasetStream,
  options: CsvOptions = {},
): AsyncGenerator<string> {
  const o = resolve(options);
  const keys = source.columns.map(keyOf);
  if (o.header) yield `${o.bom ? BOM : ""}${keys.map((k) => csvField(k, o.separator)).join(o.separator)}\r\n`;
  else if (o.bom) yield BOM;
  for await (const row of source.rows) {
    yield `${keys.map((k) => csvField(row[k], o.separator, o.decimalMark)).join(o.separator)}\r\n`;
  }
}

/**
 * The whole CSV text: RFC 4180 quoting, CRLF line ends, UTF-8 BOM, `,` or `;` separator.
 * @example
 * const text = toCsv(buildDispatchDailySummary(input), { separator: ";" });
 */
export function toCsv(
  source: { readonly columns: readonly (ReportColumn | string)[]; readonly rows: Iterable<ReportRow> },
  options: CsvOptions = {},
): string {
  const o = resolve(options);
  const keys = source.columns.map(keyOf);
  const lines: string[] = [];
  if (o.header) lines.push(keys.map((k) => csvField(k, o.separator)).join(o.separator));
  for (const row of source.rows)
    lines.push(keys.map((k) => csvField(row[k], o.separator, o.decimalMark)).join(o.separator));
  return `${o.bom ? BOM : ""}${lines.map((l) => `${l}\r\n`).join("")}`;
}
