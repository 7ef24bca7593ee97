import {
  type Signalisatievergunning,
  safeParseSignalisatievergunning,
  Vergunningsstatussen,
} from "@digitale-nuts/oslo";
import { compact } from "../mapping/read.js";
import { compareInstants } from "../time-key.js";
import {
  brusselsEndOfDay,
  brusselsMidnight,
  cellText,
  findHeader,
  normaliseHeader,
  readDate,
} from "./cells.js";
import type { ImportReject } from "./import-export.js";
import { loadWorkbook } from "./workbook.js";

/**
 * Result of {@link importPermitReport}: one permit per GIPOD id (the latest `Datum status` wins).
 *
 * @example
 * const report: PermitReportImport = await importPermitReport("DATA/Weekrapport_Nutswerken.xlsx");
 * console.log(report.permits.length, report.rejects.length, report.superseded.length, report.skippedSheets);
 */
export interface PermitReportImport {
  readonly permits: Signalisatievergunning[];
  readonly rejects: ImportReject[];
  /** Older rows superseded by a later `Datum status` for the same GIPOD id (kept for audit, not dropped silently). */
  readonly superseded: readonly { readonly sheet: string; readonly row: number; readonly gipodId: number }[];
  /** Sheets without a recognisable header (e.g. a cover sheet). */
  readonly skippedSheets: readonly string[];
}

/**
 * DN's permit status rules (dn-dispatch §1.1), then the code list's own labels and aliases.
 *
 * @example
 * permitStatusCode("In behandeling"); // "in_voorbereiding"
 * permitStatusCode("Vergund"); // "afgeleverd"
 */
export function permitStatusCode(raw: string): Signalisatievergunning["status"] {
  const s = normaliseHeader(raw);
  if (/verlopen|afgelopen/.test(s)) return "verlopen";
  if (/afgekeurd|geannuleerd|stopgezet|geweigerd/.test(s)) return "geweigerd_of_stopgezet";
  if (/ingediend|in behandeling|aangevraagd|in aanvraag/.test(s)) return "in_voorbereiding";
  if (/^vergund/.test(s)) return "afgeleverd";
  return Vergunningsstatussen.lookup(raw).code;
}

/**
 * Imports the signalisation-permit weekly report (e.g. A-SIGN "Weekrapport Nutswerken"): every sheet, headers
 * detected in the first 30 rows, rows joined on `Gipod ID`; per GIPOD id the row with the latest `Datum status` wins.
 *
 * @example
 * const { permits, rejects } = await importPermitReport("DATA/Weekrapport_Nutswerken.xlsx");
 * const innames = await gipod.listOccupancies({ niscodes: ["11002"] }).collect();
 * const { byGipodId, unmatched } = joinPermits(innames, permits);
 */
