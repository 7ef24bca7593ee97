import {
  GipodResponseError,
  importGipodExport,
  importPermitReport,
  joinPermits,
  permitStatusCode,
} from "@digitale-nuts/gipod";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const HEADERS = [
  "Id",
  "Referentie",
  "Beschrijving",
  "Beheerder",
  "Status",
  "Start",
  "Einde",
  "Soort",
  "Type",
  "Categorie",
  "Locatie",
  "VGW uitgestuurd",
];

async function exportBook(rows: unknown[][], sheetName = "resultaten"): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  ws.addRow(HEADERS);
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("importGipodExport", () => {
  it("maps rows with Excel serials, dd/mm/yyyy and ISO dates; rejects bad rows with row number and reason", async () => {
    const bytes = await exportBook([
      [
        10045378,
        "BONU1",
        "2000 Antwerpen, Voorbeeldstraat 12 – gas",
        "Fluvius",
        "In uitvoering",
        45726,
        45730,
        "Grondwerk",
        "Nutswerken",
        "Categorie 3",
        "POINT (152000 212000)",
        "ja",
      ],
      [
        "GIPOD-10045381",
        "BONU2",
        "Kabel",
        "Proximus",
        "Concreet gepland",
        "10/03/2025",
        "14/03/2025",
        "Grondwerk",
        "",
        "Dringend",
        "",
        "nee",
      ],
      [
        10045384,
        "",
        "",
        "Telenet",
        "Uitgevoerd",
        "2025-03-10",
        "2025-03-09",
        "Grondwerk",
        "",
        "Categorie 1",
        "",
        "",
      ],
      ["", "no id", "", "", "Uitgevoerd", "2025-03-10", "2025-03-11", "", "", "", "", ""],
      [10045387, "", "", "Wyre", "Concreet gepland", "31/02/2025", "", "", "", "Categorie 2", "", ""],
      [
        10045390,
        "",
        "",
        "Wyre",
        "Iets nieuws",
        "2025-03-10",
        "",
        "Grondwerk",
        "",
        "Categorie 2",
        "POINT (oops)",
        "",
      ],
      [],
      [
        10045393,
        "",
        "",
        "Wyre",
        "Iets nieuws",
        new Date("2025-03-10T00:00:00Z"),
        "",
        "Evenement",
        "",
        "",
        "",
        "",
      ],
    ]);
    const { records, rejects, vgwUitgestuurd } = await importGipodExport(bytes);
    expect(records.map((r) => r.gipodId)).toEqual([10045378, 10045381, 10045393]);
    const first = records[0];
    expect(first).toMatchObject({
      type: "Grondwerk",
      status: "in_uitvoering",
      categorie: "categorie_3",
      referentie: "BONU1",
    });
    expect(first?.periode).toEqual({
      begin: "2025-03-10T00:00:00+01:00",
      einde: "2025-03-14T23:59:59+01:00",
    });
    expect(first?.adresvoorstelling).toMatchObject({
      postcode: "2000",
      straatnaam: "Voorbeeldstraat",
      huisnummer: "12",
    });
    const point = first?.geometrie?.geojson;
    if (point?.type !== "Point") throw new Error("expected a point");
    const [lon, lat] = point.coordinates;
    expect(lon).toBeCloseTo(4.4, 0);
    expect(lat).toBeCloseTo(51.2, 0);
    expect(records[1]).toMatchObject({
      categorie: "dringend",
      periode: { begin: "2025-03-10T00:00:00+01:00" },
    });
    expect(records[2]).toMatchObject({ type: "Evenement", status: "onbekend:Iets%20nieuws" });
    expect(rejects.map((r) => [r.row, r.gipodId])).toEqual([
      [4, 10045384],
      [5, undefined],
      [6, 10045387],
      [7, 10045390],
    ]);
    expect(rejects[0]?.reason).toMatch(/before Start/);
    expect(rejects[2]?.reason).toMatch(/Start "31\/02\/2025" is not a date/);
    expect(vgwUitgestuurd).toEqual({ 10045378: "ja", 10045381: "nee", 10045393: "onbekend" });
  });

  it("every non-empty row is a record or a reject, never dropped (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.array(
            fc.oneof(fc.string({ maxLength: 12 }), fc.integer({ min: -5, max: 60000 }), fc.constant("")),
            { minLength: 12, maxLength: 12 },
          ),
          {
            minLength: 1,
            maxLength: 8,
          },
        ),
        async (rows) => {
          const { records, rejects } = await importGipodExport(await exportBook(rows));
          const nonEmpty = rows.filter((r) => r.some((c) => String(c).trim() !== "")).length;
          expect(records.length + rejects.length).toBe(nonEmpty);
        },
      ),
      { numRuns: 25 },
    );
  });

  it("a workbook without sheet resultaten, or not a workbook, is a typed error", async () => {
    await expect(importGipodExport(await exportBook([], "Blad1"))).rejects.toThrow(GipodResponseError);
    await expect(importGipodExport(new Uint8Array([1, 2, 3]))).rejects.toThrow(GipodResponseError);
  });
});

