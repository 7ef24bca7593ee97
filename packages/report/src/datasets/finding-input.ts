import type { FindingRecord } from "@digitale-nuts/findings";
import type { Vaststelling } from "@digitale-nuts/oslo";

/**
 * A finding as datasets accept it: findings' record, or the bare OSLO `Vaststelling`.
 * @example
 * const findings: FindingLike[] = [...records, parseVaststelling(JSON.parse(body))]; // records or bare Vaststellingen
 * buildDistrictWeeklySummary({ findings, period: { start: "2026-03-09", end: "2026-03-15" } });
 */
export type FindingLike = Pick<FindingRecord, "vaststelling"> | Vaststelling;

/** The OSLO finding inside a {@link FindingLike}. */
export function vaststellingOf(finding: FindingLike): Vaststelling {
  return "vaststelling" in finding ? finding.vaststelling : finding;
}

/** When the finding last changed: `gewijzigdOp`, else `vastgesteldOp` (as findings' export does). */
export function updatedAtOf(v: Vaststelling): string {
  return v.gewijzigdOp ?? v.vastgesteldOp;
}