export async function importPermitReport(
  input: Uint8Array | ArrayBuffer | string,
): Promise<PermitReportImport> {
  const workbook = await loadWorkbook(input, "permit report");
  const best = new Map<number, { permit: Signalisatievergunning; at: string; sheet: string; row: number }>();
  const rejects: ImportReject[] = [];
  const superseded: { sheet: string; row: number; gipodId: number }[] = [];
  const skippedSheets: string[] = [];

  for (const sheet of workbook.worksheets) {
    const header = findHeader(sheet, ["Gipod ID", "Datum status"]);
    if (!header) {
      skippedSheets.push(sheet.name);
      continue;
    }
    const find = (...prefixes: string[]) => {
      for (const p of prefixes)
        for (const [name, col] of header.columns) if (name.startsWith(normaliseHeader(p))) return col;
      return undefined;
    };
    const cols = {
      gipodId: find("Gipod ID"),
      datumStatus: find("Datum status"),
      status: find("Dossierstatus (actueel)", "Dossierstatus", "Status"),
      refKey: find("Ref-key", "Refkey"),
      referentie: find("Referentie ID", "Referentie"),
      bonu: find("BONU nummer", "BONU"),
      start: find("Startdatum werken", "Startdatum"),
      end: find("Einddatum werken", "Einddatum"),
    };
    for (let r = header.row + 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const value = (c: number | undefined) => (c === undefined ? null : row.getCell(c).value);
      const text = (c: number | undefined) => cellText(value(c));
      if (Object.values(cols).every((c) => text(c) === "")) continue;
      const idText = text(cols.gipodId).replace(/\D/g, "");
      const gipodId = idText === "" ? undefined : Number(idText);
      const reject = (reason: string) =>
        rejects.push(compact({ sheet: sheet.name, row: r, gipodId, reason }));
      if (gipodId === undefined || !Number.isSafeInteger(gipodId) || gipodId <= 0) {
        reject(`Gipod ID ${JSON.stringify(text(cols.gipodId))} is not a GIPOD id`);
        continue;
      }
      const statusDate = readDate(value(cols.datumStatus));
      if (!statusDate) {
        reject(`Datum status ${JSON.stringify(text(cols.datumStatus))} is not a date`);
        continue;
      }
      const statusText = text(cols.status);
      if (!statusText) {
        reject("Dossierstatus is empty");
        continue;
      }
      const start = readDate(value(cols.start));
      const end = readDate(value(cols.end));
      const identificator = [
        ...(text(cols.refKey) ? [{ identificator: text(cols.refKey), soort: "refKey" }] : []),
        ...(text(cols.bonu) ? [{ identificator: text(cols.bonu), soort: "bonu" }] : []),
      ];
      const parsed = safeParseSignalisatievergunning(
        compact({
          type: "Signalisatievergunning" as const,
          identificator,
          referentie: text(cols.referentie) || undefined,
          status: permitStatusCode(statusText),
          periode: start
            ? compact({
                begin: brusselsMidnight(start),
                einde: end && end >= start ? brusselsEndOfDay(end) : undefined,
              })
            : undefined,
          innameGipodId: [gipodId],
          laatstGewijzigdOp: brusselsMidnight(statusDate),
        }),
      );
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        reject(`fails the Signalisatievergunning schema at ${issue?.path}: ${issue?.message}`);
        continue;
      }
      const at = brusselsMidnight(statusDate);
      const prior = best.get(gipodId);
      // Latest Datum status wins; on a tie the later row (sheets in order) wins, deterministically.
      if (!prior || compareInstants(at, prior.at) >= 0) {
        if (prior) superseded.push({ sheet: prior.sheet, row: prior.row, gipodId });
        best.set(gipodId, { permit: parsed.data, at, sheet: sheet.name, row: r });
      } else {
        superseded.push({ sheet: sheet.name, row: r, gipodId });
      }
    }
  }
  const permits = [...best.entries()].sort(([a], [b]) => a - b).map(([, v]) => v.permit);
  return { permits, rejects, superseded, skippedSheets };
}

/**
 * Joins permits onto occupancies by GIPOD id: the permit per gipodId, and the permits that match no occupancy.
 *
 * @example
 * const { permits } = await importPermitReport("DATA/Weekrapport_Nutswerken.xlsx");
 * const { byGipodId, unmatched } = joinPermits([{ gipodId: 10045378 }], permits);
 * byGipodId.get(10045378)?.status; // e.g. "afgeleverd"
 */
export function joinPermits<T extends { gipodId: number }>(
  occupancies: readonly T[],
  permits: readonly Signalisatievergunning[],
): { byGipodId: Map<number, Signalisatievergunning>; unmatched: Signalisatievergunning[] } {
  const ids = new Set(occupancies.map((o) => o.gipodId));
  const byGipodId = new Map<number, Signalisatievergunning>();
  const unmatched: Signalisatievergunning[] = [];
  for (const permit of permits) {
    const id = permit.innameGipodId.find((g) => ids.has(g));
    if (id === undefined) unmatched.push(permit);
    else byGipodId.set(id, permit);
  }
  return { byGipodId, unmatched };
}