describe("importPermitReport", () => {
  it("reads every sheet, finds headers below a title block, latest Datum status wins", async () => {
    const wb = new ExcelJS.Workbook();
    const cover = wb.addWorksheet("Info");
    cover.addRow(["Weekrapport Nutswerken"]);
    const a = wb.addWorksheet("Week 10");
    a.addRow(["Weekrapport"]);
    a.addRow([]);
    a.addRow([
      "BONU nummer",
      "Gipod ID",
      "Ref-key",
      "Dossierstatus (actueel)",
      "Datum status",
      "Startdatum werken",
      "Einddatum werken",
    ]);
    a.addRow(["BONU1", 10045378, "RK-1", "Ingediend", "03/03/2025", "10/03/2025", "14/03/2025"]);
    a.addRow(["BONU2", "abc", "RK-2", "Vergund", "03/03/2025", "", ""]);
    const b = wb.addWorksheet("Week 11");
    b.addRow(["Gipod ID", "Dossierstatus (actueel)", "Datum status"]);
    b.addRow([10045378, "Vergund", "07/03/2025"]);
    b.addRow([10045381, "Vergunning afgelopen", "2025-03-08"]);
    b.addRow([10045378, "Geannuleerd", "01/03/2025"]);
    const { permits, rejects, superseded, skippedSheets } = await importPermitReport(
      new Uint8Array(await wb.xlsx.writeBuffer()),
    );
    expect(skippedSheets).toEqual(["Info"]);
    expect(permits.map((p) => [p.innameGipodId[0], p.status])).toEqual([
      [10045378, "afgeleverd"],
      [10045381, "verlopen"],
    ]);
    expect(superseded).toEqual([
      { sheet: "Week 10", row: 4, gipodId: 10045378 },
      { sheet: "Week 11", row: 4, gipodId: 10045378 },
    ]);
    expect(rejects).toEqual([{ sheet: "Week 10", row: 5, reason: 'Gipod ID "abc" is not a GIPOD id' }]);
    const { byGipodId, unmatched } = joinPermits([{ gipodId: 10045378 }], permits);
    expect(byGipodId.get(10045378)?.status).toBe("afgeleverd");
    expect(unmatched.map((p) => p.innameGipodId[0])).toEqual([10045381]);
  });

  it("maps DN's permit statuses", () => {
    expect(permitStatusCode("In behandeling")).toBe("in_voorbereiding");
    expect(permitStatusCode("Vergund")).toBe("afgeleverd");
    expect(permitStatusCode("Afgekeurd")).toBe("geweigerd_of_stopgezet");
    expect(permitStatusCode("Iets")).toBe("onbekend:Iets");
  });
});

describe("files written by the mock", () => {
  it("imports the mock's GIPOD export and permit report (all sheets), joined on GIPOD id", async () => {
    const { generateCity, writeGipodExportXlsx, writePermitReportXlsx } = await import(
      "@digitale-nuts/gipod-mock"
    );
    const { mkdtemp, rm } = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const dir = await mkdtemp(join(tmpdir(), "gipod-xlsx-"));
    try {
      const city = generateCity({ seed: 9, size: 150, niscodes: ["11002"], now: "2026-03-01T09:00:00Z" });
      await writeGipodExportXlsx(city, join(dir, "Export_20260301.xlsx"));
      await writePermitReportXlsx(city, join(dir, "Weekrapport.xlsx"));
      const exported = await importGipodExport(join(dir, "Export_20260301.xlsx"));
      expect(exported.records.length + exported.rejects.length).toBe(city.occupancies.length);
      expect(exported.rejects).toEqual([]);
      for (const record of exported.records) {
        const source = city.occupancies.find((o) => o.gipodId === record.gipodId);
        expect(record.type).toBe(
          { Groundwork: "Grondwerk", Work: "Werk", Event: "Evenement" }[source?.["@type"] as string],
        );
        expect(record.referentie).toBe(source?.reference);
        expect(record.periode.begin.slice(0, 10)).toBe(source?.period[0]?.start.slice(0, 10));
        expect(record.status.startsWith("onbekend:")).toBe(false);
      }
      expect(exported.records.filter((r) => r.geometrie).length).toBe(
        city.occupancies.filter((o) => o.zone.length > 0).length,
      );

      const report = await importPermitReport(join(dir, "Weekrapport.xlsx"));
      expect(report.rejects).toEqual([]);
      const latest = new Map<number, (typeof city.permits)[number]>();
      for (const p of city.permits) {
        const prior = latest.get(p.gipodId);
        if (!prior || p.datumStatus >= prior.datumStatus) latest.set(p.gipodId, p);
      }
      expect(report.permits.map((p) => p.innameGipodId[0])).toEqual([...latest.keys()].sort((a, b) => a - b));
      for (const permit of report.permits) {
        expect(permit.status).toBe(
          permitStatusCode(latest.get(permit.innameGipodId[0] as number)?.dossierstatus as string),
        );
      }
      expect(report.superseded.length).toBe(city.permits.length - latest.size);
      const { unmatched } = joinPermits(exported.records, report.permits);
      expect(unmatched.length).toBe(
        report.permits.filter((p) => !exported.records.some((r) => r.gipodId === p.innameGipodId[0])).length,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
