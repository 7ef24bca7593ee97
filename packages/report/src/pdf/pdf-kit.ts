import PDFDocument from "pdfkit";
import { ReportError } from "../errors.js";
import { parseIsoTime } from "../metadata.js";

/** An A4 pdfkit document as this package uses it. */
export type Pdf = PDFKit.PDFDocument;

const MARGIN = 48;
const FOOTER_SPACE = 28;

/** Characters the standard PDF fonts (WinAnsi) cannot show become `?`, so no glyph turns into garbage. */
export function pdfText(value: unknown): string {
  return String(value ?? "")
    .replace(/[≥]/g, ">=")
    .replace(/[≤]/g, "<=")
    .replace(/[→]/g, "->")
    .replace(
      /[^\t\n\r\u0020-\u007e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac]/g,
      "?",
    );
}

const brussels = new Intl.DateTimeFormat("nl-BE", {
  timeZone: "Europe/Brussels",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** `10-03-2026 18:30` in Europe/Brussels. */
export function brusselsDateTime(iso: string): string {
  const p = Object.fromEntries(brussels.formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
  return `${p.day}-${p.month}-${p.year} ${p.hour}:${p.minute}`;
}

/** Checks `generatedAt` (it fixes the PDF's dates, so the bytes are reproducible). */
export function checkGeneratedAt(generatedAt: string | undefined): string {
  const value = generatedAt ?? new Date().toISOString();
  if (parseIsoTime(value) === null) {
    throw new ReportError(
      "REPORT_INPUT_INVALID",
      `options.generatedAt must be an ISO date-time with offset, got ${JSON.stringify(value)}.`,
    );
  }
  return value;
}

/** A new A4 document whose metadata dates are `generatedAt`: same input, same bytes. */
export function createPdf(title: string, generatedAt: string): Pdf {
  const date = new Date(generatedAt);
  return new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN + FOOTER_SPACE, left: MARGIN, right: MARGIN },
    bufferPages: true,
    compress: true,
    info: {
      Title: pdfText(title),
      Producer: "@digitale-nuts/report (PDFKit)",
      Creator: "@digitale-nuts/report",
      CreationDate: date,
      ModDate: date,
    },
  });
}

/** Writes the footer on every page (`left` text and `x / y`) and returns the finished bytes. */
export function finishPdf(doc: Pdf, footerLeft: string): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on("data", (c: Uint8Array) => chunks.push(c));
    doc.on("error", (cause: unknown) =>
      reject(new ReportError("REPORT_PDF_FAILED", "PDF generation failed in pdfkit.", { cause })),
    );
    doc.on("end", () => {
      const size = chunks.reduce((s, c) => s + c.length, 0);
      const out = new Uint8Array(size);
      let offset = 0;
      for (const c of chunks) {
        out.set(c, offset);
        offset += c.length;
      }
      resolve(out);
    });
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      const y = doc.page.height - MARGIN - 8;
      const width = doc.page.width - 2 * MARGIN;
      doc
        .moveTo(MARGIN, y - 6)
        .lineTo(MARGIN + width, y - 6)
        .lineWidth(0.5)
        .strokeColor("#888888")
        .stroke();
      doc.font("Helvetica").fontSize(8).fillColor("#333333");
      doc.text(pdfText(footerLeft), MARGIN, y, { width: width - 60, lineBreak: false });
      doc.text(`${i - range.start + 1} / ${range.count}`, MARGIN + width - 60, y, {
        width: 60,
        align: "right",
        lineBreak: false,
      });
      doc.page.margins.bottom = bottom;
    }
    doc.end();
  });
}

/** A table column: header, width in points, and an optional font (e.g. Courier for hashes). */
export interface PdfColumn {
  readonly header: string;
  readonly width: number;
  readonly font?: string;
  readonly fontSize?: number;
}

const PAD = 3;

/**
 * Draws a bordered table from the current position, wrapping cell text, starting a new page (and
 * repeating the header) when a row does not fit. `rowFill` may colour a row (e.g. NOK rows).
 */
export function drawTable(
  doc: Pdf,
  columns: readonly PdfColumn[],
  rows: readonly (readonly string[])[],
  rowFill: (row: readonly string[], index: number) => string | null = () => null,
): void {
  const left = doc.page.margins.left;
  const draw = (cells: readonly string[], header: boolean, fill: string | null) => {
    const fontOf = (i: number) => (header ? "Helvetica-Bold" : (columns[i]?.font ?? "Helvetica"));
    const sizeOf = (i: number) => (header ? 8.5 : (columns[i]?.fontSize ?? 8.5));
    const heights = cells.map((c, i) => {
      doc.font(fontOf(i)).fontSize(sizeOf(i));
      return doc.heightOfString(pdfText(c), { width: (columns[i]?.width ?? 50) - 2 * PAD });
    });
    const h = Math.max(12, ...heights) + 2 * PAD;
    if (doc.y + h > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      if (!header)
        draw(
          columns.map((c) => c.header),
          true,
          "#dfe6ee",
        );
    }
    const y = doc.y;
    let x = left;
    cells.forEach((cell, i) => {
      const w = columns[i]?.width ?? 50;
      if (fill) doc.rect(x, y, w, h).fillColor(fill).fill();
      doc.rect(x, y, w, h).lineWidth(0.5).strokeColor("#8a96a3").stroke();
      doc.font(fontOf(i)).fontSize(sizeOf(i)).fillColor("#111111");
      doc.text(pdfText(cell), x + PAD, y + PAD, { width: w - 2 * PAD });
      x += w;
    });
    doc.x = left;
    doc.y = y + h;
  };
  draw(
    columns.map((c) => c.header),
    true,
    "#dfe6ee",
  );
  for (const [i, row] of rows.entries()) draw(row, false, rowFill(row, i));
  doc.moveDown(0.8);
}

/** A section heading. */
export function heading(doc: Pdf, text: string): void {
  if (doc.y + 60 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  doc.x = doc.page.margins.left;
  doc.font("Helvetica-Bold").fontSize(11.5).fillColor("#12324f").text(pdfText(text));
  doc.moveDown(0.3);
}

/** A paragraph of body text. */
export function paragraph(doc: Pdf, text: string, options: { bold?: boolean; size?: number } = {}): void {
  doc.x = doc.page.margins.left;
  doc
    .font(options.bold ? "Helvetica-Bold" : "Helvetica")
    .fontSize(options.size ?? 9.5)
    .fillColor("#111111")
    .text(pdfText(text), { width: doc.page.width - doc.page.margins.left - doc.page.margins.right });
  doc.moveDown(0.4);
}

/** Width available for content. */
export const contentWidth = (doc: Pdf) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
