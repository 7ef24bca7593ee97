import ExcelJS from "exceljs";
import { centroid, wktCoordinates } from "../data/lambert-shapes.js";
import type { CityDataset, OccupancyItem, PermitRecord } from "../data/wire-types.js";

/**
 * Columns of the GIPOD web-app export (sheet `resultaten`).
 *
 * @example
 * EXPORT_COLUMNS.indexOf("Locatie"); // 10
 */
export const EXPORT_COLUMNS = [
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
] as const;

/**
 * Columns of the signalisation-permit weekly report (A-SIGN "Weekrapport Nutswerken").
 *
 * @example
 * PERMIT_REPORT_COLUMNS.indexOf("Gipod ID"); // 6
 */
export const PERMIT_REPORT_COLUMNS = [
  "BONU-Nummer",
  "Datum aanvraag",
  "Aangevraag door",
  "NUTS-bedrijf",
  "ReferentieID",
  "Ref-key",
  "Gipod ID",
  "Startdatum werken",
  "Einddatum werken",
  "Straat",
  "Huisnr",
  "Postcode",
  "District",
  "Dossierstatus (actueel)",
  "Werftype",
  "Datum status",
] as const;

const SOORT = { Groundwork: "Grondwerk", Work: "Werk", Event: "Evenement" } as const;
/** Exports spell some utilities in capitals (DN's alias map normalises WYRE and PIDPA). */
const EXPORT_SPELLING: Readonly<Record<string, string>> = { Wyre: "WYRE", Pidpa: "PIDPA" };

/**
 * Writes a GIPOD web-app export (`Export_*.xlsx`): sheet `resultaten`, one row per occupancy, dates as Excel dates,
 * `Locatie` as `POINT (x y)` in Lambert 72 (the centre of the first zone).
 *
 * @example
 * await writeGipodExportXlsx(generateCity({ seed: 7, size: 300 }), "/tmp/Export_20260301.xlsx");
 */
export async function writeGipodExportXlsx(
  dataset: Pick<CityDataset, "occupancies">,
  filePath: string,
): Promise<{ rows: number }> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "gipod-mock";
  const ws = wb.addWorksheet("resultaten");
  ws.addRow([...EXPORT_COLUMNS]);
  for (const o of dataset.occupancies) ws.addRow(exportRow(o));
  ws.getColumn(6).numFmt = "dd/mm/yyyy hh:mm";
  ws.getColumn(7).numFmt = "dd/mm/yyyy hh:mm";
  await wb.xlsx.writeFile(filePath);
  return { rows: dataset.occupancies.length };
}

function exportRow(o: OccupancyItem): unknown[] {
  const first = o.period[0];
  const last = o.period[o.period.length - 1];
  const zone = o.zone[0];
  const [x, y] = zone ? centroid(wktCoordinates(zone.geometry.wkt)) : [Number.NaN, Number.NaN];
  return [
    o.gipodId,
    o.reference,
    o.description,
    EXPORT_SPELLING[o.owner.preferredName] ?? o.owner.preferredName,
    o.status.prefLabel,
    first ? new Date(first.start) : null,
    last ? new Date(last.end) : null,
    SOORT[o["@type"]],
    o.specification.map((s) => s.prefLabel).join(", ") || null,
    o.category?.prefLabel ?? null,
    Number.isFinite(x) ? `POINT (${x.toFixed(2)} ${y.toFixed(2)})` : null,
    o.permittedBy.length > 0 ? "Ja" : "Nee",
  ];
}

/**
 * Writes a signalisation-permit weekly report with three sheets (`Nieuwe aanvragen` with a title block above its
 * header row, `In behandeling`, `Afgehandeld`); each row sits on exactly one sheet, so importers must read all
 * sheets. A permit may appear twice (an older status row); the latest `Datum status` is current.
 *
 * @example
 * const { rows, sheets } = await writePermitReportXlsx(generateCity({ seed: 7, size: 300 }), "/tmp/Weekrapport_Nutswerken.xlsx");
 * sheets; // ["Nieuwe aanvragen", "In behandeling", "Afgehandeld"]
 */
export async function writePermitReportXlsx(
  dataset: Pick<CityDataset, "permits">,
  filePath: string,
): Promise<{ rows: number; sheets: string[] }> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "gipod-mock";
  const groups: [string, (p: PermitRecord) => boolean][] = [
    ["Nieuwe aanvragen", (p) => p.dossierstatus === "Ingediend"],
    ["In behandeling", (p) => p.dossierstatus === "In behandeling"],
    ["Afgehandeld", (p) => p.dossierstatus !== "Ingediend" && p.dossierstatus !== "In behandeling"],
  ];
  for (const [name, keep] of groups) {
    const ws = wb.addWorksheet(name);
    if (name === "Nieuwe aanvragen") {
      ws.addRow(["Nieuwe aanvragen voor signalisatievergunningen grote werven"]);
      ws.addRow(["Weekrapport Nutswerken (gipod-mock)"]);
      ws.addRow([]);
    }
    ws.addRow([...PERMIT_REPORT_COLUMNS]);
    for (const p of dataset.permits.filter(keep)) ws.addRow(permitRow(p));
  }
  await wb.xlsx.writeFile(filePath);
  return { rows: dataset.permits.length, sheets: groups.map(([n]) => n) };
}

function permitRow(p: PermitRecord): unknown[] {
  const date = (s: string) => (s ? new Date(`${s}T00:00:00Z`) : null);
  return [
    p.bonuNummer,
    date(p.datumAanvraag),
    p.aangevraagdDoor,
    p.nutsBedrijf,
    p.referentieId,
    p.refKey,
    p.gipodId,
    date(p.startdatumWerken),
    date(p.einddatumWerken),
    p.straat,
    p.huisnr,
    p.postcode,
    p.district,
    p.dossierstatus,
    p.werftype,
    date(p.datumStatus),
  ];
}
