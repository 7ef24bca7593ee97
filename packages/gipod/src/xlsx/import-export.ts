import {
  Grondwerkcategorieen,
  type Inname,
  InnameStatussen,
  Innametypes,
  Nutsbedrijven,
  safeParseInname,
} from "@digitale-nuts/oslo";
import { GipodResponseError } from "../errors.js";
import { geometryFromWkt } from "../mapping/geometry.js";
import { compact } from "../mapping/read.js";
import {
  brusselsEndOfDay,
  brusselsMidnight,
  cellText,
  findHeader,
  normaliseHeader,
  readDate,
} from "./cells.js";
import { loadWorkbook } from "./workbook.js";

/**
 * A row that could not be imported, with why. Nothing is dropped silently.
 *
 * @example
 * const reject: ImportReject = { sheet: "resultaten", row: 12, gipodId: 10045378, reason: 'Start "31/02/2026" is not a date' };
 */
export interface ImportReject {
  readonly sheet: string;
  /** 1-based worksheet row number, as Excel shows it. */
  readonly row: number;
  readonly gipodId?: number;
  readonly reason: string;
}

/**
 * Result of {@link importGipodExport}.
 *
 * @example
 * const result: GipodExportImport = await importGipodExport("DATA/Export_20250301.xlsx");
 * for (const r of result.rejects) console.warn(`${r.sheet} row ${r.row}: ${r.reason}`);
 * result.vgwUitgestuurd[10045378]; // "ja", "nee" or "onbekend"
 */
export interface GipodExportImport {
  readonly records: Inname[];
  readonly rejects: ImportReject[];
  /** `VGW uitgestuurd` per gipodId (no OSLO field for it): `ja`, `nee` or `onbekend`. */
  readonly vgwUitgestuurd: Readonly<Record<number, "ja" | "nee" | "onbekend">>;
}

