import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  EXPORT_COLUMNS,
  generateCity,
  municipalityBbox,
  PERMIT_REPORT_COLUMNS,
  writeGipodExportXlsx,
  writePermitReportXlsx,
} from "@digitale-nuts/gipod-mock";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NOW } from "./support/helpers.js";

const rowValues = (row: ExcelJS.Row) => (row.values as unknown[]).slice(1);

describe("XLSX writers", () => {
  let dir: string;
  const city = generateCity({ seed: 17, size: 250, now: NOW });
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "gipod-mock-xlsx-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("writes a GIPOD web export with sheet 'resultaten' and the export's columns", async () => {
    const file = join(dir, "Export_20260302090000.xlsx");
    expect(await writeGipodExportXlsx(city, file)).toEqual({ rows: 250 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet("resultaten");
    expect(ws).toBeDefined();
    expect(rowValues(ws?.getRow(1) as ExcelJS.Row)).toEqual([...EXPORT_COLUMNS]);
    expect(ws?.rowCount).toBe(251);
    const [minX, minY, maxX, maxY] = municipalityBbox("11002");
    city.occupancies.forEach((o, i) => {
      const v = rowValues(ws?.getRow(i + 2) as ExcelJS.Row);
      expect(v[0]).toBe(o.gipodId);
      expect(v[1]).toBe(o.reference);
      expect(v[4]).toBe(o.status.prefLabel);
      expect((v[5] as Date).toISOString()).toBe(new Date(o.period[0]?.start ?? "").toISOString());
      expect(["Grondwerk", "Werk", "Evenement"]).toContain(v[7]);
      const m = /^POINT \((\d+\.\d{2}) (\d+\.\d{2})\)$/.exec(String(v[10]));
      expect(m).not.toBeNull();
      expect(Number(m?.[1])).toBeGreaterThan(minX);
      expect(Number(m?.[1])).toBeLessThan(maxX);
      expect(Number(m?.[2])).toBeGreaterThan(minY);
      expect(Number(m?.[2])).toBeLessThan(maxY);
      expect(v[11]).toBe(o.permittedBy.length > 0 ? "Ja" : "Nee");
    });
  });

  it("writes a permit weekly report over several sheets, joinable on 'Gipod ID'", async () => {
    const file = join(dir, "Weekrapport_Nutswerken_DN_DISPATCH.xlsx");
    const result = await writePermitReportXlsx(city, file);
    expect(result.sheets.length).toBeGreaterThan(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(result.sheets);
    const gipodIds = new Set(city.occupancies.map((o) => o.gipodId));
    let rows = 0;
    const sheetsWithRows = new Set<string>();
    for (const ws of wb.worksheets) {
      // The header row is found within the first 30 rows (the first sheet has a title block above it).
      let headerRow = 0;
      for (let r = 1; r <= 30 && !headerRow; r++)
        if (rowValues(ws.getRow(r))[0] === "BONU-Nummer") headerRow = r;
      expect(headerRow, ws.name).toBeGreaterThan(0);
      expect(rowValues(ws.getRow(headerRow))).toEqual([...PERMIT_REPORT_COLUMNS]);
      const gipodCol = PERMIT_REPORT_COLUMNS.indexOf("Gipod ID");
      for (let r = headerRow + 1; r <= ws.rowCount; r++) {
        const v = rowValues(ws.getRow(r));
        expect(gipodIds.has(v[gipodCol] as number)).toBe(true);
        expect(v[PERMIT_REPORT_COLUMNS.indexOf("Datum status")]).toBeInstanceOf(Date);
        rows++;
        sheetsWithRows.add(ws.name);
      }
    }
    expect(rows).toBe(city.permits.length);
    expect(sheetsWithRows.size).toBeGreaterThan(1);
  });
});
