import { ReportError } from "./errors.js";
import type { ReportAudience, ReportColumn, ReportRow } from "./metadata.js";

/** What a pseudonymous inspector id looks like (oslo's rule): letters, digits, `-`, `_`; no spaces. */
const PSEUDONYM = /^[A-Za-z0-9][A-Za-z0-9_-]{1,63}$/;

/**
 * Throws {@link ReportError} `REPORT_PRIVACY_VIOLATION` unless `id` is a pseudonymous id
 * (e.g. `insp-07`). Names with spaces, e-mail addresses and the like never pass.
 * @example
 * assertPseudonymous("insp-07", "plan 2026-03-10"); // "insp-07"
 * assertPseudonymous("toezichter 7", "plan 2026-03-10"); // throws ReportError "REPORT_PRIVACY_VIOLATION"
 */
export function assertPseudonymous(id: string, where: string): string {
  if (!PSEUDONYM.test(id)) {
    throw new ReportError(
      "REPORT_PRIVACY_VIOLATION",
      `${where}: inspector id ${JSON.stringify(id.slice(0, 3))}… is not a pseudonymous id (letters, digits, - and _ only); map names to ids before reporting.`,
    );
  }
  return id;
}

/** The columns an audience may see: partners get no free-text column. */
export function columnsFor(columns: readonly ReportColumn[], audience: ReportAudience): ReportColumn[] {
  return audience === "partner" ? columns.filter((c) => !c.freeText) : [...columns];
}

/** A row restricted to `columns`, in their order. */
export function pickColumns<Row extends ReportRow>(row: ReportRow, columns: readonly ReportColumn[]): Row {
  const out: Record<string, ReportRow[string]> = {};
  for (const c of columns) out[c.key] = row[c.key] ?? null;
  return out as Row;
}