const COLUMNS = [
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
const REQUIRED = ["Id", "Status", "Start", "Einde"] as const;
const KINDS = { grondwerk: "Grondwerk", werk: "Werk", evenement: "Evenement" } as const;

/** "2000 Antwerpen, Voorbeeldstraat 12 – …" → postcode, municipality, street, number (best effort). */
function addressFrom(description: string) {
  const m = /^(\d{4})\s+([^,]+),\s*([^,–-]+?)\s+(\d+[A-Za-z]?)\b/.exec(description.trim());
  if (!m) return undefined;
  return {
    postcode: m[1] as string,
    gemeentenaam: (m[2] as string).trim(),
    straatnaam: (m[3] as string).trim(),
    huisnummer: m[4] as string,
  };
}

/**
 * Imports a GIPOD web-app export (`Export_*.xlsx`, sheet `resultaten`) into oslo {@link Inname}s.
 * Every row becomes a record or a reject with its row number and reason. `Start`/`Einde` are read as calendar
 * dates in Europe/Brussels: the period runs from the start day's midnight to the end day's 23:59:59.
 *
 * @example
 * const { records, rejects } = await importGipodExport("DATA/Export_20250301.xlsx");
 */
export async function importGipodExport(
  input: Uint8Array | ArrayBuffer | string,
): Promise<GipodExportImport> {
  const workbook = await loadWorkbook(input, "GIPOD export");
  const sheet = workbook.worksheets.find((s) => normaliseHeader(s.name) === "resultaten");
  if (!sheet) {
    throw new GipodResponseError(
      "resultaten",
      `no sheet "resultaten" (found: ${workbook.worksheets.map((s) => s.name).join(", ")})`,
      "GIPOD export",
    );
  }
  const header = findHeader(sheet, REQUIRED);
  if (!header)
    throw new GipodResponseError(
      "resultaten",
      `no header row with ${REQUIRED.join(", ")} in the first 30 rows`,
      "GIPOD export",
    );
  const col = (name: (typeof COLUMNS)[number]) => header.columns.get(normaliseHeader(name));

  const records: Inname[] = [];
  const rejects: ImportReject[] = [];
  const vgw: Record<number, "ja" | "nee" | "onbekend"> = {};
  for (let r = header.row + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const value = (name: (typeof COLUMNS)[number]) => {
      const c = col(name);
      return c === undefined ? undefined : row.getCell(c).value;
    };
    const text = (name: (typeof COLUMNS)[number]) => cellText(value(name) ?? null);
    if (COLUMNS.every((name) => text(name) === "")) continue; // an empty row is not data
    const idText = text("Id").replace(/\D/g, "");
    const gipodId = idText === "" ? undefined : Number(idText);
    const reject = (reason: string) => rejects.push(compact({ sheet: sheet.name, row: r, gipodId, reason }));
    if (gipodId === undefined || !Number.isSafeInteger(gipodId) || gipodId <= 0) {
      reject(`Id ${JSON.stringify(text("Id"))} is not a GIPOD id`);
      continue;
    }
    const start = readDate(value("Start") ?? null);
    const end = readDate(value("Einde") ?? null);
    if (!start) {
      reject(`Start ${JSON.stringify(text("Start"))} is not a date`);
      continue;
    }
    if (text("Einde") !== "" && !end) {
      reject(`Einde ${JSON.stringify(text("Einde"))} is not a date`);
      continue;
    }
    if (end && end < start) {
      reject(`Einde ${end} is before Start ${start}`);
      continue;
    }
    const statusText = text("Status");
    if (!statusText) {
      reject("Status is empty");
      continue;
    }
    const kindCode = (Innametypes.find(text("Soort")) ?? Innametypes.find(text("Type")))?.code ?? "grondwerk";
    const type = KINDS[kindCode as keyof typeof KINDS] ?? "Grondwerk";
    let geometrie: ReturnType<typeof geometryFromWkt> | undefined;
    const location = text("Locatie");
    if (location) {
      try {
        geometrie = geometryFromWkt(location, "Locatie", "GIPOD export");
      } catch (error) {
        reject(
          `Locatie ${JSON.stringify(location.slice(0, 60))} is not a readable Lambert 72 point (${(error as Error).message})`,
        );
        continue;
      }
    }
    const owner = text("Beheerder");
    const description = text("Beschrijving");
    const common = compact({
      type,
      gipodId,
      identificator: [
        { identificator: String(gipodId), soort: "gipodId", toegekendDoor: "https://gipod.vlaanderen.be" },
      ],
      referentie: text("Referentie") || undefined,
      beschrijving: description || undefined,
      status: InnameStatussen.lookup(statusText).code,
      periode: compact({ begin: brusselsMidnight(start), einde: end ? brusselsEndOfDay(end) : undefined }),
      beheerder: owner
        ? compact({
            type: "Organisatie" as const,
            voorkeursnaam: owner,
            nutsbedrijf: Nutsbedrijven.find(owner)?.code,
            identificator: [],
          })
        : undefined,
      adresvoorstelling: description ? addressFrom(description) : undefined,
      geometrie,
    });
    let record: unknown = common;
    if (type === "Grondwerk") {
      const category = text("Categorie");
      if (!category) {
        reject("Categorie is empty for a groundwork");
        continue;
      }
      record = compact({
        ...common,
        categorie: Grondwerkcategorieen.lookup(category).code,
        specificatie:
          text("Type") && Innametypes.find(text("Type")) === undefined
            ? text("Type")
                .split(/\s*[,;]\s*/)
                .filter((s) => s !== "")
            : [],
        nutsbedrijf: owner ? Nutsbedrijven.find(owner)?.code : undefined,
      });
    }
    const parsed = safeParseInname(record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      reject(`fails the Inname schema at ${issue?.path}: ${issue?.message}`);
      continue;
    }
    records.push(parsed.data);
    const sent = normaliseHeader(text("VGW uitgestuurd"));
    vgw[gipodId] =
      sent === "ja" || sent === "yes" || sent === "true"
        ? "ja"
        : sent === "nee" || sent === "no" || sent === "false"
          ? "nee"
          : "onbekend";
  }
  return { records, rejects, vgwUitgestuurd: vgw };
}
