import type { CellValue, Worksheet } from "exceljs";

/** A cell's value as plain text (rich text, formulas, hyperlinks and dates flattened); "" when empty. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") {
    const v = value as unknown as Record<string, unknown>;
    if (Array.isArray(v.richText))
      return (v.richText as { text?: string }[])
        .map((t) => t.text ?? "")
        .join("")
        .trim();
    if ("result" in v) return cellText(v.result as CellValue);
    if (typeof v.text === "string") return v.text.trim();
    if ("error" in v) return "";
    return "";
  }
  return String(value).trim();
}

/** Header names normalised for matching: lower case, accents and punctuation dropped, spaces collapsed. */
export function normaliseHeader(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * Finds the header row within the first `maxRows` rows: the first row holding every `required` header.
 * Returns the row number and a map normalised header → column number.
 */
export function findHeader(
  sheet: Worksheet,
  required: readonly string[],
  maxRows = 30,
): { row: number; columns: Map<string, number> } | undefined {
  const wanted = required.map(normaliseHeader);
  const last = Math.min(maxRows, sheet.rowCount);
  for (let r = 1; r <= last; r++) {
    const columns = new Map<string, number>();
    sheet.getRow(r).eachCell({ includeEmpty: false }, (cell, col) => {
      const name = normaliseHeader(cellText(cell.value));
      if (name && !columns.has(name)) columns.set(name, col);
    });
    if (wanted.every((w) => columns.has(w))) return { row: r, columns };
  }
  return undefined;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** A calendar date `YYYY-MM-DD` from a Date, an Excel serial, `dd/mm/yyyy` (or `dd-mm-yyyy`) or ISO text. */
export function readDate(value: CellValue | undefined): string | undefined {
  if (value === null || value === undefined || value === "") return undefined;
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 1 || value > 2_958_465) return undefined;
    return new Date(EXCEL_EPOCH_MS + Math.round(value * 86_400_000)).toISOString().slice(0, 10);
  }
  const text = cellText(value);
  if (/^\d+(\.\d+)?$/.test(text)) return readDate(Number(text));
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s.*)?$/.exec(text);
  if (dmy) return validDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return undefined;
}

function validDate(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return undefined;
  return date.toISOString().slice(0, 10);
}

/** Midnight of a calendar date in Europe/Brussels, as an ISO instant with its offset (`…T00:00:00+02:00`). */
export function brusselsMidnight(date: string): string {
  return `${date}T00:00:00${brusselsOffset(date)}`;
}

/** The last second of a calendar date in Europe/Brussels (an inclusive end date). */
export function brusselsEndOfDay(date: string): string {
  return `${date}T23:59:59${brusselsOffset(date)}`;
}

function brusselsOffset(date: string): string {
  const probe = new Date(`${date}T12:00:00Z`);
  const name = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Brussels", timeZoneName: "longOffset" })
    .formatToParts(probe)
    .find((p) => p.type === "timeZoneName")?.value;
  return name?.replace("GMT", "") || "+00:00";
}
