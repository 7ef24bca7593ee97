import { ReportError } from "./errors.js";
import { parseIsoTime } from "./metadata.js";

const SLUG = /^[a-z0-9]+(?:[_-][a-z0-9]+)*$/;
const EXT = /^[a-z0-9]{1,8}$/;

const brusselsParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Brussels",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/**
 * Lower-case slug of a free scope (`Berchem Zuid` → `berchem-zuid`); accents are dropped.
 * @example
 * slugify("Berchem Zuid"); // "berchem-zuid"
 * slugify("Borgerhout (intra muros)"); // "borgerhout-intra-muros"
 */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * The report file name `dn_<type>_<scope>_<yyyymmdd>_<hhmm>.<ext>` (dn-dispatch §2.5), with the
 * date and time in Europe/Brussels. The scope is slugified; type and extension must already be clean.
 * @example
 * reportFileName("district_weekly_summary", "Berchem", "2026-03-10T16:30:00Z", "csv");
 * // "dn_district_weekly_summary_berchem_20260310_1730.csv"
 */
export function reportFileName(type: string, scope: string, date: string | Date, ext: string): string {
  if (!SLUG.test(type)) {
    throw new ReportError(
      "REPORT_FILENAME_INVALID",
      `report type ${JSON.stringify(type)} must be lower-case letters, digits, _ and -.`,
    );
  }
  const cleanScope = slugify(scope);
  if (!cleanScope) {
    throw new ReportError(
      "REPORT_FILENAME_INVALID",
      `scope ${JSON.stringify(scope)} has no letters or digits; use e.g. "stad" or a district.`,
    );
  }
  const cleanExt = ext.replace(/^\./, "");
  if (!EXT.test(cleanExt)) {
    throw new ReportError(
      "REPORT_FILENAME_INVALID",
      `extension ${JSON.stringify(ext)} must be 1–8 lower-case letters or digits (csv, json, pdf …).`,
    );
  }
  const ms = date instanceof Date ? date.getTime() : parseIsoTime(date);
  if (ms === null || Number.isNaN(ms)) {
    throw new ReportError(
      "REPORT_FILENAME_INVALID",
      `date ${JSON.stringify(String(date))} is not an ISO date-time with offset.`,
    );
  }
  const p = Object.fromEntries(brusselsParts.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  return `dn_${type}_${cleanScope}_${p.year}${p.month}${p.day}_${p.hour}${p.minute}.${cleanExt}`;
}
